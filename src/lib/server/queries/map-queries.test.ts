// The map's query (org_map) on the hand-made fixture: coordinates from the DLA registry (data/registry), totals,
// indicators and measures from data/fixtures/db, every value worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISPLACED_DEGREES } from '../../features/map/charts';
import type { OrgMapParams, OrgMapRow } from '../../queries/types';
import type { Database } from '../db/database';
import {
  FIXTURE_DIR,
  loadFixtureMeasures,
  loadFixtureScores,
  openFixtureDatabase,
} from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

// The registry's coordinates (data/registry/dla-lao-registry.csv) of the fixture's organisations: บาราเฮาะ 6940104 and
// ตะลุโบะ 6940108 (เมืองปัตตานี, 9401) and เขาสมิง 6230303 (ตราด) have them; จะรัง 6940907 and ตะโละ 6940908 (ยะหริ่ง, 9409)
// have none. น้ำผุด 6910507 (สตูล) is placed at 13.7, 97.3, in the Andaman Sea off Myanmar: a registry error.
const BARAHO = { lat: 6.854168101, lon: 101.2726593 };
const TALUBO = { lat: 6.844288598, lon: 101.2655599 };
const KHAO_SAMING = { lat: 12.32658586, lon: 102.4590325 };

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures-completion.csv`);
  // One more FY 2566 total, for the organisation the registry misplaces.
  await db.transaction(async (conn) => {
    await conn.run(
      `INSERT INTO score VALUES ('6910507', 2566, 'TOTAL', 90, 'synthetic', TIMESTAMP '2026-01-01 00:00:00', NULL)`,
    );
  });
  runner = queryRunner(db);
});
afterAll(() => db.close());

async function map(params: Omit<OrgMapParams, 'far'> & { far?: number }): Promise<OrgMapRow[]> {
  return tableToRows((await runner.run('org_map', { far: MISPLACED_DEGREES, ...params })).table);
}

describe('org_map', () => {
  it('gives one row per organisation with its registry coordinates, or null where the registry has none', async () => {
    const r = await map({ fiscal_year: 2566, level: 'org', province: '94', indicator: 10 });
    expect(r.map((x) => [x.code, x.district_code, x.lat, x.lon, x.unlocated])).toEqual([
      ['6940104', '9401', BARAHO.lat, BARAHO.lon, 0],
      ['6940108', '9401', TALUBO.lat, TALUBO.lon, 0],
      ['6940907', '9409', null, null, 1],
      ['6940908', '9409', null, null, 1],
    ]);
    // Totals and passes (scores.csv), indicator 10 (indicators.csv: 6940104 has no indicator scores), and measure
    // completion from the 12-month round (measures-completion.csv: ตะลุโบะ completed + in_progress, จะรัง both
    // completed; บาราเฮาะ and ตะโละ reported none in 2566).
    expect(
      r.map((x) => [
        x.code,
        x.total,
        x.passed,
        x.indicator_value,
        x.measures,
        x.measures_completed,
        x.measure_share,
      ]),
    ).toEqual([
      ['6940104', 96, 1, null, null, null, null],
      ['6940108', 85, 1, 100, 2, 1, 0.5],
      ['6940907', 84.99, 0, 70, 2, 2, 1],
      ['6940908', 88, 1, 95, null, null, null],
    ]);
    expect(r[2]).toMatchObject({
      name_th: 'อบต.จะรัง',
      type: 'sao',
      district_th: 'ยะหริ่ง',
      province_th: 'ปัตตานี',
      orgs: 1,
      misplaced: 0,
      synthetic_orgs: 1,
    });
  });

  it('leaves the indicator column empty when no indicator is asked for', async () => {
    const r = await map({ fiscal_year: 2566, level: 'org', province: '94' });
    expect(r.map((x) => x.indicator_value)).toEqual([null, null, null, null]);
  });

  it('places a province at the mean of its located organisations and counts those without coordinates', async () => {
    const r = await map({ fiscal_year: 2566, level: 'province', indicator: 10 });
    expect(r.map((x) => [x.code, x.name_th, x.orgs, x.unlocated, x.misplaced])).toEqual([
      ['23', 'ตราด', 1, 0, 0],
      ['91', 'สตูล', 1, 0, 1],
      ['94', 'ปัตตานี', 4, 2, 0],
    ]);
    const pattani = r[2]!;
    expect(pattani.lat).toBeCloseTo((BARAHO.lat + TALUBO.lat) / 2, 9);
    expect(pattani.lon).toBeCloseTo((BARAHO.lon + TALUBO.lon) / 2, 9);
    // (96 + 85 + 84.99 + 88) / 4 = 88.4975; three of four pass; indicator 10 = (100 + 70 + 95) / 3 = 88.33;
    // measures 2 + 2, of which 1 + 2 completed.
    expect(pattani.total).toBeCloseTo(88.4975, 2);
    expect(pattani).toMatchObject({
      type: null,
      district_code: null,
      district_th: null,
      passed: 3,
      pass_share: 0.75,
      synthetic_orgs: 4,
      indicator_value: 88.33,
      indicator_orgs: 3,
      measure_orgs: 2,
      measures: 4,
      measures_completed: 3,
      measures_known: 4,
      measure_share: 0.75,
    });
    expect(r[0]).toMatchObject({
      lat: KHAO_SAMING.lat,
      lon: KHAO_SAMING.lon,
      total: 69.99,
      passed: 0,
      pass_share: 0,
      // One measure, completed in both rounds.
      measure_share: 1,
    });
  });

  it('flags coordinates far outside their province and leaves them out of the area mean', async () => {
    const satun = await map({ fiscal_year: 2566, level: 'org', province: '91' });
    expect(satun).toEqual([
      expect.objectContaining({
        code: '6910507',
        lat: 13.7,
        lon: 97.3,
        unlocated: 0,
        misplaced: 1,
      }),
    ]);
    const [province] = await map({ fiscal_year: 2566, level: 'province', province: '91' });
    expect(province).toMatchObject({ code: '91', lat: null, lon: null, misplaced: 1 });
    // Satun's median is near 6.8 N, 99.9 E: about 7.4 degrees away. A looser limit keeps the point.
    const [loose] = await map({ fiscal_year: 2566, level: 'org', province: '91', far: 8 });
    expect(loose).toMatchObject({ code: '6910507', misplaced: 0 });
  });

  it('gives a province its districts, a district of organisations without coordinates at no place', async () => {
    const r = await map({ fiscal_year: 2566, level: 'district', province: '94' });
    expect(r.map((x) => [x.code, x.name_th, x.orgs, x.unlocated, x.passed])).toEqual([
      ['9401', 'เมืองปัตตานี', 2, 0, 2],
      ['9409', 'ยะหริ่ง', 2, 2, 1],
    ]);
    expect(r[0]!.lat).toBeCloseTo((BARAHO.lat + TALUBO.lat) / 2, 9);
    expect(r[0]).toMatchObject({ total: 90.5, province_code: '94', measure_share: 0.5 });
    // (84.99 + 88) / 2 = 86.495
    expect(r[1]!.total).toBeCloseTo(86.495, 2);
    expect(r[1]).toMatchObject({ lat: null, lon: null, measure_share: 1 });
  });

  it('keeps to the district and the type asked for', async () => {
    const yaring = await map({ fiscal_year: 2566, level: 'org', district: '9409' });
    expect(yaring.map((x) => x.code)).toEqual(['6940907', '6940908']);
    expect(await map({ fiscal_year: 2566, level: 'org', province: '94', type: 'pao' })).toEqual([]);
  });
});

describe('framework_indicators', () => {
  it("lists a year's ten indicators in framework order, marking unconfirmed weights (data/frameworks)", async () => {
    const y2566 = tableToRows(
      (await runner.run('framework_indicators', { fiscal_year: 2566 })).table,
    );
    expect(y2566.map((r) => r.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(y2566[6]).toEqual({
      code: '7',
      name_th: 'ประสิทธิภาพการสื่อสาร',
      name_en: 'Communication efficiency',
      tool: 'EIT',
      // 2565-2568 per-indicator weights are unconfirmed (DOMAIN.md); 2564's were recomputed from published totals.
      unconfirmed: true,
    });
    const y2564 = tableToRows(
      (await runner.run('framework_indicators', { fiscal_year: 2564 })).table,
    );
    expect(y2564.some((r) => r.unconfirmed)).toBe(false);
  });
});
