import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { loadDemo } from './load';
import { SCALE_SOURCE, scaledOrgs } from './scores';

const count = async (db: Database, sql: string): Promise<number> =>
  db.withConnection(async (c) => Number((await c.runAndReadAll(sql)).getRows()[0]![0]));

describe('scaledOrgs', () => {
  const orgs = [
    { code: '6230303', type: 'sao' as const, province_code: '23', short_name_th: 'อบต.เขาสมิง' },
    { code: '6940907', type: 'sao' as const, province_code: '94', short_name_th: 'อบต.จะรัง' },
  ];
  it('adds scale - 1 numbered copies of each organisation in its province', () => {
    const out = scaledOrgs(orgs, 3);
    expect(out.map((o) => o.code)).toEqual([
      '6230303',
      '6940907',
      '6230303-2',
      '6940907-2',
      '6230303-3',
      '6940907-3',
    ]);
    expect(out[5]).toEqual({
      code: '6940907-3',
      type: 'sao',
      province_code: '94',
      short_name_th: 'อบต.จะรัง 3',
    });
  });
  it('is the identity at scale 1 and refuses a scale below 1', () => {
    expect(scaledOrgs(orgs, 1)).toEqual(orgs);
    expect(() => scaledOrgs(orgs, 0)).toThrow(/scale/);
  });
});

describe('a scaled demo load (province 23, Trat)', () => {
  let db: Database;
  let base = 0;
  beforeAll(async () => {
    db = await openDatabase(':memory:');
    base = await count(
      db,
      `SELECT count(*) FROM org WHERE type <> 'other' AND province_code = '23'`,
    );
  }, 120_000);
  afterAll(() => db?.close());

  it('writes scale times the organisations, each copy with its own scores in every year', async () => {
    const r = await loadDemo(db, { provinces: ['23'], scale: 3 });
    expect(base).toBeGreaterThan(10);
    expect(r.counts.orgs).toBe(3 * base);
    expect(await count(db, `SELECT count(*) FROM org WHERE source = '${SCALE_SOURCE}'`)).toBe(
      2 * base,
    );
    const years = await count(db, 'SELECT count(*) FROM framework');
    expect(await count(db, `SELECT count(*) FROM org_year WHERE org_code LIKE '%-3'`)).toBe(
      base * years,
    );
    expect(
      await count(
        db,
        `SELECT count(DISTINCT district_code) FROM org WHERE source = '${SCALE_SOURCE}' AND district_code NOT LIKE '23%'`,
      ),
    ).toBe(0);
  }, 300_000);

  it('removes the copies and their scores when loaded again without scale', async () => {
    const r = await loadDemo(db, { provinces: ['23'] });
    expect(r.skipped).toBe(false);
    expect(r.counts.orgs).toBe(base);
    expect(await count(db, `SELECT count(*) FROM org WHERE source = '${SCALE_SOURCE}'`)).toBe(0);
    expect(await count(db, `SELECT count(*) FROM score WHERE org_code LIKE '%-%'`)).toBe(0);
    expect(
      await count(db, `SELECT count(*) FROM measure_current WHERE report_hash LIKE '%-2:%'`),
    ).toBe(0);
  }, 300_000);
});

describe('a scaled demo written in batches (province 23, ×2)', () => {
  let batched: Database;
  let whole: Database;
  let base = 0;
  const fingerprints = (db: Database) =>
    db.withConnection(async (c) =>
      (
        await c.runAndReadAll(
          `SELECT (SELECT count(*) || ' ' || sum(hash(org_code, fiscal_year, code, value, source)) FROM score),
                  (SELECT count(*) || ' ' || sum(hash(hash, org_code, fiscal_year, round, source)) FROM report),
                  (SELECT count(*) || ' ' || sum(hash(report_hash, seq, name_th, status, output, outcome, indicators))
                     FROM measure),
                  (SELECT count(*) || ' ' || sum(hash(code, name_th, short_name_th, district_code, source)) FROM org),
                  (SELECT count(*) FROM import_batch)`,
        )
      )
        .getRows()[0]!
        .map(String),
    );
  beforeAll(async () => {
    [batched, whole] = await Promise.all([openDatabase(':memory:'), openDatabase(':memory:')]);
    base = await count(
      batched,
      `SELECT count(*) FROM org WHERE type <> 'other' AND province_code = '23'`,
    );
  }, 120_000);
  afterAll(() => {
    batched?.close();
    whole?.close();
  });

  it('writes the same rows whatever the batch size, reporting progress after each batch', async () => {
    const progress: number[] = [];
    const small = await loadDemo(batched, {
      provinces: ['23'],
      scale: 2,
      batchOrgs: 7,
      onProgress: (done, total) => {
        expect(total).toBe(2 * base);
        progress.push(done);
      },
    });
    const one = await loadDemo(whole, { provinces: ['23'], scale: 2, batchOrgs: 10_000 });
    expect(progress).toHaveLength(Math.ceil((2 * base) / 7));
    expect(progress.at(-1)).toBe(2 * base);
    expect(small.counts).toEqual(one.counts);
    expect(await fingerprints(batched)).toEqual(await fingerprints(whole));
    // Each copy draws from its own stream: its totals are not its original's.
    const sameAsOriginal = await count(
      batched,
      `SELECT count(*) FROM score c JOIN score o ON c.org_code = o.org_code || '-2' AND c.fiscal_year = o.fiscal_year
       AND c.code = o.code WHERE c.code = 'TOTAL' AND c.value = o.value`,
    );
    expect(sameAsOriginal).toBeLessThan(base);
  }, 300_000);

  it('leaves the database as it was when a load fails after some batches were written', async () => {
    const before = await fingerprints(batched);
    let batches = 0;
    await expect(
      loadDemo(batched, {
        provinces: ['23'],
        scale: 3,
        batchOrgs: 9,
        onProgress: () => {
          if (++batches === 3) throw new Error('stopped on purpose after three batches');
        },
      }),
    ).rejects.toThrow(/stopped on purpose/);
    expect(batches).toBe(3);
    expect(await fingerprints(batched)).toEqual(before);
  }, 300_000);
});
