// The exports of the charts that carry official NACC figures: the same marks as the page, and a source line of their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openFixtureDatabase } from '../db/fixture-db';
import { queryRunner, type QueryRunner } from '../queries/query-runner';
import { chartSvg, prepareChart } from './chart-export';
import { chartExportResponse } from './export-http';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  runner = queryRunner(db);
});
afterAll(() => db.close());

const NOW = new Date('2026-11-22T03:00:00Z');
const prepare = (id: string, search: string, lang: 'th' | 'en' = 'th') =>
  prepareChart(runner, id, new URLSearchParams(search), { lang, now: NOW });

/** The hover texts of the official diamonds or rule, in drawing order. */
const officialTitles = (svg: string) =>
  [
    ...(svg.match(/<g[^>]* class="official"[^>]*>([\s\S]*?)<\/g>/)?.[1] ?? '').matchAll(
      /<title>([\s\S]*?)<\/title>/g,
    ),
  ].map((m) => m[1]!);
/** The words of one furniture block (its lines are separate tspans). */
const block = (svg: string, role: string) =>
  (svg.match(new RegExp(`<text data-role="${role}"[^>]*>([\\s\\S]*?)</text>`))?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('pass-share-trend export (scores.csv, province 94: FY 2565-2567)', () => {
  it('draws the official national share of each year and names its source under the data source', async () => {
    const chart = await prepare('pass-share-trend', 'province=94');
    const { svg } = chartSvg(chart, { embedFont: false });
    // national_by_year.csv: 70.52 % (2565), 80.94 % (2566), 92.44 % (2567).
    expect(officialTitles(svg).map((s) => s.split('\n')[0])).toEqual([
      'ตัวเลขทางการ ป.ป.ช. ปีงบประมาณ 2565: 70.5%',
      'ตัวเลขทางการ ป.ป.ช. ปีงบประมาณ 2566: 80.9%',
      'ตัวเลขทางการ ป.ป.ช. ปีงบประมาณ 2567: 92.4%',
    ]);
    expect(block(svg, 'official-source')).toContain(
      'ตัวเลขทางการ ป.ป.ช. (ตัวเลขจริงที่เผยแพร่): สำนักงาน ป.ป.ช. (รายงานต่อคณะรัฐมนตรี) ปีงบประมาณ 2565, 2566, 2567',
    );
    // The data's own source line still says the scores are synthetic; the official line is never marked so.
    expect(chart.furniture.synthetic).toBe(true);
    expect(block(svg, 'source')).not.toContain('ป.ป.ช.');
  });

  it('carries the official share in the CSV beside the loaded share', async () => {
    const res = await chartExportResponse(
      runner,
      'pass-share-trend.csv',
      new URLSearchParams('province=94'),
      {
        lang: 'en',
        now: NOW,
      },
    );
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/,Share passing \(official NACC figure\)$/);
    expect(lines.slice(1).map((l) => l.split(',').at(-1))).toEqual(['0.7052', '0.8094', '0.9244']);
  });
});

describe('org-total-trend export (6940907: FY 2565-2567)', () => {
  it('marks the official อบต. means of 2565 and 2566, the years published', async () => {
    const chart = await prepare('org-total-trend', 'org=6940907', 'en');
    const { svg } = chartSvg(chart, { embedFont: false });
    expect(officialTitles(svg).map((s) => s.split('\n')[0])).toEqual([
      'Official อบต. mean (NACC), fiscal year 2565: 87.04',
      'Official องค์การบริหารส่วนตำบล mean (NACC), fiscal year 2566: 90.11',
    ]);
    expect(chart.furniture.reference).toBe(
      'Official NACC figures (real, as published): NACC (report to the Cabinet), fiscal year 2565, 2566',
    );
  });
});

describe('province-org-totals export', () => {
  it('draws the official อบต. mean of 2566 as a rule, and nothing in 2567 (not published per type)', async () => {
    const y2566 = chartSvg(await prepare('province-org-totals', 'province=94&year=2566'), {
      embedFont: false,
    }).svg;
    expect(officialTitles(y2566)).toHaveLength(1);
    expect(officialTitles(y2566)[0]).toMatch(
      /^ค่าเฉลี่ยทางการ อบต\. \(ป\.ป\.ช\.\): 90\.11\nที่มา: .*2566$/,
    );
    const y2567 = await prepare('province-org-totals', 'province=94&year=2567');
    expect(officialTitles(chartSvg(y2567, { embedFont: false }).svg)).toEqual([]);
    expect(y2567.furniture.reference).toBeUndefined();
  });
});
