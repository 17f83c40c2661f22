// Rebuilds the derived tables (score_current, org_year, measure_current) from their *_v definitions (migration 011).
import type { DuckDBConnection } from '@duckdb/node-api';

/** In dependency order: org_year reads the score_current table. */
const DERIVED = ['score_current', 'org_year', 'measure_current'] as const;

export async function refreshDerived(conn: DuckDBConnection): Promise<void> {
  const have = await conn.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE table_name = 'org_year' AND schema_name = 'main'`,
  );
  // Before migration 011 they are views and there is nothing to rebuild.
  if (Number(have.getRows()[0]![0]) === 0) return;
  for (const name of DERIVED) {
    await conn.run(`DELETE FROM ${name}`);
    await conn.run(`INSERT INTO ${name} SELECT * FROM ${name}_v`);
  }
}
