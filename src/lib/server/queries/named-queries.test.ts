// Every named query in queries/ runs on the hand-made fixture database (data/fixtures/README.md) and gives the values computed on paper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openFixtureDatabase } from '../db/fixture-db';
import { FIXTURE_PARAMS } from './fixture-params';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  runner = queryRunner(db);
});
afterAll(() => db.close());

async function rows(name: string, params: Record<string, string> = {}) {
  return tableToRows((await runner.run(name, params)).table);
}

describe('every query file', () => {
  it('returns exactly the columns its header declares', async () => {
    for (const [name, spec] of runner.specs) {
      const { table } = await runner.run(name, FIXTURE_PARAMS[name] ?? {});
      expect({ name, columns: table.schema.fields.map((f) => f.name) }).toEqual({
        name,
        columns: spec.columns.map((c) => c.name),
      });
    }
  });
});

describe('org_scores', () => {
  it('grades FY 2566 with the rating rules', async () => {
    const r = await rows('org_scores', { fiscal_year: '2566' });
    expect(r.map((x) => [x.org_code, x.total, x.level, x.passed, x.source])).toEqual([
      ['6230303', 69.99, 'ต้องปรับปรุงโดยด่วน', false, 'synthetic'],
      ['6940104', 96, 'ผ่านดี', true, 'synthetic'],
      ['6940108', 85, 'ผ่านดี', true, 'synthetic'],
      ['6940907', 84.99, 'ต้องปรับปรุง', false, 'synthetic'],
      ['6940908', 88, 'ผ่าน', true, 'synthetic'],
    ]);
    expect(r[3]).toMatchObject({
      name_th: 'องค์การบริหารส่วนตำบลจะรัง',
      district_th: 'ยะหริ่ง',
      province_th: 'ปัตตานี',
    });
  });
  it('grades FY 2565 with levels on the band edges', async () => {
    const r = await rows('org_scores', { fiscal_year: '2565' });
    expect(Object.fromEntries(r.map((x) => [x.org_code, x.level]))).toEqual({
      '6230303': 'E',
      '6940108': 'AA',
      '6940104': 'B',
      '6940908': 'A',
      '6940907': 'A',
    });
  });
  it('prefers real over synthetic scores and ignores superseded ones (FY 2567)', async () => {
    const r = await rows('org_scores', { fiscal_year: '2567' });
    expect(r.map((x) => [x.org_code, x.total, x.level, x.source])).toEqual([
      ['6940104', 80, 'ต้องปรับปรุง', 'real'],
      ['6940108', 95.5, 'ผ่านดีเยี่ยม', 'synthetic'],
      ['6940907', 91.67, 'ผ่านดี', 'real'],
    ]);
  });
  it('returns no rows for a year without data', async () => {
    expect(await rows('org_scores', { fiscal_year: '2563' })).toEqual([]);
  });
});

describe('year_summary', () => {
  it('summarises province 94 in FY 2565 as computed on paper', async () => {
    const r = await rows('year_summary', { province: '94' });
    expect(r.find((x) => x.fiscal_year === 2565)).toEqual({
      fiscal_year: 2565,
      orgs: 4,
      mean_total: 90,
      median_total: 90.01,
      passed: 3,
      pass_share: 0.75,
      pass_mark: 85,
      target_share: 0.8,
      target_mean: null,
      synthetic_orgs: 4,
    });
  });
  it('narrows to a district and counts real organisations', async () => {
    const r = await rows('year_summary', { district: '9409' });
    expect(r.map((x) => [x.fiscal_year, x.orgs, x.passed, x.synthetic_orgs])).toEqual([
      [2565, 2, 2, 2],
      [2566, 2, 1, 2],
      [2567, 1, 1, 0],
    ]);
  });
});

describe('total_histogram', () => {
  it('puts totals in 2.5-point bins, 100 in the last bin', async () => {
    const r = await rows('total_histogram', { province: '94' });
    const y2566 = r.filter((x) => x.fiscal_year === 2566).map((x) => [x.bin_start, x.orgs]);
    // 84.99 → [82.5, 85); 85.00 → [85, 87.5); 88 → [87.5, 90); 96 → [95, 97.5)
    expect(y2566).toEqual([
      [82.5, 1],
      [85, 1],
      [87.5, 1],
      [95, 1],
    ]);
  });
});

describe('data_inventory', () => {
  it('counts real and synthetic organisation-years for every framework year', async () => {
    const r = await rows('data_inventory');
    expect(r.map((x) => x.fiscal_year)).toEqual([2563, 2564, 2565, 2566, 2567, 2568]);
    expect(r.find((x) => x.fiscal_year === 2567)).toMatchObject({
      orgs_scored: 3,
      orgs_real: 2,
      orgs_synthetic: 1,
    });
  });
});

describe('frameworks, provinces and districts', () => {
  it('lists each year with its pass mark and which rules are unconfirmed (weights confirmed for 2563-2564 only)', async () => {
    const r = await rows('frameworks');
    expect(
      r.map((x) => [
        x.fiscal_year,
        x.pass_mark,
        x.target_share,
        x.target_mean,
        x.grading_kind,
        x.grading_unconfirmed,
        x.weights_unconfirmed,
      ]),
    ).toEqual([
      // Targets and confirmed ratings as the NACC's reports to the Cabinet print them (data/official).
      [2563, 85, 0.5, null, 'level', false, false],
      [2564, 85, 0.8, null, 'level', false, false],
      [2565, 85, 0.8, null, 'level', false, true],
      [2566, 85, 1, 89, 'rating', false, true],
      [2567, 85, 1, 89, 'rating', false, true],
      [2568, 85, 1, 89, 'rating', true, true],
    ]);
  });
  it('lists the 77 provinces minus Bangkok (no SAOs) and the districts of Pattani', async () => {
    const provinces = await rows('provinces');
    expect(provinces).toHaveLength(76);
    expect(provinces.find((p) => p.province_code === '94')).toMatchObject({ province_th: 'ปัตตานี' });
    const districts = await rows('districts', { province: '94' });
    expect(districts.map((d) => d.district_th)).toContain('ยะหริ่ง');
    expect(districts.every((d) => String(d.district_code).startsWith('94'))).toBe(true);
  });
});

describe('the runner', () => {
  it('caches per data version and forgets the cache when data changes', async () => {
    const first = await runner.run('org_scores', { fiscal_year: '2565' });
    const again = await runner.run('org_scores', { fiscal_year: '2565' });
    expect(again.cached).toBe(true);
    await db.transaction(async (conn) => {
      await conn.run(
        `UPDATE score SET superseded_at = now()::TIMESTAMP WHERE org_code = '6230303' AND fiscal_year = 2565`,
      );
    });
    const after = await runner.run('org_scores', { fiscal_year: '2565' });
    expect(after.cached).toBe(false);
    expect(after.dataVersion).toBe(first.dataVersion + 1);
    expect(after.table.numRows).toBe(first.table.numRows - 1);
  });
  it('treats an injection attempt as a value: no rows, no damage', async () => {
    await expect(runner.run('year_summary', { province: "94' OR '1'='1" })).rejects.toThrow(
      /expected form/,
    );
    const r = await rows('year_summary', { type: 'sao' });
    expect(r.length).toBeGreaterThan(0);
  });
  it('names an unknown query and lists the known ones', async () => {
    await expect(runner.run('drop_everything')).rejects.toThrow(
      /Unknown query 'drop_everything'.*org_scores/,
    );
  });
});
