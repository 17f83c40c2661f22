// Turns an Arrow result table into plain row objects, typed by query name: the same on the server and in the browser.
import { DataType, type Table } from 'apache-arrow';
import type { QueryName, QueryRows } from './types';

declare const rowType: unique symbol;

/**
 * An Arrow table that remembers, in its type only, the row objects it holds: what the runner returns for a named query,
 * so that tableToRows gives that query's rows without a cast.
 */
export type RowsTable<R> = Table & { readonly [rowType]?: R };

/** The table of a named query's result. */
export type QueryTable<N extends QueryName> = RowsTable<QueryRows[N]>;

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

/** The table's rows as plain objects; a named query's table gives its generated row type. */
export function tableToRows<R = Record<string, unknown>>(table: RowsTable<R>): R[] {
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
  // The rows are what the query's header declares: query-types.test.ts checks every query's Arrow schema against it.
  return rows as R[];
}
