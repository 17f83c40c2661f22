// Fills `{result.column}` in notebook text with the value of that column in the result's first row, formatted the
// Thai way by the column's kind (the same formatCell as every chart table).
import type { ViewContext } from '../chart-view';
import { formatCell } from '../view-text';
import type { ResultColumn } from './notebook-types';

type Results = Record<
  string,
  { columns?: ResultColumn[]; rows?: Record<string, unknown>[]; error?: string }
>;

const PLACE = /\{([a-z][a-z0-9_]*)\.([A-Za-z_][\w]*)\}/g;

/** The text with each {result.column} replaced; an unknown or failed result is marked in place, not hidden. */
export function fillValues(text: string, results: Results, ctx: Pick<ViewContext, 'lang'>): string {
  return text.replace(PLACE, (whole, name: string, column: string) => {
    const r = results[name];
    if (!r) return `[${name}.${column}: no result '${name}' / ไม่มีผลลัพธ์ '${name}']`;
    if (r.error || !r.columns || !r.rows) return `[${name}.${column}: –]`;
    const col = r.columns.find((c) => c.name === column);
    if (!col) return `[${name}.${column}: no column '${column}' / ไม่มีคอลัมน์ '${column}']`;
    const row = r.rows[0];
    return row ? formatCell({ key: column, label: column, kind: col.kind }, row[column], ctx) : '–';
  });
}
