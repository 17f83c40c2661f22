// The measures page's ChartDefs on the fixture database (scores.csv + measures-completion.csv, data/fixtures/README.md)
// over views other than the default: a year, a province, a district, every type, and a report that states no round.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import { FIXTURE_DIR, loadFixtureMeasures, openFixtureDatabase } from '../../server/db/fixture-db';
import { chartContext, resolveScope } from '../../server/export/chart-context';
import { chartExportResponse } from '../../server/export/export-http';
import { queryRunner, type QueryRunner } from '../../server/queries/query-runner';
import type { AnyChartDef, ChartView } from '../chart-view';
import {
  completionByCategory,
  completionByIndicator,
  MEASURES_CHARTS,
  measureCompletionTrend,
  measureStatusBreakdown,
} from './charts';
import { payloadIndicators, payloadTrend } from './measure-view';

const NOW = new Date('2026-11-22T03:00:00Z');

async function viewOf(
  runner: QueryRunner,
  def: AnyChartDef,
  search: string,
  lang: 'th' | 'en' = 'th',
): Promise<ChartView> {
  const ctx = chartContext(
    runner,
    await resolveScope(runner, new URLSearchParams(search)),
    lang,
    NOW,
  );
  return def.view(ctx, await def.load(ctx));
}

describe('measures charts on the fixture', () => {
  let db: Database;
  let runner: QueryRunner;
  beforeAll(async () => {
    db = await openFixtureDatabase();
    await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures-completion.csv`);
    runner = queryRunner(db);
  });
  afterAll(() => db.close());

  it('lists the four charts in page order, each with its own id', () => {
    expect(MEASURES_CHARTS.map((d) => d.id)).toEqual([
      'measure-completion-trend',
      'measure-status-breakdown',
      'completion-by-category',
      'completion-by-indicator',
    ]);
  });

  it('trend, province 94, FY 2567: both years and rounds, the shares of 2567 and a mixed source', async () => {
    const v = await viewOf(runner, measureCompletionTrend, 'province=94&year=2567');
    // 2566 6m, 12m; 2567 6m, 12m.
    expect(v.rows.map((r) => [r.fiscal_year, r.round_name])).toEqual([
      [2566, 'รอบ 6 เดือน'],
      [2566, 'รอบ 12 เดือน'],
      [2567, 'รอบ 6 เดือน'],
      [2567, 'รอบ 12 เดือน'],
    ]);
    // 2567: 6m 2 of 7, 12m 3 of 4 known (one unknown).
    expect(v.summary).toBe(
      'ปีงบประมาณ 2567: ดำเนินการแล้ว 28.6% ของมาตรการในรอบ 6 เดือน และ 75.0% ในรอบ 12 เดือน',
    );
    // Real: 6940907's report, 3 measures (2567). Synthetic, largest round per year: 2566 4, 2567 4 (6 months).
    expect(v.source).toEqual({
      line: 'ที่มา: รายงานจริง 3 มาตรการ และข้อมูลสังเคราะห์ 8 มาตรการ',
      synthetic: true,
    });
    expect(v.file.years).toBe('2566-2567');
  });

  it('trend for the district 9409 in FY 2566, in English', async () => {
    const v = await viewOf(runner, measureCompletionTrend, 'district=9409&year=2566', 'en');
    // District 9409, 2566: 940917 only, 1 of 2 at 6 months and 2 of 2 at 12.
    expect(v.summary).toBe(
      'FY 2566: 50.0% of measures completed at 6 months and 100.0% at 12 months',
    );
    expect(v.rows).toHaveLength(4);
  });

  it('status, province 94, FY 2567: the year’s two rounds, the summary on the 12-month round', async () => {
    const v = await viewOf(runner, measureStatusBreakdown, 'province=94&year=2567');
    expect(v.title).toBe('สถานะของมาตรการ ปีงบประมาณ 2567 แยกตามรอบ');
    expect(v.rows.map((r) => [r.round, r.measures, r.completed, r.unknown])).toEqual([
      ['6m', 7, 2, 0],
      ['12m', 5, 3, 1],
    ]);
    expect(v.summary).toBe(
      'ปีงบประมาณ 2567 รอบ 12 เดือน: ดำเนินการแล้ว 3 ไม่สามารถดำเนินการได้ 0 จากทั้งหมด 5 มาตรการ',
    );
    expect(v.source.line).toBe('ที่มา: รายงานจริง 3 มาตรการ และข้อมูลสังเคราะห์ 4 มาตรการ');
  });

  it('status, whole country with every type, FY 2567: Trat’s measure that could not be done counts', async () => {
    const v = await viewOf(runner, measureStatusBreakdown, 'type=all&year=2567');
    // Nation 2567 12m: 7 measures, 4 completed, 1 not_possible, 1 unknown.
    expect(v.summary).toBe(
      'ปีงบประมาณ 2567 รอบ 12 เดือน: ดำเนินการแล้ว 4 ไม่สามารถดำเนินการได้ 1 จากทั้งหมด 7 มาตรการ',
    );
  });

  it('category, province 94, FY 2567: the lowest of the 12-month round, not a category seen only at 6 months', async () => {
    const v = await viewOf(runner, completionByCategory, 'province=94&year=2567');
    expect(v.title).toBe('สัดส่วนที่ดำเนินการแล้วตามหมวดมาตรการ ปีงบประมาณ 2567');
    // anti_bribery, complaints, public_disclosure, stakeholder_participation in both rounds; discretion_review at 6m.
    expect(v.rows).toHaveLength(9);
    // 12m: complaints 0 of 1; anti_bribery, public_disclosure, stakeholder_participation all completed.
    expect(v.summary).toMatch(
      /^หมวดที่ดำเนินการแล้วน้อยที่สุดในรอบ 12 เดือน: เรื่องร้องเรียนและแจ้งเบาะแส \(0\.0%\); มากที่สุด: (การป้องกันการรับสินบน|การเปิดเผยข้อมูล|การมีส่วนร่วม) \(100\.0%\)$/,
    );
  });

  it('gives the page the trend and the targeted indicators from the payloads, without chart code', async () => {
    const ctx = chartContext(
      runner,
      await resolveScope(runner, new URLSearchParams('province=94&year=2567')),
      'th',
      NOW,
    );
    const payload = (data: unknown) => ({
      id: 'x',
      feature: 'measures',
      data,
      text: null,
      svg: '',
      width: 760,
      params: {},
    });
    const trend = payloadTrend(payload(await measureCompletionTrend.load(ctx)));
    expect(trend.map((r) => r.fiscal_year)).toEqual([2566, 2566, 2567, 2567]);
    // FY 2567, province 94: measures target 1, 3, 5, 7, 8, 9 and 10 (measures-completion.csv).
    const indicators = payloadIndicators(payload(await completionByIndicator.load(ctx)), 'th');
    expect(indicators.map((i) => i.code)).toEqual(['1', '3', '5', '7', '8', '9', '10']);
    expect(indicators[0]!.name).toBe('การปฏิบัติหน้าที่');
    expect(payloadTrend(undefined)).toEqual([]);
  });

  it('indicator, province 94 in FY 2566 (another year): 12-month lowest', async () => {
    const v = await viewOf(runner, completionByIndicator, 'province=94&year=2566');
    expect(v.title).toBe('สัดส่วนที่ดำเนินการแล้วตามตัวชี้วัดที่มาตรการมุ่งแก้ ปีงบประมาณ 2566');
    // 2566 12m, province 94: 940917 public_disclosure (9, 7) and anti_bribery (10, 1) completed; 940111
    // discretion_review (3) completed, complaints (5, 9) in progress: 5 is the only one at 0.
    expect(v.summary).toBe(
      'ตัวชี้วัดที่มาตรการดำเนินการแล้วน้อยที่สุดในรอบ 12 เดือน: 5 การแก้ไขปัญหาการทุจริต (0.0%)',
    );
  });
});

describe('a report that states no round, listed after the 12-month round (issue 12)', () => {
  let db: Database;
  let runner: QueryRunner;
  beforeAll(async () => {
    db = await openFixtureDatabase();
    await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures-completion.csv`);
    // A real FY 2567 report of 6940104 (บาราเฮาะ, province 94) that names no round: a discretion measure (3)
    // and a complaints measure (5), both completed. The queries list its round, 'unknown', after 12 months.
    await db.transaction(async (c) => {
      await c.run(`INSERT INTO report (hash, org_code, fiscal_year, round, file_name, format, parsed_at, parser_version,
          warnings, source)
        VALUES ('report:no-round', '6940104', 2567, NULL, 'no-round.txt', 'txt', TIMESTAMP '2026-01-01', 'fixture', [],
          'report:no-round')`);
      await c.run(`INSERT INTO measure (report_hash, seq, name_th, name_norm, responsible, monitoring_rounds, status,
          category, categories_other, indicators, indicator_source, source)
        SELECT 'report:no-round', seq, name, name, [], [], 'completed', category, [], [indicator], 'inferred',
          'report:no-round'
        FROM (VALUES (1, 'มาตรการทบทวนดุลยพินิจ', 'discretion_review', '3'),
                     (2, 'มาตรการรับเรื่องร้องเรียน', 'complaints', '5')) v(seq, name, category, indicator)`);
    });
    runner = queryRunner(db);
  });
  afterAll(() => db.close());

  const SEARCH = 'province=94&year=2567';

  it('the rows hold the unknown round beside the 12-month one (the case the old export got wrong)', async () => {
    const v = await viewOf(runner, completionByIndicator, SEARCH);
    expect(v.rows.filter((r) => r.round === 'unknown').map((r) => [r.group, r.round_name])).toEqual(
      [
        ['3', 'ไม่ระบุรอบ'],
        ['5', 'ไม่ระบุรอบ'],
      ],
    );
  });

  it('the indicator summary speaks of the 12-month round, page and export alike', async () => {
    const v = await viewOf(runner, completionByIndicator, SEARCH);
    // 12m: 5 is 0 of 1 (6940907's complaints measure not started); indicator 3 has no 12-month row.
    const expected = 'ตัวชี้วัดที่มาตรการดำเนินการแล้วน้อยที่สุดในรอบ 12 เดือน: 5 การแก้ไขปัญหาการทุจริต (0.0%)';
    expect(v.summary).toBe(expected);
    // The export draws the same ChartView: its SVG carries the same summary.
    const res = await chartExportResponse(
      runner,
      'completion-by-indicator.svg',
      new URLSearchParams(SEARCH),
      { lang: 'th', now: NOW },
    );
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(svg.includes('ไม่ระบุรอบ: 3'), 'the unknown round named in the summary').toBe(false);
    expect(svg.includes('รอบ 12 เดือน: 5 การแก้ไขปัญหาการทุจริต')).toBe(true);
  });

  it('the category summary and the status summary keep to the 12-month round too', async () => {
    const category = await viewOf(runner, completionByCategory, SEARCH);
    expect(category.summary).toMatch(
      /^หมวดที่ดำเนินการแล้วน้อยที่สุดในรอบ 12 เดือน: เรื่องร้องเรียนและแจ้งเบาะแส/,
    );
    const status = await viewOf(runner, measureStatusBreakdown, SEARCH);
    expect(status.rows.map((r) => r.round)).toEqual(['6m', '12m', 'unknown']);
    expect(status.summary).toBe(
      'ปีงบประมาณ 2567 รอบ 12 เดือน: ดำเนินการแล้ว 3 ไม่สามารถดำเนินการได้ 0 จากทั้งหมด 5 มาตรการ',
    );
  });
});
