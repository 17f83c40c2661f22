// Organisation type as a scope in the named queries: org_scores' type column and filter, the province table's type,
// counts per type, and peer groups of the same type, on a small hand-made set of DLA-coded organisations.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOWEST_COUNT } from '../../ita/weak';
import type { Database } from '../db/database';
import { loadFixtureScores } from '../db/fixture-db';
import { openDatabase } from '../db/database';
import { tableToRows } from './query-format';
import { QueryParamError } from './query-params';
import { queryRunner, type QueryRunner } from './query-runner';

// FY 2566 totals, codes and types from data/registry/dla-lao-registry.csv. ปัตตานี (94): four อบต., three เทศบาลตำบล,
// เทศบาลเมืองปัตตานี and อบจ.ปัตตานี; elsewhere: เมืองพัทยา (ชลบุรี), เทศบาลนครสมุทรปราการ, and an อบต. and a
// เทศบาลตำบล named เขาสมิง in ตราด.
const TOTALS: [code: string, total: number][] = [
  ['6940907', 84.99], // อบต.จะรัง, ยะหริ่ง (9409)
  ['6940908', 90.0], // อบต.ตะโละ, ยะหริ่ง
  ['6940108', 88.0], // อบต.ตะลุโบะ, เมืองปัตตานี (9401)
  ['6940104', 70.0], // อบต.บาราเฮาะ, เมืองปัตตานี
  ['5940903', 86.0], // ทต.ยะหริ่ง, ยะหริ่ง
  ['5940902', 91.0], // ทต.บางปู, ยะหริ่ง
  ['5940103', 79.5], // ทต.รูสะมิแล, เมืองปัตตานี
  ['4940102', 93.0], // ทม.ปัตตานี, เมืองปัตตานี
  ['2940101', 95.5], // อบจ.ปัตตานี, เมืองปัตตานี
  ['3200408', 89.0], // เมืองพัทยา, ชลบุรี (20)
  ['3110102', 88.0], // ทน.สมุทรปราการ (11)
  ['6230303', 50.0], // อบต.เขาสมิง, ตราด (23)
  ['5230301', 97.0], // ทต.เขาสมิง, ตราด
];

// Indicator 1-10 profiles in FY 2566 (the profile year of org_similar when there is none the year before). ทต.ยะหริ่ง,
// ทต.บางปู and four organisations of other types share profile P; ทต.รูสะมิแล has Q. So the organisations nearest to
// ทต.ยะหริ่ง are at distance 0 in every type, and only its own type may be chosen.
const P = [90, 90, 90, 90, 90, 80, 80, 80, 70, 70];
const Q = [80, 80, 80, 80, 80, 90, 90, 90, 100, 100];
const PROFILES: [code: string, values: number[]][] = [
  ['5940903', P],
  ['5940902', P],
  ['5940103', Q],
  ['6940907', P],
  ['4940102', P],
  ['2940101', P],
  ['6940908', Array(10).fill(85)],
];

let db: Database;
let runner: QueryRunner;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'type-scope-'));
  const lines = ['org_code,fiscal_year,code,value,source,superseded'];
  for (const [code, total] of TOTALS) lines.push(`${code},2566,TOTAL,${total},synthetic,false`);
  for (const [code, values] of PROFILES)
    values.forEach((v, i) => lines.push(`${code},2566,${i + 1},${v},synthetic,false`));
  const file = path.join(dir, 'scores.csv');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, file);
  runner = queryRunner(db);
});
afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function rows(name: string, params: Record<string, string> = {}) {
  return tableToRows((await runner.run(name, params)).table);
}

describe('org_scores', () => {
  it('keeps its columns in their order and adds type last', async () => {
    const r = await runner.run('org_scores', { fiscal_year: '2566' });
    expect(r.table.schema.fields.map((f) => f.name)).toEqual([
      'org_code',
      'name_th',
      'district_th',
      'province_th',
      'total',
      'level',
      'passed',
      'source',
      'type',
    ]);
  });
  it('returns every type without a type parameter', async () => {
    const r = await rows('org_scores', { fiscal_year: '2566' });
    expect(r.map((x) => [x.org_code, x.type])).toEqual([
      ['2940101', 'pao'],
      ['3110102', 'city_municipality'],
      ['3200408', 'special'],
      ['4940102', 'town_municipality'],
      ['5230301', 'subdistrict_municipality'],
      ['5940103', 'subdistrict_municipality'],
      ['5940902', 'subdistrict_municipality'],
      ['5940903', 'subdistrict_municipality'],
      ['6230303', 'sao'],
      ['6940104', 'sao'],
      ['6940108', 'sao'],
      ['6940907', 'sao'],
      ['6940908', 'sao'],
    ]);
    expect(r.find((x) => x.org_code === '3200408')).toMatchObject({
      name_th: 'เมืองพัทยา',
      province_th: 'ชลบุรี',
      total: 89,
      passed: true,
    });
  });
  it.each([
    ['sao', ['6230303', '6940104', '6940108', '6940907', '6940908']],
    ['subdistrict_municipality', ['5230301', '5940103', '5940902', '5940903']],
    ['town_municipality', ['4940102']],
    ['city_municipality', ['3110102']],
    ['pao', ['2940101']],
    ['special', ['3200408']],
  ])('filters on type=%s', async (type, codes) => {
    const r = await rows('org_scores', { fiscal_year: '2566', type });
    expect(r.map((x) => x.org_code)).toEqual(codes);
    expect(new Set(r.map((x) => x.type))).toEqual(new Set([type]));
  });
  it('rejects a type it does not know, naming the parameter', async () => {
    const err = await runner
      .run('org_scores', { fiscal_year: '2566', type: 'all' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(QueryParamError);
    expect(err.param).toBe('type');
    expect(err.message).toContain('must be one of sao, subdistrict_municipality');
  });
});

const provinceOrgs = (params: Record<string, string>) =>
  rows('province_orgs', {
    province: '94',
    fiscal_year: '2566',
    weak: 'pass_mark',
    peer: 'province',
    lowest_n: String(LOWEST_COUNT),
    ...params,
  });

describe('province_orgs', () => {
  it('mixes every type of the province when no type is given, each row naming its type', async () => {
    const r = await provinceOrgs({});
    expect(r.map((x) => [x.org_code, x.short_name_th, x.type, x.total])).toEqual([
      ['2940101', 'อบจ.ปัตตานี', 'pao', 95.5],
      ['4940102', 'ทม.ปัตตานี', 'town_municipality', 93],
      ['5940902', 'ทต.บางปู', 'subdistrict_municipality', 91],
      ['6940908', 'อบต.ตะโละ', 'sao', 90],
      ['6940108', 'อบต.ตะลุโบะ', 'sao', 88],
      ['5940903', 'ทต.ยะหริ่ง', 'subdistrict_municipality', 86],
      ['6940907', 'อบต.จะรัง', 'sao', 84.99],
      ['5940103', 'ทต.รูสะมิแล', 'subdistrict_municipality', 79.5],
      ['6940104', 'อบต.บาราเฮาะ', 'sao', 70],
    ]);
  });
  it('keeps one type when asked, with the district filter', async () => {
    expect((await provinceOrgs({ type: 'sao' })).map((x) => x.org_code)).toEqual([
      '6940908',
      '6940108',
      '6940907',
      '6940104',
    ]);
    expect(
      (await provinceOrgs({ type: 'subdistrict_municipality', district: '9409' })).map(
        (x) => x.org_code,
      ),
    ).toEqual(['5940902', '5940903']);
  });
});

describe('type_counts', () => {
  it('counts the registry per type nationally: the DLA counts', async () => {
    const r = await rows('type_counts');
    expect(Object.fromEntries(r.map((x) => [x.type, [x.registered, x.scored]]))).toEqual({
      sao: [5300, 0],
      subdistrict_municipality: [2247, 0],
      town_municipality: [195, 0],
      city_municipality: [30, 0],
      pao: [76, 0],
      special: [1, 0],
    });
  });
  it('counts who has scores in the year, nationally and in a province or district', async () => {
    const nation = await rows('type_counts', { fiscal_year: '2566' });
    expect(Object.fromEntries(nation.map((x) => [x.type, x.scored]))).toEqual({
      sao: 5,
      subdistrict_municipality: 4,
      town_municipality: 1,
      city_municipality: 1,
      pao: 1,
      special: 1,
    });
    // ปัตตานี has 96 อบต., 15 เทศบาลตำบล, 2 เทศบาลเมือง and its อบจ. in the registry.
    const province = await rows('type_counts', { fiscal_year: '2566', province: '94' });
    expect(province.map((x) => [x.type, x.registered, x.scored, x.real])).toEqual([
      ['pao', 1, 1, 0],
      ['sao', 96, 4, 0],
      ['subdistrict_municipality', 15, 3, 0],
      ['town_municipality', 2, 1, 0],
    ]);
    // ยะหริ่ง: 14 อบต. and 4 เทศบาลตำบล.
    const district = await rows('type_counts', { fiscal_year: '2566', district: '9409' });
    expect(district.map((x) => [x.type, x.registered, x.scored])).toEqual([
      ['sao', 14, 2],
      ['subdistrict_municipality', 4, 2],
    ]);
  });
});

describe('year_summary by type', () => {
  it('summarises one type, or every type without the parameter', async () => {
    const sub = await rows('year_summary', { type: 'subdistrict_municipality' });
    // 86, 91, 79.5 and 97: three at 85 or more.
    expect(sub.map((x) => [x.fiscal_year, x.orgs, x.passed])).toEqual([[2566, 4, 3]]);
    // ปัตตานี, every type: 95.5, 93, 91, 90, 88 and 86 pass; 84.99, 79.5 and 70 do not.
    const all = await rows('year_summary', { province: '94' });
    expect(all.map((x) => [x.orgs, x.passed])).toEqual([[9, 6]]);
  });
});

describe('peer groups of the same type', () => {
  it('org_similar picks only organisations of the same type', async () => {
    const r = await rows('org_similar', { code: '5940903', fiscal_year: '2566' });
    // อบต.จะรัง, ทม.ปัตตานี and อบจ.ปัตตานี have the same profile but are other types.
    expect(r.map((x) => [x.similar_rank, x.org_code])).toEqual([
      [1, '5940902'],
      [2, '5940103'],
    ]);
    expect(r[0]!.distance).toBe(0);
    expect(r[1]!.distance).toBeGreaterThan(0);
  });
  it.each(['type', 'similar'])(
    'org_indicator_benchmark with peer=%s compares with the other เทศบาลตำบล only',
    async (peer) => {
      const r = await rows('org_indicator_benchmark', {
        code: '5940903',
        fiscal_year: '2566',
        peer,
      });
      // Indicator 1: peers 90 (บางปู) and 80 (รูสะมิแล); indicator 9: 70 and 100, and the organisation's 70 is second.
      expect(
        r
          .filter((x) => x.code === '1' || x.code === '9')
          .map((x) => [
            x.code,
            x.value,
            x.peers,
            x.peer_min,
            x.peer_median,
            x.peer_max,
            x.peer_rank,
          ]),
      ).toEqual([
        ['1', 90, 2, 80, 85, 90, 1],
        ['9', 70, 2, 70, 85, 100, 2],
      ]);
    },
  );
  it('org_rank ranks within the type nationally', async () => {
    const [r] = await rows('org_rank', { code: '5940903', fiscal_year: '2566' });
    // เทศบาลตำบล: 97 (เขาสมิง), 91 (บางปู), 86 (ยะหริ่ง), 79.5.
    expect(r).toMatchObject({ type_rank: 3, type_orgs: 4 });
  });
});

describe('org_rank', () => {
  it('ranks an organisation among its own type in its district, province and nationwide', async () => {
    // อบต.จะรัง 84.99: in ยะหริ่ง the other อบต. is ตะโละ (90.00), the เทศบาลตำบล (86.00, 91.00) are not counted; in
    // ปัตตานี the อบต. are 90.00, 88.00, 84.99, 70.00; nationwide the five อบต. add เขาสมิง (50.00).
    const [r] = await rows('org_rank', { code: '6940907', fiscal_year: '2566' });
    expect(r).toMatchObject({
      total: 84.99,
      district_rank: 2,
      district_orgs: 2,
      province_rank: 3,
      province_orgs: 4,
      type_rank: 3,
      type_orgs: 5,
    });
  });
});
