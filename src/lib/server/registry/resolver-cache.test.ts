// The server's resolver is rebuilt when the org table changes, not after every write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { ResolverCache } from './resolver';

let db: Database;
beforeEach(async () => {
  db = await openDatabase(':memory:');
});
afterEach(() => db.close());

const write = (sql: string) => db.transaction((c) => c.run(sql));

describe('ResolverCache', () => {
  it('keeps its resolver across score writes and builds a new one when an organisation is added', async () => {
    const cache = new ResolverCache(db);
    const first = await cache.get();
    await write(
      `INSERT INTO score VALUES ('6940907', 2565, 'TOTAL', 88.12, 'synthetic', now()::TIMESTAMP, NULL)`,
    );
    expect(await cache.get()).toBe(first);

    // A municipality a score import might add: unknown before, resolved by the rebuilt resolver.
    const name = 'เทศบาลตำบลทดสอบนอกทะเบียน';
    expect(first.resolve(name).status).toBe('unknown');
    await write(`INSERT INTO org VALUES ('9999999', '${name}', 'ทต.ทดสอบนอกทะเบียน',
      'subdistrict_municipality', NULL, NULL, '9401', 'ยะหริ่ง', '94', 'ปัตตานี', 'south', 'import:test', NULL, NULL, NULL)`);
    const second = await cache.get();
    expect(second).not.toBe(first);
    expect(second.resolve(name)).toMatchObject({ status: 'resolved', org: { code: '9999999' } });
  });

  it('builds a new resolver when an organisation is renamed', async () => {
    const cache = new ResolverCache(db);
    const first = await cache.get();
    await write(`UPDATE org SET name_th = 'องค์การบริหารส่วนตำบลจะรังใหม่' WHERE code = '6940907'`);
    expect(await cache.get()).not.toBe(first);
  });
});
