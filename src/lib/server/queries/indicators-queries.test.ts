// The /indicators page's queries on the hand-made FY 2567 fixture (data/fixtures/db/indicators-2567.csv), against values worked out on paper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOWEST_COUNT } from '../../ita/weak';
import { openDatabase, type Database } from '../db/database';
import { FIXTURE_DIR, loadFixtureScores } from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/indicators-2567.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

type Row = Record<string, unknown>;
async function rows(name: string, params: Record<string, string>): Promise<Row[]> {
  return tableToRows((await runner.run(name, params)).table);
}
const base = {
  fiscal_year: '2567',
  weak: 'pass_mark',
  peer: 'province',
  lowest_n: String(LOWEST_COUNT),
};
const cell = (r: Row[], code: string, area: string) =>
  r.find((x) => x.code === code && x.area_level === area);

describe('indicator_summary', () => {
  it('gives district, province and nation side by side when a district is chosen', async () => {
    const r = await rows('indicator_summary', { ...base, district: '9409' });
    expect(r).toHaveLength(30);
    expect(r.slice(0, 3).map((x) => [x.code, x.area_level, x.area_code])).toEqual([
      ['1', 'district', '9409'],
      ['1', 'province', '94'],
      ['1', 'nation', null],
    ]);
    // Indicator 1: 9409 = 90, 80; province 94 adds 70, 100; the nation adds 60, 80 (Trat).
    expect(cell(r, '1', 'district')).toMatchObject({
      orgs: 2,
      mean_value: 85,
      median_value: 85,
      below_pass: 1,
      below_share: 0.5,
      weak_orgs: 1,
      synthetic_orgs: 2,
      pass_mark: 85,
      tool: 'IIT',
      name_th: 'การปฏิบัติหน้าที่',
    });
    expect(cell(r, '1', 'province')).toMatchObject({
      orgs: 4,
      mean_value: 85,
      median_value: 85,
      below_pass: 2,
      below_share: 0.5,
      synthetic_orgs: 3,
    });
    expect(cell(r, '1', 'nation')).toMatchObject({
      orgs: 6,
      mean_value: 80,
      median_value: 80,
      below_pass: 4,
    });
    expect(cell(r, '1', 'nation')!.below_share).toBeCloseTo(4 / 6, 10);
  });

  it('counts 84.99 below the pass mark and 85.00 not (indicator 2)', async () => {
    const r = await rows('indicator_summary', { ...base, district: '9409' });
    expect(cell(r, '2', 'district')!.mean_value).toBeCloseTo(84.995, 10);
    expect(cell(r, '2', 'district')).toMatchObject({ below_pass: 1 });
    expect(cell(r, '2', 'province')!.mean_value).toBeCloseTo(89.9975, 10);
    expect(cell(r, '2', 'province')).toMatchObject({
      median_value: 90,
      below_pass: 1,
      below_share: 0.25,
    });
    expect(cell(r, '2', 'nation')).toMatchObject({ median_value: 90, below_pass: 1 });
  });

  it('returns only the nation when no area is chosen, and flags unconfirmed weights', async () => {
    const r = await rows('indicator_summary', base);
    expect(r.map((x) => x.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(r.every((x) => x.area_level === 'nation' && x.weight_unconfirmed === true)).toBe(true);
    expect(r.find((x) => x.code === '9')).toMatchObject({ weight: 0.2, name_unconfirmed: false });
  });

  it("counts an organisation's two lowest indicators as weak under 'lowest' (indicator 10)", async () => {
    const r = await rows('indicator_summary', { ...base, province: '94', weak: 'lowest' });
    // 94: only จะรัง (7 and 10 at 70) has 10 among its lowest; Trat's two have 10 as their lowest.
    expect(cell(r, '10', 'province')).toMatchObject({
      weak_orgs: 1,
      weak_share: 0.25,
      below_pass: 2,
    });
    expect(cell(r, '10', 'nation')).toMatchObject({ weak_orgs: 3, weak_share: 0.5 });
  });

  it('compares with the peer median of the chosen peer group (indicator 1, peers = district)', async () => {
    const r = await rows('indicator_summary', {
      ...base,
      district: '9409',
      weak: 'peer_median',
      peer: 'district',
    });
    // 9409 median 85: ตะโละ (80) below; 9401 median 85: ตะลุโบะ (70) below; Trat's districts have one SAO each.
    expect(cell(r, '1', 'district')).toMatchObject({ weak_orgs: 1 });
    expect(cell(r, '1', 'province')).toMatchObject({ weak_orgs: 2 });
    expect(cell(r, '1', 'nation')).toMatchObject({ weak_orgs: 2 });
  });

  it('drills into indicator 9: the indicator and its four sub-indicators of the 2567 framework', async () => {
    const r = await rows('indicator_summary', { ...base, province: '94', drill: '9' });
    expect([...new Set(r.map((x) => x.code))]).toEqual(['9', '9.1', '9.2', '9.3', '9.4']);
    // 9.2: 94 = 50, 100, 75, 100; the nation adds 50, 50.
    expect(cell(r, '9.2', 'province')).toMatchObject({
      parent_code: '9',
      orgs: 4,
      mean_value: 81.25,
      median_value: 87.5,
      below_pass: 2,
      below_share: 0.5,
      weak_orgs: null,
      weak_share: null,
      name_unconfirmed: false,
    });
    expect(cell(r, '9.2', 'nation')!.mean_value).toBeCloseTo(425 / 6, 10);
    expect(cell(r, '9.2', 'nation')).toMatchObject({ median_value: 62.5, below_pass: 4 });
    expect(cell(r, '9.1', 'province')).toMatchObject({ name_unconfirmed: true });
    expect(cell(r, '9', 'province')).toMatchObject({ weak_orgs: 1, below_pass: 1 });
  });

  it('returns nothing for a type with no organisations', async () => {
    expect(await rows('indicator_summary', { ...base, type: 'pao' })).toEqual([]);
  });
});

describe('indicator_heatmap', () => {
  it('gives one row per organisation and column (total + 1-10) in a province, weak per the definition', async () => {
    const r = await rows('indicator_heatmap', { ...base, province: '94' });
    expect(r).toHaveLength(44);
    const weak = (org: string) => r.filter((x) => x.row_code === org && x.weak).map((x) => x.code);
    expect(weak('6940907')).toEqual(['TOTAL', '3', '7', '9', '10']);
    expect(weak('6940908')).toEqual(['1', '2', '6']);
    expect(weak('6940104')).toEqual([]);
    expect(r.find((x) => x.row_code === '6940907' && x.code === 'TOTAL')).toMatchObject({
      row_kind: 'org',
      row_name: 'อบต.จะรัง',
      district_th: 'ยะหริ่ง',
      sort_key: 0,
      value: 80.4,
      weak_share: 1,
      orgs: 1,
      synthetic_orgs: 1,
    });
    expect(r.find((x) => x.row_code === '6940104' && x.code === '1')).toMatchObject({
      synthetic_orgs: 0,
    });
  });

  it('uses province means as rows for the whole country; a cell is weak when most organisations are', async () => {
    const r = await rows('indicator_heatmap', base);
    expect(r).toHaveLength(22);
    expect(new Set(r.map((x) => x.row_kind))).toEqual(new Set(['province']));
    expect(r.find((x) => x.row_code === '23' && x.code === '1')).toMatchObject({
      row_name: 'ตราด',
      value: 70,
      weak: true,
      weak_share: 1,
      orgs: 2,
    });
    expect(r.find((x) => x.row_code === '94' && x.code === '1')).toMatchObject({
      value: 85,
      weak: false,
      weak_share: 0.5,
      orgs: 4,
      synthetic_orgs: 3,
    });
    // Totals 80.40, 89.60, 77.25, 99.30: mean 86.6375, two of four below 85.
    const total94 = r.find((x) => x.row_code === '94' && x.code === 'TOTAL')!;
    expect(total94.value).toBeCloseTo(86.6375, 10);
    expect(total94).toMatchObject({ weak: false, weak_share: 0.5 });
    expect(r.find((x) => x.row_code === '23' && x.code === 'TOTAL')!.value).toBeCloseTo(70.29, 10);
  });

  it('drills into indicator 10 in a district: the parent under the chosen definition, the sub-indicators against the pass mark', async () => {
    const r = await rows('indicator_heatmap', {
      ...base,
      district: '9409',
      drill: '10',
      weak: 'lowest',
    });
    expect(r.map((x) => [x.row_code, x.code, x.value, x.weak])).toEqual([
      ['6940907', '10', 70, true],
      ['6940907', '10.1', 80, true],
      ['6940907', '10.2', 60, true],
      ['6940908', '10', 95, false],
      ['6940908', '10.1', 90, false],
      ['6940908', '10.2', 100, false],
    ]);
  });
});
