// The /changes page's queries on the hand-made fixture (data/fixtures/db/changes-scores.csv), against values worked out on paper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_THRESHOLD } from '../../ita/change-direction';
import { openDatabase, type Database } from '../db/database';
import { FIXTURE_DIR, loadFixtureScores } from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/changes-scores.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

type Row = Record<string, unknown>;
async function rows(name: string, params: Record<string, string>): Promise<Row[]> {
  return tableToRows((await runner.run(name, params)).table);
}
const pair = { fiscal_year: '2567', compare: '2566', threshold: String(CHANGE_THRESHOLD) };
const p94 = { ...pair, province: '94' };

describe('change_summary', () => {
  it('summarises province 94 from 2566 to 2567 as computed on paper', async () => {
    const [r] = await rows('change_summary', p94);
    expect(r).toMatchObject({
      orgs_now: 4,
      orgs_before: 4,
      orgs_paired: 4,
      improving: 2,
      stable: 1,
      worsening: 1,
      passed_before: 1,
      passed_now: 2,
      grading_before: 'rating',
      grading_now: 'rating',
      synthetic_orgs: 4,
      threshold: 1,
    });
    expect(r!.mean_before).toBeCloseTo(82.65, 10);
    expect(r!.mean_now).toBeCloseTo(81.05, 10);
    expect(r!.mean_change).toBeCloseTo(-1.6, 10);
    expect(r!.median_change).toBeCloseTo(0.1, 10);
  });
  it('rounds a change that floating point puts just under 1 (64.10 - 63.10) before comparing it with the threshold', async () => {
    const [r] = await rows('change_summary', pair);
    expect(r).toMatchObject({
      orgs_paired: 5,
      improving: 3,
      stable: 1,
      worsening: 1,
      median_change: 1,
    });
    expect(r!.mean_change).toBeCloseTo(-1.08, 10);
  });
  it('says when the pair crosses from letter levels to ratings', async () => {
    const [r] = await rows('change_summary', { ...p94, fiscal_year: '2566', compare: '2565' });
    expect(r).toMatchObject({ grading_before: 'level', grading_now: 'rating', orgs_paired: 4 });
  });
});

describe('change_orgs', () => {
  it('ranks within the scope in each year and orders by change', async () => {
    const r = await rows('change_orgs', p94);
    expect(
      r.map((x) => [
        x.org_code,
        x.change,
        x.direction,
        x.rank_before,
        x.rank_now,
        x.rank_change,
        x.decline_order,
      ]),
    ).toEqual([
      ['6940907', 9.5, 'improving', 3, 1, 2, 4],
      ['6940908', 1, 'improving', 2, 2, 0, 3],
      ['6940108', -0.8, 'stable', 4, 3, 1, 2],
      ['6940104', -16.1, 'worsening', 1, 4, -3, 1],
    ]);
    expect(r[0]).toMatchObject({
      short_name_th: 'อบต.จะรัง',
      district_th: 'ยะหริ่ง',
      total_before: 80.5,
      total_now: 90,
      level_before: 'ต้องปรับปรุง',
      level_now: 'ผ่านดี',
      level_en_now: 'Pass (good)',
      gain_order: 1,
      synthetic: true,
    });
    expect(r[3]).toMatchObject({ level_before: 'ผ่าน', level_now: 'ต้องปรับปรุงโดยด่วน' });
  });
  it('keeps only the biggest gainer and decliner with movers=1', async () => {
    const r = await rows('change_orgs', { ...p94, movers: '1' });
    expect(r.map((x) => x.org_code)).toEqual(['6940907', '6940104']);
  });
  it('ranks among the district only when a district is chosen', async () => {
    const r = await rows('change_orgs', { ...pair, district: '9409' });
    // 2566: ตะโละ 84.10 > จะรัง 80.50; 2567: จะรัง 90.00 > ตะโละ 85.10.
    expect(r.map((x) => [x.org_code, x.rank_before, x.rank_now, x.rank_change])).toEqual([
      ['6940907', 2, 1, 1],
      ['6940908', 1, 2, -1],
    ]);
  });
});

describe('change_transitions', () => {
  it('counts moves between ratings (2566 → 2567)', async () => {
    const r = await rows('change_transitions', {
      fiscal_year: '2567',
      compare: '2566',
      province: '94',
    });
    expect(r.map((x) => [x.level_before, x.level_now, x.rank_before, x.rank_now, x.orgs])).toEqual([
      ['ผ่าน', 'ต้องปรับปรุงโดยด่วน', 3, 5, 1],
      ['ต้องปรับปรุง', 'ผ่านดี', 4, 2, 1],
      ['ต้องปรับปรุง', 'ผ่าน', 4, 3, 1],
      ['ต้องปรับปรุง', 'ต้องปรับปรุง', 4, 4, 1],
    ]);
  });
  it('pairs letter levels with ratings across the 2565/2566 boundary', async () => {
    const r = await rows('change_transitions', {
      fiscal_year: '2566',
      compare: '2565',
      province: '94',
    });
    expect(
      r.map((x) => [x.level_before, x.level_now, x.grading_before, x.grading_now, x.orgs]),
    ).toEqual([
      ['AA', 'ต้องปรับปรุง', 'level', 'rating', 1],
      ['A', 'ผ่าน', 'level', 'rating', 1],
      ['B', 'ต้องปรับปรุง', 'level', 'rating', 1],
      ['C', 'ต้องปรับปรุง', 'level', 'rating', 1],
    ]);
    expect(r[0]).toMatchObject({ level_en_before: 'AA', level_en_now: 'Needs improvement' });
  });
});

describe('change_histogram', () => {
  it('bins changes two points wide with [-1, 1) as the stable bin', async () => {
    const r = await rows('change_histogram', p94);
    expect(r.map((x) => [x.bin_start, x.bin_end, x.direction, x.orgs])).toEqual([
      [-17, -15, 'worsening', 1],
      [-1, 1, 'stable', 1],
      [1, 3, 'improving', 1],
      [9, 11, 'improving', 1],
    ]);
    const nation = await rows('change_histogram', pair);
    expect(nation.find((x) => x.bin_start === 1)).toMatchObject({ orgs: 2 });
  });
});

describe('change_indicators', () => {
  it('gives the mean change per indicator with counts against the threshold', async () => {
    const r = await rows('change_indicators', p94);
    expect(
      r.map((x) => [x.code, x.orgs, x.mean_before, x.mean_now, x.improving, x.stable, x.worsening]),
    ).toEqual([
      ['1', 4, 87.5, 84.5, 1, 1, 2],
      ['7', 4, 85, 88, 3, 0, 1],
      ['10', 4, 68.75, 76.5625, 2, 2, 0],
    ]);
    expect(r.map((x) => x.mean_change)).toEqual([-3, 3, 7.8125]);
    expect(r[1]).toMatchObject({ name_th: 'ประสิทธิภาพการสื่อสาร', tool: 'EIT' });
  });
  it('leaves out organisations without the indicator in both years', async () => {
    const r = await rows('change_indicators', { ...pair, district: '9409' });
    expect(r.find((x) => x.code === '1')).toMatchObject({ orgs: 2, mean_change: 5 });
    const nation = await rows('change_indicators', pair);
    expect(nation.find((x) => x.code === '1')).toMatchObject({ orgs: 4 });
  });
});
