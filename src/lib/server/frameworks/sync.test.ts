import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { loadFrameworks } from './load';
import { syncFrameworks } from './sync';

describe('syncFrameworks', () => {
  let db: Database;
  const hashes = () =>
    db.withConnection(async (c) =>
      (await c.runAndReadAll('SELECT fiscal_year, file_hash FROM framework ORDER BY 1')).getRows(),
    );
  beforeAll(async () => {
    db = await openDatabase(':memory:');
  }, 60_000);
  afterAll(() => db?.close());

  it('writes nothing when the database holds the hash of every framework file', async () => {
    const files = loadFrameworks();
    expect(await hashes()).toEqual(files.map((f) => [f.framework.fiscal_year, f.hash]));
    expect(await db.withConnection((c) => syncFrameworks(c))).toBe(false);
  });

  it('writes the frameworks again when one file changed since (its hash differs)', async () => {
    const before = await hashes();
    await db.withConnection((c) =>
      c.run(`UPDATE framework SET file_hash = 'edited' WHERE fiscal_year = 2564`),
    );
    expect(await db.withConnection((c) => syncFrameworks(c))).toBe(true);
    expect(await hashes()).toEqual(before);
  });

  it('writes them again when a year was removed from the database', async () => {
    await db.withConnection(async (c) => {
      await c.run(`DELETE FROM framework_grade WHERE fiscal_year = 2568`);
      await c.run(`DELETE FROM framework_indicator WHERE fiscal_year = 2568`);
      await c.run(`DELETE FROM framework WHERE fiscal_year = 2568`);
    });
    expect(await db.withConnection((c) => syncFrameworks(c))).toBe(true);
    expect((await hashes()).map((r) => Number(r[0]))).toContain(2568);
  });
});
