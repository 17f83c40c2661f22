// The overview's grade distribution and area ranking on the hand-made fixture (data/fixtures/README.md), worked out on paper.
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

describe('grade_distribution', () => {
  it('counts levels to 2565 and ratings from 2566, listing empty grades too', async () => {
    const r = await rows('grade_distribution', { province: '94' });
    const year = (fy: number) =>
      r.filter((x) => x.fiscal_year === fy).map((x) => [x.grade, x.orgs, x.share, x.passing]);
    expect(r.map((x) => x.fiscal_year).filter((y, i, a) => a.indexOf(y) === i)).toEqual([
      2565, 2566, 2567, 2568,
    ]);
    expect(year(2565)).toEqual([
      ['AA', 1, 0.25, true],
      ['A', 2, 0.5, true],
      ['B', 1, 0.25, false],
      ['C', 0, 0, false],
      ['D', 0, 0, false],
      ['E', 0, 0, false],
      ['F', 0, 0, false],
    ]);
    expect(year(2566)).toEqual([
      ['ผ่านดีเยี่ยม', 0, 0, true],
      ['ผ่านดี', 2, 0.5, true],
      ['ผ่าน', 1, 0.25, true],
      ['ต้องปรับปรุง', 1, 0.25, false],
      ['ต้องปรับปรุงโดยด่วน', 0, 0, false],
    ]);
    expect(year(2567).map((x) => x[1])).toEqual([1, 1, 0, 1, 0]);
    // 6940104 (90, no tool scores) is ผ่าน; 70.00 is ต้องปรับปรุง, not urgent.
    expect(year(2568).map((x) => x[1])).toEqual([0, 0, 1, 2, 0]);
    expect(r.find((x) => x.fiscal_year === 2565)).toMatchObject({
      grading_kind: 'level',
      rank: 1,
      grade_en: 'AA',
    });
    expect(r.find((x) => x.fiscal_year === 2566)).toMatchObject({ grading_kind: 'rating' });
  });
  it('counts synthetic organisations and narrows to a district', async () => {
    const r = await rows('grade_distribution', { district: '9409' });
    const y2567 = r.filter((x) => x.fiscal_year === 2567 && Number(x.orgs) > 0);
    // Only 6940907 (real import, 91.67 with tools 95/92/90) in 9409 in FY 2567.
    expect(
      y2567.map((x) => [x.grade, x.orgs, x.share, x.synthetic_orgs, x.incomplete_orgs]),
    ).toEqual([['ผ่านดี', 1, 1, 0, 1]]);
  });
});

describe('area_pass_ranking', () => {
  it('ranks provinces by share passing nationally', async () => {
    const r = await rows('area_pass_ranking', { fiscal_year: '2566' });
    expect(r.map((x) => [x.area_code, x.area_th, x.orgs, x.passed, x.pass_share])).toEqual([
      ['94', 'ปัตตานี', 4, 3, 0.75],
      ['23', 'ตราด', 1, 0, 0],
    ]);
    expect(r[0]!.mean_total).toBeCloseTo(88.4975, 9);
    expect(r[0]).toMatchObject({ synthetic_orgs: 4, target_share: 1, target_mean: 89 });
    const r2568 = await rows('area_pass_ranking', { fiscal_year: '2568' });
    expect(r2568.map((x) => [x.area_code, x.pass_share])).toEqual([
      ['23', 1],
      ['94', 1 / 3],
    ]);
  });
  it('ranks the districts within a province', async () => {
    const r = await rows('area_pass_ranking', { fiscal_year: '2566', province: '94' });
    expect(r.map((x) => [x.area_code, x.area_th, x.orgs, x.passed, x.pass_share])).toEqual([
      ['9401', 'เมืองปัตตานี', 2, 2, 1],
      ['9409', 'ยะหริ่ง', 2, 1, 0.5],
    ]);
    expect(r[1]!.mean_total).toBeCloseTo(86.495, 9);
  });
});
