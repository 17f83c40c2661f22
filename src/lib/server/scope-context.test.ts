// The scope's lists (years loaded, districts) are read once per data version, and read again after a commit.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from './db/database';
import { openFixtureDatabase } from './db/fixture-db';
import { projectPath } from './paths';
import { loadQuerySpecs } from './queries/query-spec';
import { QueryRunner } from './queries/query-runner';
import { scopeDistricts, scopeInventory } from './scope-context';

let db: Database;
beforeAll(async () => {
  db = await openFixtureDatabase();
}, 60_000);
afterAll(() => db?.close());

describe('scope lists', () => {
  it('run their queries once per data version even with the query cache off, and again after a commit', async () => {
    // Cache off, as on the benchmark's uncached server: only the scope's own memo can spare the queries.
    const runner = new QueryRunner(db, loadQuerySpecs(projectPath('queries')), false);
    const run = vi.spyOn(runner, 'run');
    const first = await scopeInventory(runner);
    const districts = await scopeDistricts(runner, '94');
    await scopeInventory(runner);
    expect(await scopeDistricts(runner, '94')).toEqual(districts);
    const names = () => run.mock.calls.map((c) => c[0]).sort();
    expect(names()).toEqual(['data_inventory', 'districts', 'frameworks', 'provinces']);
    expect(districts.map((d) => d.district_th)).toContain('ยะหริ่ง');
    const scored2568 = first.find((r) => r.fiscal_year === 2568)?.orgs_scored ?? 0;

    await db.transaction((c) =>
      c.run(
        `INSERT INTO score VALUES ('6940907', 2568, 'TOTAL', 91.5, 'synthetic', now()::TIMESTAMP, NULL)`,
      ),
    );
    const after = await scopeInventory(runner);
    expect(after.find((r) => r.fiscal_year === 2568)?.orgs_scored).toBe(scored2568 + 1);
    await scopeDistricts(runner, '94');
    expect(run.mock.calls.length).toBe(8);
  });
});
