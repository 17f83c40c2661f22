// The server's shared database, query runner and organisation resolver, opened on first use (building the database file if needed).
import { getDatabase } from './db/database';
import { queryRunner, type QueryRunner } from './queries/query-runner';
import { loadResolver, type OrgResolver } from './registry/resolver';

export async function appRunner(): Promise<QueryRunner> {
  return queryRunner(await getDatabase());
}

let resolver: { version: number; value: Promise<OrgResolver> } | null = null;

/** The resolver over the org table, rebuilt when the data has changed (imports can add organisations). */
export async function appResolver(): Promise<OrgResolver> {
  const db = await getDatabase();
  const version = await db.dataVersion();
  if (!resolver || resolver.version !== version) {
    resolver = { version, value: db.withConnection((conn) => loadResolver(conn)) };
  }
  return resolver.value;
}
