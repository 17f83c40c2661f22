// Rebuilds the derived tables (score_current, org_year, measure_current, indicator_stats) from their *_v definitions
// (migrations 011 and 012).
import type { DuckDBConnection } from '@duckdb/node-api';

/** In dependency order: org_year and indicator_stats read the score_current table. */
const DERIVED = ['score_current', 'org_year', 'measure_current', 'indicator_stats'] as const;

export async function refreshDerived(conn: DuckDBConnection): Promise<void> {
  // Before migrations 011/012 these are views (or absent), with nothing to rebuild.
  const present = new Set(
    (await conn.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'`))
      .getRows()
      .map((r) => String(r[0])),
  );
  for (const name of DERIVED) {
    if (!present.has(name)) continue;
    await conn.run(`DELETE FROM ${name}`);
    await conn.run(`INSERT INTO ${name} SELECT * FROM ${name}_v`);
  }
}
