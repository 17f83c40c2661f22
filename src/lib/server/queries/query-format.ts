// Serialises an Arrow result table as Arrow IPC, JSON rows or CSV (UTF-8 with BOM so Excel shows Thai).
import { tableToIPC, type Table } from 'apache-arrow';
import { plainValue, tableToRows } from '../../queries/rows';

// Where server code has always found them; the browser imports them from $lib/queries/rows.
export { plainValue, tableToRows };

export type ResultFormat = 'arrow' | 'json' | 'csv';
export const RESULT_FORMATS: readonly ResultFormat[] = ['arrow', 'json', 'csv'];

export const CONTENT_TYPES: Record<ResultFormat, string> = {
  arrow: 'application/vnd.apache.arrow.stream',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

function csvCell(value: unknown): string {
  const v = plainValue(value);
  if (v === null) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const UTF8_BOM = '\uFEFF';

export function rowsToCsv(names: string[], rows: Record<string, unknown>[]): string {
  const lines = [names.map(csvCell).join(',')];
  for (const r of rows) lines.push(names.map((n) => csvCell(r[n])).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

export function serialise(table: Table, format: ResultFormat): Uint8Array | string {
  switch (format) {
    case 'arrow':
      return tableToIPC(table, 'stream');
    case 'json':
      return JSON.stringify(tableToRows(table));
    case 'csv':
      return rowsToCsv(
        table.schema.fields.map((f) => f.name),
        tableToRows(table),
      );
  }
}
