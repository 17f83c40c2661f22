// The server's shared database and query runner, opened on first use (building the database file if needed).
import { getDatabase } from './db/database';
import { queryRunner, type QueryRunner } from './queries/query-runner';

export async function appRunner(): Promise<QueryRunner> {
  return queryRunner(await getDatabase());
}
