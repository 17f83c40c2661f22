// The compare page's named queries on the hand-made fixture org-scores.csv: expected values in data/fixtures/README.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { FIXTURE_DIR, loadFixtureScores } from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/org-scores.csv`);
  runner = queryRunner(db);
});
afterAll(() => db.close());

async function rows(name: string, params: Record<string, string>) {
  return tableToRows((await runner.run(name, params)).table);
}

describe('compare_orgs', () => {
  it('keeps the order given, drops repeats and unknown codes, and tells same-name organisations apart', async () => {
    const r = await rows('compare_orgs', { orgs: '6230107,6940907,999999,6710207,6230107' });
    expect(r.map((x) => [x.position, x.code, x.label])).toEqual([
      [1, '6230107', 'อบต.วังกระแจะ (เมืองตราด, ตราด)'],
      [2, '6940907', 'อบต.จะรัง'],
      [4, '6710207', 'อบต.วังกระแจะ (ไทรโยค, กาญจนบุรี)'],
    ]);
  });
  it('uses the short name alone when no other organisation in the list shares it', async () => {
    const r = await rows('compare_orgs', { orgs: '6230107,6940907' });
    expect(r.map((x) => x.label)).toEqual(['อบต.วังกระแจะ', 'อบต.จะรัง']);
  });
  it('refuses a list longer than ten', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => String(6940908 + i)).join(',');
    await expect(runner.run('compare_orgs', { orgs: eleven })).rejects.toThrow(/expected form/);
  });
});

describe('compare_indicators', () => {
  it('returns the ten indicators of each organisation for the year, real and synthetic labelled', async () => {
    const r = await rows('compare_indicators', { orgs: '6940907,6230107', fiscal_year: '2567' });
    expect(r).toHaveLength(20);
    expect(r.filter((x) => x.code === '7').map((x) => [x.org_code, x.value, x.source])).toEqual([
      ['6230107', 85, 'synthetic'],
      ['6940907', 82.5, 'real'],
    ]);
    expect(r.every((x) => x.pass_mark === 85)).toBe(true);
  });
  it('is empty for a year without indicator scores', async () => {
    expect(await rows('compare_indicators', { orgs: '6230107', fiscal_year: '2566' })).toEqual([]);
  });
});
