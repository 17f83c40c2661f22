// The heatmap's cells regrouped for its text summary and its "show as table" view (one row per organisation or province).
import type { HeatmapCell } from '../../charts/indicator-heatmap';

/** How many cells are weak, and the column weak in the most rows. */
export function weakCounts(cells: HeatmapCell[]): {
  weak: number;
  top: { code: string; rows: number } | null;
} {
  const perCode = new Map<string, number>();
  let weak = 0;
  for (const c of cells) {
    if (!c.weak) continue;
    weak++;
    perCode.set(c.code, (perCode.get(c.code) ?? 0) + 1);
  }
  let top: { code: string; rows: number } | null = null;
  for (const [code, rows] of perCode) if (!top || rows > top.rows) top = { code, rows };
  return { weak, top };
}

export type WideRow = {
  row_code: string;
  row_name: string;
  district_th: string | null;
  /** Each column's cell, by code. */
  [code: string]: HeatmapCell | string | null;
};

/** One row per organisation or province, in the given order, with each column's cell under its code. */
export function wideRows(cells: HeatmapCell[], order: string[]): WideRow[] {
  const rows = new Map<string, WideRow>();
  for (const c of cells) {
    const row = rows.get(c.row_code) ?? {
      row_code: c.row_code,
      row_name: c.row_name,
      district_th: c.district_th,
    };
    row[c.code] = c;
    rows.set(c.row_code, row);
  }
  return order.flatMap((code) => rows.get(code) ?? []);
}
