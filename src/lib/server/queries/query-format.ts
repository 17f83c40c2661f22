// Serialises an Arrow result table as Arrow IPC, JSON rows or CSV (UTF-8 with BOM so Excel shows Thai).
import { tableToIPC, type Table } from 'apache-arrow';
import { plainValue, tableToRows } from '../../queries/rows';
import { rowsToCsv } from '../export/csv';

// Where server code has always found them; the browser imports them from $lib/queries/rows.
export { plainValue, tableToRows };

export type ResultFormat = 'arrow' | 'json' | 'csv';
export const RESULT_FORMATS: readonly ResultFormat[] = ['arrow', 'json', 'csv'];

export const CONTENT_TYPES: Record<ResultFormat, string> = {
  arrow: 'application/vnd.apache.arrow.stream',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

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
