// The province page's queries on the hand-made fixture (data/fixtures/README.md): changes, weakest indicators, headline, worked out on paper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOWEST_COUNT } from '../../ita/weak';
import type { Database } from '../db/database';
import {
  FIXTURE_DIR,
  loadFixtureMeasures,
  loadFixtureScores,
  openFixtureDatabase,
} from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
  await loadFixtureScores(db, `${FIXTURE_DIR}/province-scores.csv`);
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures-completion.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

async function rows(name: string, params: Record<string, string> = {}) {
  return tableToRows((await runner.run(name, params)).table);
}

const orgs = (params: Record<string, string>) =>
  rows('province_orgs', {
    province: '94',
    weak: 'pass_mark',
    peer: 'province',
    lowest_n: String(LOWEST_COUNT),
    ...params,
  });

describe('province_orgs', () => {
  it('lists FY 2566 with grades and the change since FY 2565, best first', async () => {
    const r = await orgs({ fiscal_year: '2566', compare_year: '2565' });
    expect(
      r.map((x) => [x.org_code, x.total, x.level, x.passed, x.compare_total, x.change]),
    ).toEqual([
      ['6940104', 96, 'ผ่านดี', true, 84.99, 11.01],
      ['6940908', 88, 'ผ่าน', true, 85.03, 2.97],
      ['6940108', 85, 'ผ่านดี', true, 95, -10],
      ['6940907', 84.99, 'ต้องปรับปรุง', false, 94.99, -10],
    ]);
    expect(r[3]).toMatchObject({
      short_name_th: 'อบต.จะรัง',
      district_code: '9409',
      district_th: 'ยะหริ่ง',
      source: 'synthetic',
    });
  });
  it('names the weakest indicator below the pass mark (ties go to framework order)', async () => {
    const r = await orgs({ fiscal_year: '2566', compare_year: '2565' });
    expect(r.map((x) => [x.org_code, x.weak_count, x.weakest_code, x.weakest_value])).toEqual([
      // 6940104 has no indicator scores.
      ['6940104', null, null, null],
      ['6940908', 1, '6', 80],
      // Nine indicators at 70: indicator 1 comes first in the framework.
      ['6940108', 9, '1', 70],
      // 7 and 10 are both 70: 7 comes first.
      ['6940907', 5, '7', 70],
    ]);
    expect(r[3]).toMatchObject({
      weakest_name_th: 'ประสิทธิภาพการสื่อสาร',
      weakest_name_en: 'Communication efficiency',
    });
  });
  it('follows the chosen definition of weak and peer group', async () => {
    const lowest = await orgs({ fiscal_year: '2566', weak: 'lowest' });
    expect(lowest.map((x) => [x.org_code, x.weak_count, x.weakest_code])).toEqual([
      ['6940104', null, null],
      ['6940908', 2, '6'],
      ['6940108', 9, '1'],
      ['6940907', 2, '7'],
    ]);
    const provinceMedian = await orgs({ fiscal_year: '2566', weak: 'peer_median' });
    expect(provinceMedian.map((x) => [x.org_code, x.weak_count, x.weakest_code])).toEqual([
      ['6940104', null, null],
      ['6940908', 0, null],
      ['6940108', 8, '1'],
      ['6940907', 1, '10'],
    ]);
    const districtMedian = await orgs({
      fiscal_year: '2566',
      weak: 'peer_median',
      peer: 'district',
    });
    expect(districtMedian.map((x) => [x.org_code, x.weak_count, x.weakest_code])).toEqual([
      ['6940104', null, null],
      ['6940908', 3, '6'],
      ['6940108', 0, null],
      ['6940907', 7, '7'],
    ]);
  });
  it('reads measure completion from the 12-month round, else the 6-month one', async () => {
    const r2566 = await orgs({ fiscal_year: '2566' });
    expect(
      r2566.map((x) => [
        x.org_code,
        x.measure_round,
        x.measures,
        x.measures_completed,
        x.measure_share,
      ]),
    ).toEqual([
      ['6940104', null, null, null, null],
      ['6940908', null, null, null, null],
      ['6940108', '12m', 2, 1, 0.5],
      ['6940907', '12m', 2, 2, 1],
    ]);
    const r2567 = await orgs({ fiscal_year: '2567', compare_year: '2566' });
    expect(
      r2567.map((x) => [x.org_code, x.total, x.change, x.source, x.measure_round, x.measure_share]),
    ).toEqual([
      ['6940108', 95.5, 10.5, 'synthetic', '6m', 0],
      ['6940907', 91.67, 6.68, 'real', '12m', 2 / 3],
      ['6940104', 80, -16, 'real', null, null],
    ]);
  });
  it('filters by district and leaves the change empty without a comparison year', async () => {
    const r = await orgs({ fiscal_year: '2566', district: '9401' });
    expect(r.map((x) => [x.org_code, x.compare_total, x.change])).toEqual([
      ['6940104', null, null],
      ['6940108', null, null],
    ]);
  });
});

describe('province_headline', () => {
  it('summarises FY 2566 against FY 2565 and the nation', async () => {
    const [h] = await rows('province_headline', {
      province: '94',
      fiscal_year: '2566',
      compare_year: '2565',
    });
    expect(h).toEqual({
      orgs: 4,
      passed: 3,
      pass_share: 0.75,
      mean_total: expect.closeTo(88.4975, 9),
      median_total: 86.5,
      real_orgs: 0,
      pass_mark: 85,
      target_share: 1,
      target_mean: 89,
      compare_orgs: 4,
      compare_pass_share: 0.75,
      compare_mean_total: expect.closeTo(90.0025, 9),
      national_orgs: 5,
      national_pass_share: 0.6,
      worst_district_code: '9409',
      worst_district_th: 'ยะหริ่ง',
      worst_district_failed: 1,
      worst_district_orgs: 2,
    });
  });
  it('breaks a tie in failing organisations by the share failing (FY 2568)', async () => {
    const [h] = await rows('province_headline', {
      province: '94',
      fiscal_year: '2568',
      compare_year: '2567',
    });
    expect(h).toMatchObject({
      orgs: 3,
      passed: 1,
      pass_share: 1 / 3,
      mean_total: 80,
      real_orgs: 1,
      compare_orgs: 3,
      compare_pass_share: 2 / 3,
      national_orgs: 4,
      national_pass_share: 0.5,
      // 9401 fails 1 of 2, 9409 fails 1 of 1.
      worst_district_code: '9409',
      worst_district_failed: 1,
      worst_district_orgs: 1,
    });
    expect(h!.compare_mean_total).toBeCloseTo(267.17 / 3, 9);
  });
  it('says so when nothing was assessed or nobody failed', async () => {
    const [none] = await rows('province_headline', {
      province: '94',
      fiscal_year: '2566',
      type: 'pao',
    });
    expect(none).toMatchObject({
      orgs: 0,
      passed: 0,
      pass_share: null,
      compare_orgs: 0,
      worst_district_code: null,
    });
    const [trat] = await rows('province_headline', { province: '23', fiscal_year: '2568' });
    expect(trat).toMatchObject({ orgs: 1, passed: 1, worst_district_code: null });
  });
});

describe('province_orgs with a report that states no round', () => {
  let own: Database;
  beforeAll(async () => {
    own = await openFixtureDatabase();
    await loadFixtureMeasures(own, `${FIXTURE_DIR}/measures-completion.csv`);
    // A real report for 6940104, FY 2566, that names no round (as some real reports do): 1 of 2 completed.
    await own.transaction(async (c) => {
      await c.run(`INSERT INTO report (hash, org_code, fiscal_year, round, file_name, format, parsed_at, parser_version,
          warnings, source)
        VALUES ('report:no-round', '6940104', 2566, NULL, 'no-round.txt', 'txt', TIMESTAMP '2026-01-01', 'fixture', [],
          'report:no-round')`);
      await c.run(`INSERT INTO measure (report_hash, seq, name_th, name_norm, responsible, monitoring_rounds, status,
          category, categories_other, indicators, indicator_source, source)
        SELECT 'report:no-round', seq, name, name, [], [], status, 'other', [], [], 'inferred', 'report:no-round'
        FROM (VALUES (1, 'มาตรการหนึ่ง', 'completed'), (2, 'มาตรการสอง', 'not_started')) v(seq, name, status)`);
    });
  });
  afterAll(() => own.close());

  it('reads completion from it, marked as an unknown round', async () => {
    const r = tableToRows(
      (
        await queryRunner(own).run('province_orgs', {
          province: '94',
          fiscal_year: '2566',
          weak: 'pass_mark',
          peer: 'province',
          lowest_n: String(LOWEST_COUNT),
        })
      ).table,
    );
    expect(r.find((x) => x.org_code === '6940104')).toMatchObject({
      measure_round: 'unknown',
      measures: 2,
      measures_completed: 1,
      measure_share: 0.5,
    });
    // Organisations with a 12-month report still read that round.
    expect(r.find((x) => x.org_code === '6940907')).toMatchObject({ measure_round: '12m' });
  });
});
