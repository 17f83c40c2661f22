// Builds the small hand-made test database from data/fixtures/db (see data/fixtures/README.md).
import { openDatabase, type Database } from './database';
import { projectPath } from '../paths';

export async function openFixtureDatabase(): Promise<Database> {
  const db = await openDatabase(':memory:');
  await db.transaction(async (conn) => {
    await conn.run(
      `INSERT INTO score
       SELECT CAST(org_code AS VARCHAR), fiscal_year, code, value, source, TIMESTAMP '2026-01-01 00:00:00',
              CASE WHEN superseded THEN TIMESTAMP '2026-01-02 00:00:00' END
       FROM read_csv($path, header = true, all_varchar = false,
         columns = {'org_code': 'VARCHAR', 'fiscal_year': 'INTEGER', 'code': 'VARCHAR', 'value': 'DOUBLE', 'source': 'VARCHAR', 'superseded': 'BOOLEAN'})`,
      { path: projectPath('data', 'fixtures', 'db', 'scores.csv') },
    );
  });
  return db;
}
