// Fast bulk staging for the demo loader: rows go into a temp table through DuckDB data chunks, text through a dictionary.
import { DOUBLE, DuckDBDataChunk, INTEGER, type DuckDBConnection } from '@duckdb/node-api';

export type StagedType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';
export interface StagedColumn {
  name: string;
  type: StagedType;
}
export type Cell = string | number | null;

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/**
 * Creates a temp view `name` with the given columns, filled by `write`, which calls `row(cells)` once per row.
 *
 * Why not a plain appender: per-value appends of Thai text cross into native code once per cell, and the
 * demo's 700,000 measure rows made that the slowest step by far. Numbers written into a data chunk cost a
 * typed-array store, and the repeated texts (names, statuses, report hashes) become integer ids, each
 * distinct text crossing once; the view looks them up again.
 */
export async function stageRows(
  conn: DuckDBConnection,
  name: string,
  columns: readonly StagedColumn[],
  write: (row: (cells: readonly Cell[]) => void) => void,
): Promise<number> {
  const raw = `${name}_raw`;
  const dict = `${name}_text`;
  await conn.run(
    `CREATE TEMP TABLE ${raw} (${columns.map((c) => `${c.name} ${c.type === 'DOUBLE' ? 'DOUBLE' : 'INTEGER'}`).join(', ')})`,
  );
  const types = columns.map((c) => (c.type === 'DOUBLE' ? DOUBLE : INTEGER));
  const ids = new Map<string, number>();
  const texts: string[] = [];
  let buffers: (number | null)[][] = columns.map(() => []);
  let rows = 0;
  const appender = await conn.createAppender(raw, 'main', 'temp');
  const flush = (): void => {
    const count = buffers[0]!.length;
    if (count === 0) return;
    const chunk = DuckDBDataChunk.create(types, count);
    chunk.setColumns(buffers);
    appender.appendDataChunk(chunk);
    buffers = columns.map(() => []);
  };
  try {
    write((cells) => {
      if (cells.length !== columns.length)
        throw new Error(`${name}: a row has ${cells.length} cells for ${columns.length} columns`);
      for (let i = 0; i < columns.length; i++) {
        const cell = cells[i]!;
        if (columns[i]!.type === 'VARCHAR' && cell !== null) {
          const text = String(cell);
          let id = ids.get(text);
          if (id === undefined) {
            id = texts.length;
            texts.push(text);
            ids.set(text, id);
          }
          buffers[i]!.push(id);
        } else {
          buffers[i]!.push(cell as number | null);
        }
      }
      rows++;
      if (buffers[0]!.length === CHUNK_ROWS) flush();
    });
    flush();
  } finally {
    appender.closeSync();
  }
  const words = `${name}_words`;
  await conn.run(`CREATE TEMP TABLE ${words} (id INTEGER, text VARCHAR)`);
  const textAppender = await conn.createAppender(words, 'main', 'temp');
  try {
    texts.forEach((text, id) => {
      textAppender.appendInteger(id);
      textAppender.appendVarchar(text);
      textAppender.endRow();
    });
  } finally {
    textAppender.closeSync();
  }
  // One list holding every text, indexed by id: list lookup beat a join per column by 2-3 times here.
  await conn.run(
    `CREATE TEMP TABLE ${dict} AS SELECT coalesce(list(text ORDER BY id), []) AS texts FROM ${words}`,
  );
  await conn.run(`DROP TABLE ${words}`);
  const select = columns.map((c) =>
    c.type === 'VARCHAR' ? `d.texts[r.${c.name} + 1] AS ${c.name}` : `r.${c.name}`,
  );
  await conn.run(
    `CREATE TEMP VIEW ${name} AS SELECT ${select.join(', ')} FROM ${raw} r CROSS JOIN ${dict} d`,
  );
  return rows;
}

/** Drops what stageRows created. */
export async function dropStaged(conn: DuckDBConnection, name: string): Promise<void> {
  await conn.run(`DROP VIEW ${name}`);
  await conn.run(`DROP TABLE ${name}_raw`);
  await conn.run(`DROP TABLE ${name}_text`);
}
