import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openFixtureDatabase } from '../db/fixture-db';
import { NotebookSqlError, runSafeSql } from './safe-sql';

let db: Database;
beforeAll(async () => {
  db = await openFixtureDatabase();
});
afterAll(() => db.close());

const limits = { timeoutMs: 2000, rowLimit: 100 };
const refused = (sql: string, params = {}) => runSafeSql(db, sql, params, limits);

describe('runSafeSql refuses what reaches outside the data', () => {
  it.each([
    ["SELECT * FROM read_csv('/etc/passwd')", /read_csv\(\) is refused/],
    ["SELECT * FROM '/etc/passwd'", /'\/etc\/passwd' cannot be read/],
    ["SELECT * FROM read_text('/etc/passwd')", /read_text\(\) is refused/],
    ["SELECT * FROM glob('/etc/*')", /glob\(\) is refused/],
    ["COPY (SELECT 1) TO '/tmp/notebook-copy.csv'", /Only one SELECT/],
    ["ATTACH '/tmp/other.duckdb' AS other", /Only one SELECT/],
    ['INSTALL httpfs', /Only one SELECT/],
    ['LOAD httpfs', /Only one SELECT/],
    ['SET enable_external_access = true', /Only one SELECT/],
    ['PRAGMA database_list', /Only one SELECT/],
    [
      "INSERT INTO org_registry_change VALUES ('1', '2', 'sao', 'sao', 2567, 'x')",
      /Only one SELECT/,
    ],
    ['DELETE FROM org', /Only one SELECT/],
    ['CREATE TABLE x AS SELECT 1', /Only one SELECT/],
    ['SELECT 1; DROP TABLE org', /Only one SELECT/],
    ['SELECT 1; SELECT 2', /exactly one SELECT/],
    ['SELECT * FROM app_user', /'app_user' cannot be read/],
    ['SELECT * FROM api_token', /'api_token' cannot be read/],
    ['SELECT * FROM audit_log', /'audit_log' cannot be read/],
    ["SELECT getenv('HOME')", /getenv\(\) is refused/],
    ["SELECT current_setting('temp_directory')", /current_setting\(\) is refused/],
    ['SELECT * FROM duckdb_settings()', /duckdb_settings\(\) is refused/],
    ["SELECT * FROM query('SELECT * FROM app_user')", /query\(\) is refused/],
    ['SELECT * FROM other.main.org', /'other.main.org' cannot be read/],
  ])('%s', async (sql, message) => {
    await expect(refused(sql)).rejects.toThrow(NotebookSqlError);
    await expect(refused(sql)).rejects.toThrow(message);
  });

  it('a write that slips past the parser check is still refused by the read-only transaction', async () => {
    // A WITH … SELECT cannot write, so the check is the guard; the transaction is the second one, shown directly.
    const conn = await db.instance.connect();
    await conn.run('BEGIN TRANSACTION READ ONLY');
    await expect(conn.run("DELETE FROM org WHERE code = 'x'")).rejects.toThrow(/read-only/);
    await conn.run('ROLLBACK');
    conn.closeSync();
  });

  it('stops a runaway query at the time limit, with a message naming it', async () => {
    const t0 = Date.now();
    await expect(
      runSafeSql(
        db,
        'SELECT count(*) FROM range(100000000000) a',
        {},
        { timeoutMs: 300, rowLimit: 10 },
      ),
    ).rejects.toThrow(/stopped after 0.3 s/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('refuses a result larger than the row limit', async () => {
    await expect(refused('SELECT * FROM range(100000)')).rejects.toThrow(/more than 100 rows/);
    const ok = await refused('SELECT * FROM range(100)');
    expect(ok.rows).toHaveLength(100);
  });

  it('binds parameters as values: a hostile value is data, not SQL', async () => {
    const r = await runSafeSql(
      db,
      'SELECT count(*) AS n FROM org WHERE province_code = $province',
      { province: "94' OR '1'='1" },
      limits,
    );
    expect(r.rows).toEqual([{ n: 0 }]);
    const named = await runSafeSql(
      db,
      'SELECT $year + 1 AS next_year',
      { year: 2567, province: null },
      limits,
    );
    expect(named.rows).toEqual([{ next_year: 2568 }]);
    expect(named.columns).toEqual([{ name: 'next_year', kind: 'year' }]);
  });

  it('names a parameter the notebook did not declare', async () => {
    await expect(refused('SELECT $org AS o', { year: 2567 })).rejects.toThrow(
      /\$org.*declared: \$year/,
    );
  });

  it('reads the data views, with CTEs and the app macros', async () => {
    const r = await refused(
      `WITH y AS (SELECT fiscal_year, count(*) AS orgs FROM org_year GROUP BY 1)
       SELECT * FROM y WHERE orgs > 0 AND in_area('94', NULL, 'sao', NULL, NULL, NULL) ORDER BY fiscal_year`,
    );
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.columns.map((c) => c.kind)).toEqual(['year', 'integer']);
  });

  it('gives a SQL error as a message', async () => {
    await expect(refused('SELECT no_such_column FROM org')).rejects.toThrow(
      /SQL error:.*no_such_column/,
    );
  });
});
