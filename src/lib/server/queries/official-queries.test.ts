// official_national, official_by_type, official_area_by_type and official_ratings on the figures loaded at open, checked against the cabinet texts in data/official.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { FIXTURE_DIR, loadFixtureScores, openFixtureDatabase } from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  await loadFixtureScores(db, `${FIXTURE_DIR}/province-scores.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

async function rows(name: string, params: Record<string, string> = {}) {
  return tableToRows((await runner.run(name, params)).table);
}

describe('official_national', () => {
  it('gives each published year with its mean, share passing and source', async () => {
    const r = await rows('official_national');
    expect(r.map((x) => [x.fiscal_year, x.mean_total, x.pass_share])).toEqual([
      [2562, 66.75, null],
      [2563, 67.9, 0.1319],
      [2564, 81.25, 0.4995],
      [2565, 87.57, 0.7052],
      [2566, 90.19, 0.8094],
      [2567, 93.05, 0.9244],
      [2568, 93.82, 0.9417],
    ]);
    const y2567 = r.find((x) => x.fiscal_year === 2567)!;
    expect(y2567).toMatchObject({
      agencies: 8325,
      passed: 7696,
      source_doc: 'cabinet-ita-2567.txt',
    });
    expect(y2567.source_th).toMatch(/ป\.ป\.ช\..*ประจำปีงบประมาณ พ\.ศ\. 2567/);
    expect(y2567.source_en).toMatch(/NACC.*fiscal year 2567/);
    expect(r.find((x) => x.fiscal_year === 2568)!.source_url).toBe(
      'https://www.thaigov.go.th/news/contents/details/99755',
    );
  });

  it('narrows to one year, and a year nobody published gives no row', async () => {
    expect((await rows('official_national', { fiscal_year: '2564' })).map((x) => x.passed)).toEqual(
      [4146],
    );
    expect(await rows('official_national', { fiscal_year: '2569' })).toEqual([]);
  });
});

describe('official_by_type', () => {
  it("maps sao to the อบต. row, each year's figure from that year's own report", async () => {
    const r = await rows('official_by_type', { type: 'sao' });
    expect(
      r.map((x) => [x.fiscal_year, x.org_type_th, x.mean_total, x.pass_share, x.report_year]),
    ).toEqual([
      // 2564 is published only as the 2565 report's prior-year column.
      [2564, 'อบต.', 80.72, null, 2565],
      [2565, 'อบต.', 87.04, 0.6809, 2565],
      [2566, 'องค์การบริหารส่วนตำบล', 90.11, 0.8011, 2566],
    ]);
    expect(r[2]!.agencies).toBe(5300);
    expect(r[2]!.source_th).toMatch(/2566/);
  });

  it('maps the other local-government types too, and one year of one type is one row', async () => {
    const r = await rows('official_by_type', { fiscal_year: '2566' });
    expect(Object.fromEntries(r.map((x) => [x.type, x.mean_total]))).toEqual({
      city_municipality: 92.09,
      subdistrict_municipality: 90.16,
      town_municipality: 91.23,
      pao: 94.63,
      sao: 90.11,
      // อปท. รูปแบบพิเศษ (the 2566 report: 2 agencies, 93.96).
      special: 93.96,
    });
    // เทศบาลนคร 2564: the 2565 report's prior-year column (91.25).
    expect(
      (await rows('official_by_type', { type: 'city_municipality', fiscal_year: '2564' })).map(
        (x) => x.mean_total,
      ),
    ).toEqual([91.25]);
    expect(await rows('official_by_type', { type: 'sao', fiscal_year: '2567' })).toEqual([]);
  });
});

describe('official_area_by_type', () => {
  it("puts province 94's SAOs of 2566 beside the official อบต. mean of 2566", async () => {
    // province-scores.csv, FY 2566: 96.00, 88.00, 85.00, 84.99 (fails) → mean 88.4975, 3 of 4 passing.
    const [r, ...rest] = await rows('official_area_by_type', {
      fiscal_year: '2566',
      province: '94',
    });
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      type: 'sao',
      orgs: 4,
      pass_share: 0.75,
      official_org_type_th: 'องค์การบริหารส่วนตำบล',
      official_agencies: 5300,
      official_mean: 90.11,
      official_pass_share: 0.8011,
    });
    expect(r!.mean_total).toBeCloseTo(88.4975, 6);
    expect(r!.source_th).toMatch(/2566/);
  });

  it('keeps the loaded figures and leaves the official ones empty in a year with none published', async () => {
    // FY 2568: 80.00, 90.00, 70.00 in province 94.
    const [r] = await rows('official_area_by_type', { fiscal_year: '2568', province: '94' });
    expect(r).toMatchObject({
      type: 'sao',
      orgs: 3,
      mean_total: 80,
      official_mean: null,
      source_th: null,
    });
  });
});

describe('official_ratings', () => {
  it('lists the 2566 ratings best first, as the 2566 cabinet report prints them', async () => {
    const r = await rows('official_ratings', { fiscal_year: '2566' });
    expect(r.map((x) => [x.rating, x.agencies, x.share])).toEqual([
      ['ผ่านดีเยี่ยม', 674, 0.081],
      ['ผ่านดี', 2550, 0.3064],
      ['ผ่าน', 3513, 0.4221],
      ['ต้องปรับปรุง', 1389, 0.1669],
      ['ต้องปรับปรุงโดยด่วน', 197, 0.0237],
    ]);
    expect(r[0]!.source_th).toMatch(/2566/);
  });
});
