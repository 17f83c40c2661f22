import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openFixtureDatabase } from '../db/fixture-db';
import { projectPath } from '../paths';
import { loadQuerySpecs } from './query-spec';
import { QueryRunner, queryCacheBytes, queryCacheEnabled } from './query-runner';

describe('the query cache switch (ITA_QUERY_CACHE, used by the benchmark)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openFixtureDatabase();
  }, 60_000);
  afterAll(() => db?.close());

  it('is on unless ITA_QUERY_CACHE=off', () => {
    expect(queryCacheEnabled({})).toBe(true);
    expect(queryCacheEnabled({ ITA_QUERY_CACHE: 'on' })).toBe(true);
    expect(queryCacheEnabled({ ITA_QUERY_CACHE: 'off' })).toBe(false);
  });

  it('serves the second call from the cache when on, and runs the SQL again when off', async () => {
    const specs = loadQuerySpecs(projectPath('queries'));
    const on = new QueryRunner(db, specs, true);
    const off = new QueryRunner(db, specs, false);
    const params = { fiscal_year: '2566' };
    expect((await on.run('org_scores', params)).cached).toBe(false);
    expect((await on.run('org_scores', params)).cached).toBe(true);
    const first = await off.run('org_scores', params);
    const again = await off.run('org_scores', params);
    expect([first.cached, again.cached]).toEqual([false, false]);
    expect(again.table.numRows).toBe(first.table.numRows);
    expect(first.table.numRows).toBeGreaterThan(0);
  });

  it('sees a commit: the next call runs again under the new data version', async () => {
    const runner = new QueryRunner(db, loadQuerySpecs(projectPath('queries')), true);
    const params = { fiscal_year: '2568' };
    const before = await runner.run('org_scores', params);
    expect((await runner.run('org_scores', params)).cached).toBe(true);
    await db.transaction((c) =>
      c.run(
        `INSERT INTO score VALUES ('6940907', 2568, 'TOTAL', 91.5, 'synthetic', now()::TIMESTAMP, NULL)`,
      ),
    );
    const after = await runner.run('org_scores', params);
    expect(after.cached).toBe(false);
    expect(after.dataVersion).toBe(before.dataVersion + 1);
    expect(after.table.numRows).toBe(before.table.numRows + 1);
  });

  it('holds at most ITA_QUERY_CACHE_MB of tables, evicting the least recently used first', async () => {
    expect(queryCacheBytes({})).toBe(128 * 2 ** 20);
    expect(queryCacheBytes({ ITA_QUERY_CACHE_MB: '16' })).toBe(16 * 2 ** 20);
    const specs = loadQuerySpecs(projectPath('queries'));
    const probe = new QueryRunner(db, specs, true);
    await probe.run('org_scores', { fiscal_year: '2566' });
    const one = probe.cacheSize.bytes;
    expect(one).toBeGreaterThan(0);
    // Room for one such table and a half: the second evicts the first.
    const runner = new QueryRunner(db, specs, true, one * 1.5);
    await runner.run('org_scores', { fiscal_year: '2566' });
    await runner.run('org_scores', { fiscal_year: '2567' });
    expect(runner.cacheSize.entries).toBe(1);
    expect(runner.cacheSize.bytes).toBeLessThanOrEqual(one * 1.5);
    expect((await runner.run('org_scores', { fiscal_year: '2567' })).cached).toBe(true);
    expect((await runner.run('org_scores', { fiscal_year: '2566' })).cached).toBe(false);
    // A table larger than the whole bound is never kept.
    const tiny = new QueryRunner(db, specs, true, one / 2);
    await tiny.run('org_scores', { fiscal_year: '2566' });
    expect(tiny.cacheSize).toEqual({ entries: 0, bytes: 0 });
  });
});
