// The measure queries on the hand-made fixture (data/fixtures/README.md, "db/measures-completion.csv"): shares worked out on paper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { FIXTURE_DIR, loadFixtureMeasures, openFixtureDatabase } from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures-completion.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

async function rows(name: string, params: Record<string, string> = {}) {
  return tableToRows((await runner.run(name, params)).table);
}

describe('measure_completion_trend', () => {
  it('gives per year and round the counts and share completed in province 94', async () => {
    const r = await rows('measure_completion_trend', { province: '94' });
    expect(
      r.map((x) => [
        x.fiscal_year,
        x.round,
        x.orgs,
        x.measures,
        x.completed,
        x.in_progress,
        x.not_started,
        x.unknown,
        x.real_measures,
        x.synthetic_measures,
      ]),
    ).toEqual([
      [2566, '6m', 2, 4, 1, 1, 2, 0, 0, 4],
      [2566, '12m', 2, 4, 3, 1, 0, 0, 0, 4],
      // 6940907's real report hides its synthetic measures: 3 real + 2 (6940908) + 2 (6940108).
      [2567, '6m', 3, 7, 2, 2, 3, 0, 3, 4],
      // 6940108 has no 12-month report; 6940908's second measure has an unreadable status.
      [2567, '12m', 2, 5, 3, 0, 1, 1, 3, 2],
    ]);
    expect(r.map((x) => x.completion_share)).toEqual([0.25, 0.75, 2 / 7, 0.75]);
  });
  it('leaves measures of unknown status out of the share, nationally and by district', async () => {
    const nation = await rows('measure_completion_trend');
    expect(nation.map((x) => [x.fiscal_year, x.round, x.measures, x.completion_share])).toEqual([
      [2566, '6m', 5, 0.4],
      [2566, '12m', 5, 0.8],
      [2567, '6m', 8, 0.375],
      // 6230303's measure that could not be done counts against the share; 6940908's unreadable one does not.
      [2567, '12m', 7, 4 / 6],
    ]);
    const district = await rows('measure_completion_trend', { district: '9409' });
    expect(district.map((x) => [x.fiscal_year, x.round, x.measures, x.completion_share])).toEqual([
      [2566, '6m', 2, 0.5],
      [2566, '12m', 2, 1],
      [2567, '6m', 5, 0.4],
      [2567, '12m', 5, 0.75],
    ]);
  });
  it('returns nothing for a type with no organisations', async () => {
    expect(await rows('measure_completion_trend', { type: 'pao' })).toEqual([]);
  });
});

describe('measure_completion_by_category', () => {
  it('splits FY 2567 in province 94 by main category and round', async () => {
    const r = await rows('measure_completion_by_category', { fiscal_year: '2567', province: '94' });
    expect(
      r.map((x) => [x.category, x.round, x.measures, x.completed, x.unknown, x.completion_share]),
    ).toEqual([
      ['anti_bribery', '6m', 2, 1, 0, 0.5],
      ['anti_bribery', '12m', 1, 1, 0, 1],
      ['complaints', '6m', 1, 0, 0, 0],
      ['complaints', '12m', 1, 0, 0, 0],
      ['discretion_review', '6m', 1, 0, 0, 0],
      ['public_disclosure', '6m', 2, 1, 0, 0.5],
      ['public_disclosure', '12m', 2, 1, 1, 1],
      ['stakeholder_participation', '6m', 1, 0, 0, 0],
      ['stakeholder_participation', '12m', 1, 1, 0, 1],
    ]);
    expect(r.find((x) => x.category === 'public_disclosure')).toMatchObject({
      orgs: 2,
      real_measures: 1,
    });
  });
});

describe('measure_completion_by_indicator', () => {
  it('counts a measure once per top-level indicator it targets (9 and 9.1 are one)', async () => {
    const r = await rows('measure_completion_by_indicator', {
      fiscal_year: '2567',
      province: '94',
    });
    expect(
      r.map((x) => [x.indicator, x.round, x.measures, x.completed, x.completion_share]),
    ).toEqual([
      ['1', '6m', 2, 1, 0.5],
      ['1', '12m', 1, 1, 1],
      ['3', '6m', 1, 0, 0],
      ['5', '6m', 1, 0, 0],
      ['5', '12m', 1, 0, 0],
      ['7', '6m', 2, 1, 0.5],
      ['7', '12m', 2, 1, 1],
      ['8', '6m', 1, 0, 0],
      ['8', '12m', 1, 1, 1],
      ['9', '6m', 4, 1, 0.25],
      ['9', '12m', 4, 2, 2 / 3],
      ['10', '6m', 2, 1, 0.5],
      ['10', '12m', 1, 1, 1],
    ]);
    expect(r[0]).toMatchObject({ name_th: 'การปฏิบัติหน้าที่', name_en: 'Performance of duty' });
  });
});

describe('measure_lowest_orgs', () => {
  it('ranks the organisations of province 94 by the share completed at 6 months', async () => {
    const r = await rows('measure_lowest_orgs', {
      fiscal_year: '2567',
      round: '6m',
      province: '94',
    });
    expect(
      r.map((x) => [x.org_code, x.measures, x.completed, x.not_completed, x.completion_share]),
    ).toEqual([
      ['6940108', 2, 0, 2, 0],
      ['6940907', 3, 1, 2, 1 / 3],
      ['6940908', 2, 1, 1, 0.5],
    ]);
    expect(r.map((x) => x.source)).toEqual(['synthetic', 'real', 'synthetic']);
    expect(r.every((x) => x.orgs_in_round === 3)).toBe(true);
    expect(r[0]).toMatchObject({ short_name_th: 'อบต.ตะลุโบะ', district_th: 'เมืองปัตตานี' });
  });
  it('reads only the chosen round and honours the limit', async () => {
    const r = await rows('measure_lowest_orgs', {
      fiscal_year: '2567',
      round: '12m',
      province: '94',
    });
    expect(r.map((x) => [x.org_code, x.unknown, x.completion_share])).toEqual([
      ['6940907', 0, 2 / 3],
      ['6940908', 1, 1],
    ]);
    const one = await rows('measure_lowest_orgs', { fiscal_year: '2567', round: '6m', limit: '1' });
    expect(one.map((x) => x.org_code)).toEqual(['6940108']);
  });
});

describe('measure_table', () => {
  const base = { fiscal_year: '2567', province: '94' };
  const keys = (r: Record<string, unknown>[]) => r.map((x) => `${x.org_code}#${x.seq}`);

  it('lists one row per measure with its status in each round', async () => {
    const r = await rows('measure_table', base);
    expect(
      r.map((x) => [x.org_code, x.seq, x.status_6m, x.status_12m, x.latest_round, x.latest_status]),
    ).toEqual([
      ['6940108', 1, 'not_started', null, '6m', 'not_started'],
      ['6940108', 2, 'in_progress', null, '6m', 'in_progress'],
      ['6940907', 1, 'completed', 'completed', '12m', 'completed'],
      ['6940907', 2, 'in_progress', 'completed', '12m', 'completed'],
      ['6940907', 3, 'not_started', 'not_started', '12m', 'not_started'],
      ['6940908', 1, 'completed', 'completed', '12m', 'completed'],
      ['6940908', 2, 'not_started', 'unknown', '12m', 'unknown'],
    ]);
    expect(r.every((x) => x.total_rows === 7)).toBe(true);
    expect(r[2]).toMatchObject({
      name_th: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
      category: 'public_disclosure',
      indicators: ['9', '9.1', '7'],
      source: 'report:fixture-r2',
      file_name: 'fixture-6940907.txt',
      other_rounds: null,
    });
    expect(r[0]).toMatchObject({ source: 'synthetic', file_name: null });
  });
  it('filters by status in the latest round, or in a chosen round', async () => {
    expect(keys(await rows('measure_table', { ...base, status: 'completed' }))).toEqual([
      '6940907#1',
      '6940907#2',
      '6940908#1',
    ]);
    expect(
      keys(await rows('measure_table', { ...base, status: 'completed', round: '6m' })),
    ).toEqual(['6940907#1', '6940908#1']);
    expect(
      keys(await rows('measure_table', { ...base, status: 'not_started', round: '12m' })),
    ).toEqual(['6940907#3']);
    expect(keys(await rows('measure_table', { ...base, round: '12m' }))).toHaveLength(5);
    expect(keys(await rows('measure_table', { ...base, status: 'unknown' }))).toEqual([
      '6940908#2',
    ]);
  });
  it('filters by category and by targeted indicator', async () => {
    expect(keys(await rows('measure_table', { ...base, category: 'anti_bribery' }))).toEqual([
      '6940108#2',
      '6940908#1',
    ]);
    expect(keys(await rows('measure_table', { ...base, indicator: '9' }))).toEqual([
      '6940907#1',
      '6940907#2',
      '6940907#3',
      '6940908#2',
    ]);
    expect(keys(await rows('measure_table', { ...base, indicator: '1' }))).toEqual([
      '6940108#2',
      '6940908#1',
    ]);
  });
  it('keeps only the measures read from real reports, or only the synthetic ones', async () => {
    expect(keys(await rows('measure_table', { ...base, source: 'real' }))).toEqual([
      '6940907#1',
      '6940907#2',
      '6940907#3',
    ]);
    expect(keys(await rows('measure_table', { ...base, source: 'synthetic' }))).toEqual([
      '6940108#1',
      '6940108#2',
      '6940908#1',
      '6940908#2',
    ]);
  });
  it('pages with LIMIT/OFFSET and keeps the total', async () => {
    const page2 = await rows('measure_table', { ...base, limit: '2', offset: '2' });
    expect(keys(page2)).toEqual(['6940907#1', '6940907#2']);
    expect(page2.map((x) => x.total_rows)).toEqual([7, 7]);
    expect(await rows('measure_table', { ...base, offset: '10' })).toEqual([]);
  });
});

describe('not_possible (ไม่สามารถดำเนินการได้): counted apart, and as not completed', () => {
  // One measure of 6230303 (ตราด), FY 2567 12m: anti_bribery, not_possible for want of budget.
  it('has its own count in the trend, out of unknown, inside the share', async () => {
    const r = (await rows('measure_completion_trend')).filter((x) => x.fiscal_year === 2567);
    expect(
      r.map((x) => [x.round, x.completed, x.in_progress, x.not_started, x.not_possible, x.unknown]),
    ).toEqual([
      ['6m', 3, 2, 3, 0, 0],
      ['12m', 4, 0, 1, 1, 1],
    ]);
    // Province 94 has none.
    const p94 = await rows('measure_completion_trend', { province: '94' });
    expect(p94.map((x) => x.not_possible)).toEqual([0, 0, 0, 0]);
  });
  it('counts it per category and indicator as known but not completed', async () => {
    const cat = await rows('measure_completion_by_category', { fiscal_year: '2567' });
    expect(
      cat
        .filter((x) => x.category === 'anti_bribery' && x.round === '12m')
        .map((x) => [x.measures, x.completed, x.not_possible, x.unknown, x.completion_share]),
    ).toEqual([[2, 1, 1, 0, 0.5]]);
    const ind = await rows('measure_completion_by_indicator', { fiscal_year: '2567' });
    expect(
      ind
        .filter((x) => x.indicator === '10' && x.round === '12m')
        .map((x) => [x.measures, x.completed, x.unknown, x.completion_share]),
    ).toEqual([[2, 1, 0, 0.5]]);
  });
  it('puts the organisation among the lowest completion with its not_possible count', async () => {
    const r = await rows('measure_lowest_orgs', { fiscal_year: '2567', round: '12m' });
    expect(
      r.map((x) => [
        x.org_code,
        x.measures,
        x.completed,
        x.not_completed,
        x.not_possible,
        x.completion_share,
      ]),
    ).toEqual([
      ['6230303', 2, 1, 1, 1, 0.5],
      ['6940907', 3, 2, 1, 0, 2 / 3],
      ['6940908', 2, 1, 0, 0, 1],
    ]);
  });
  it('filters the measure table by it and gives the reason', async () => {
    const r = await rows('measure_table', { fiscal_year: '2567', status: 'not_possible' });
    expect(
      r.map((x) => [
        x.org_code,
        x.seq,
        x.status_6m,
        x.status_12m,
        x.latest_status,
        x.reason_kind,
        x.reason_text,
      ]),
    ).toEqual([
      ['6230303', 2, null, 'not_possible', 'not_possible', 'no_budget', 'ไม่ได้รับการจัดสรรงบประมาณ'],
    ]);
    const done = await rows('measure_table', { fiscal_year: '2567', province: '94' });
    expect(done.every((x) => x.reason_kind === null && x.reason_text === null)).toBe(true);
  });
  it('counts it on the organisation page, with the share over all measures of the round', async () => {
    const r = await rows('org_measure_completion', { code: '6230303' });
    expect(
      r.map((x) => [
        x.fiscal_year,
        x.round,
        x.measures,
        x.completed,
        x.in_progress,
        x.not_started,
        x.not_possible,
        x.unknown,
        x.completed_share,
      ]),
    ).toEqual([
      [2566, '6m', 1, 1, 0, 0, 0, 0, 1],
      [2566, '12m', 1, 1, 0, 0, 0, 0, 1],
      [2567, '6m', 1, 1, 0, 0, 0, 0, 1],
      [2567, '12m', 2, 1, 0, 0, 1, 0, 0.5],
    ]);
    const m = await rows('org_measures', { code: '6230303', fiscal_year: '2567' });
    expect(m.map((x) => [x.seq, x.status_6m, x.status_12m, x.reason_kind, x.reason_text])).toEqual([
      [1, 'completed', 'completed', null, null],
      [2, null, 'not_possible', 'no_budget', 'ไม่ได้รับการจัดสรรงบประมาณ'],
    ]);
  });
});
