// Serialises an Arrow result table as Arrow IPC, JSON rows or CSV (UTF-8 with BOM so Excel shows Thai).
import { DataType, tableToIPC, type Table } from 'apache-arrow';
import { rowsToCsv } from '../export/csv';

export type ResultFormat = 'arrow' | 'json' | 'csv';
export const RESULT_FORMATS: readonly ResultFormat[] = ['arrow', 'json', 'csv'];

export const CONTENT_TYPES: Record<ResultFormat, string> = {
  arrow: 'application/vnd.apache.arrow.stream',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** A cell as plain JSON: bigints to numbers, dates to ISO strings, Arrow lists to arrays. */
export function plainValue(value: unknown, type?: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  // apache-arrow gives dates and timestamps as epoch milliseconds.
  if (type && DataType.isDate(type)) return new Date(Number(value)).toISOString().slice(0, 10);
  if (type && DataType.isTimestamp(type)) return new Date(Number(value)).toISOString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && Symbol.iterator in value) {
    // Iterate rather than toArray(): a typed array would turn null list items into 0.
    const child = type && DataType.isList(type) ? type.children[0]?.type : undefined;
    return Array.from(value as Iterable<unknown>, (v) => plainValue(v, child));
  }
  return value;
}

export function tableToRows(table: Table): Record<string, unknown>[] {
  const fields = table.schema.fields;
  const names = fields.map((f) => f.name);
  const cols = names.map((n) => table.getChild(n)!);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    names.forEach((n, j) => {
      row[n] = plainValue(cols[j]!.get(i), fields[j]!.type);
    });
    rows.push(row);
  }
  return rows;
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
