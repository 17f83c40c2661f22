import { describe, expect, it } from 'vitest';
import type { HeatmapCell } from '../../charts/indicator-heatmap';
import { weakCounts, wideRows } from './heatmap-table';

const cell = (row: string, code: string, value: number, weak: boolean): HeatmapCell => ({
  row_kind: 'org',
  row_code: row,
  row_name: `อบต.${row}`,
  district_th: 'ยะหริ่ง',
  code,
  sort_key: 0,
  value,
  weak,
  weak_share: weak ? 1 : 0,
  orgs: 1,
  synthetic_orgs: 1,
});
const cells = [
  cell('a', 'TOTAL', 80, true),
  cell('a', '7', 70, true),
  cell('b', 'TOTAL', 90, false),
  cell('b', '7', 84, true),
  cell('b', '9', 95, false),
];

describe('heatmap table', () => {
  it('counts weak cells and finds the column weak in most rows', () => {
    expect(weakCounts(cells)).toEqual({ weak: 3, top: { code: '7', rows: 2 } });
    expect(weakCounts([cell('a', '1', 90, false)])).toEqual({ weak: 0, top: null });
  });
  it('puts one row per organisation in the given order', () => {
    const rows = wideRows(cells, ['b', 'a']);
    expect(rows.map((r) => r.row_code)).toEqual(['b', 'a']);
    expect((rows[0]!['9'] as HeatmapCell).value).toBe(95);
    expect(rows[1]!['9']).toBeUndefined();
  });
});
