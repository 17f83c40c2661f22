// Applies the versioned SQL migrations in migrations/ that the database has not seen, each in its own transaction.
import fs from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { projectPath } from '../paths';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = ['src', 'lib', 'server', 'db', 'migrations'];

/** Migration files are named NNN_description.sql; NNN is the version. */
export function loadMigrations(dir: string = projectPath(...MIGRATIONS_DIR)): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      name: f.replace(/\.sql$/, ''),
      sql: fs.readFileSync(`${dir}/${f}`, 'utf8'),
    }));
}

/** Returns the versions it applied. */
export async function migrate(
  conn: DuckDBConnection,
  migrations: Migration[] = loadMigrations(),
): Promise<number[]> {
  await conn.run(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)`);
  const done = new Set(
    (await conn.runAndReadAll('SELECT version FROM schema_migration'))
      .getRows()
      .map((r) => Number(r[0])),
  );
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    await conn.run('BEGIN TRANSACTION');
    try {
      await conn.run(m.sql);
      await conn.run('INSERT INTO schema_migration VALUES ($version, $name, now()::TIMESTAMP)', {
        version: m.version,
        name: m.name,
      });
      await conn.run('COMMIT');
    } catch (err) {
      await conn.run('ROLLBACK');
      throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
    }
    applied.push(m.version);
  }
  return applied;
}
