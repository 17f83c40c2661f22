// Inserts many rows into one table with a single statement: each column is bound as one list and unnested in step.
import {
  LIST,
  listValue,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';

/** One column to fill: its name, the DuckDB type of its values, and an optional SQL cast (TIMESTAMP, DATE from text). */
export interface InsertColumn {
  name: string;
  type: DuckDBType;
  cast?: 'TIMESTAMP' | 'DATE';
}

/**
 * INSERT INTO table (columns) SELECT unnest($c0), unnest($c1), …: DuckDB unnests lists in one SELECT side by side,
 * so row i takes element i of every list. One statement for any number of rows instead of one per row; a statement
 * costs 1-3 ms of round trip and planning here, far more than the row itself. Values of list columns are arrays.
 */
export async function insertRows(
  conn: DuckDBConnection,
  table: string,
  columns: readonly InsertColumn[],
  rows: readonly (readonly DuckDBValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const select = columns.map((c, i) => `unnest($c${i})${c.cast ? `::${c.cast}` : ''}`);
  const params: Record<string, DuckDBValue> = {};
  const types: Record<string, DuckDBType> = {};
  columns.forEach((c, i) => {
    params[`c${i}`] = listValue(rows.map((r) => r[i] ?? null));
    types[`c${i}`] = LIST(c.type);
  });
  await conn.run(
    `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) SELECT ${select.join(', ')}`,
    params,
    types,
  );
}
