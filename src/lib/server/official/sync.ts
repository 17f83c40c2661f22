// Writes the official figures (data/official) into their reference tables at start-up when a file changed.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { inTransaction } from '../db/transaction';
import { loadOfficialFigures, type OfficialFigures } from './load';

/** Returns whether it wrote; the files are read and checked first, so a bad file changes nothing. */
export async function syncOfficialFigures(
  conn: DuckDBConnection,
  figures: OfficialFigures | (() => OfficialFigures) = loadOfficialFigures,
): Promise<boolean> {
  const loaded = typeof figures === 'function' ? figures() : figures;
  const stored = await conn.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'official_hash'`);
  if (String(stored.getRows()[0]?.[0] ?? '') === loaded.hash) return false;
  // 'touched' with nothing touched: these tables feed no derived table, so nothing is rebuilt.
  await inTransaction(
    conn,
    async (c) => {
      // Each loaded row's keys are its table's column names (load.ts reads every CSV into exactly those).
      const tables: [string, object[]][] = [
        ['official_source', loaded.sources],
        ['official_national', loaded.national],
        ['official_by_type', loaded.byType],
        ['official_rating', loaded.ratings],
      ];
      for (const [table] of [...tables].reverse()) await c.run(`DELETE FROM ${table}`);
      for (const [table, rows] of tables)
        for (const row of rows) {
          const columns = Object.keys(row);
          await c.run(
            `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((k) => `$${k}`).join(', ')})`,
            row as Record<string, DuckDBValue>,
          );
        }
      await c.run(`UPDATE db_meta SET value = $hash WHERE key = 'official_hash'`, {
        hash: loaded.hash,
      });
    },
    'touched',
  );
  return true;
}
