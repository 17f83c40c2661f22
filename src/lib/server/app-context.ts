// The server's shared database, query runner and organisation resolver, opened on first use (building the database file if needed).
import { getDatabase, type Database } from './db/database';
import { queryRunner, type QueryRunner } from './queries/query-runner';
import { ResolverCache, type OrgResolver } from './registry/resolver';

export async function appRunner(): Promise<QueryRunner> {
  return queryRunner(await getDatabase());
}

const resolvers = new WeakMap<Database, ResolverCache>();

/**
 * The resolver over the org table, rebuilt only when the org table changes (imports can add organisations): a report
 * or score write leaves it as it was, so an upload after a write does not pay ~1 s to rebuild it.
 */
export async function appResolver(): Promise<OrgResolver> {
  const db = await getDatabase();
  let cache = resolvers.get(db);
  if (!cache) resolvers.set(db, (cache = new ResolverCache(db)));
  return cache.get();
}
