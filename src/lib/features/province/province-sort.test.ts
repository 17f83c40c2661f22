// The province table's sort: URL form, toggling, and missing values last in both directions.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, parseSort, sortParam, sortRows } from './province-sort';
import type { ProvinceOrgRow } from './province-rows';

const row = (
  org_code: string,
  name: string,
  total: number,
  change: number | null,
): ProvinceOrgRow => ({
  org_code,
  short_name_th: name,
  district_code: '9409',
  district_th: 'ยะหริ่ง',
  type: 'sao',
  total,
  level: 'ผ่าน',
  level_en: 'Pass',
  passed: total >= 85,
  source: 'synthetic',
  compare_total: change === null ? null : total - change,
  change,
  weak_count: null,
  weakest_code: null,
  weakest_name_th: null,
  weakest_name_en: null,
  weakest_value: null,
  measure_round: null,
  measures: null,
  measures_completed: null,
  measure_share: null,
});
const rows = [
  row('6940907', 'อบต.จะรัง', 84.99, -10),
  row('6940908', 'อบต.ตะโละ', 88, 2.97),
  row('6940104', 'อบต.บาราเฮาะ', 96, null),
  row('6940108', 'อบต.ตะลุโบะ', 85, -10),
];
const codes = (r: ProvinceOrgRow[]) => r.map((x) => x.org_code);

describe('province table sort', () => {
  it('reads and writes the URL form, defaulting to highest total first', () => {
    expect(parseSort(null)).toEqual(DEFAULT_SORT);
    expect(parseSort('-change')).toEqual({ key: 'change', desc: true });
    expect(parseSort('name')).toEqual({ key: 'name', desc: false });
    expect(parseSort('bogus')).toEqual(DEFAULT_SORT);
    expect(sortParam(DEFAULT_SORT)).toBeNull();
    expect(sortParam({ key: 'change', desc: false })).toBe('change');
  });
  it('flips the direction of the same column and starts names ascending', () => {
    expect(nextSort(DEFAULT_SORT, 'total')).toEqual({ key: 'total', desc: false });
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', desc: false });
  });
  it('sorts by total, by change with the missing change last either way, ties by total', () => {
    expect(codes(sortRows(rows, DEFAULT_SORT))).toEqual([
      '6940104',
      '6940908',
      '6940108',
      '6940907',
    ]);
    expect(codes(sortRows(rows, { key: 'change', desc: false }))).toEqual([
      '6940108',
      '6940907',
      '6940908',
      '6940104',
    ]);
    expect(codes(sortRows(rows, { key: 'change', desc: true }))).toEqual([
      '6940908',
      '6940108',
      '6940907',
      '6940104',
    ]);
  });
  it('sorts Thai names in Thai order (leading vowels are not first letters)', () => {
    // ตะลุโบะ, ตะโละ, จะรัง, บาราเฮาะ: จ < ต < บ; ตะลุ before ตะโล ignoring the leading vowel โ.
    expect(codes(sortRows(rows, { key: 'name', desc: false }))).toEqual([
      '6940907',
      '6940108',
      '6940908',
      '6940104',
    ]);
  });
});
