// The three definitions of "weak" in weak_flags, checked against values worked out by hand (data/fixtures/README.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOWEST_COUNT } from '../../ita/weak';
import type { Database } from './database';
import { FIXTURE_DIR, loadFixtureScores, openFixtureDatabase } from './fixture-db';

let db: Database;
beforeAll(async () => {
  db = await openFixtureDatabase();
  await loadFixtureScores(db, `${FIXTURE_DIR}/indicators.csv`);
});
afterAll(() => db.close());

async function flags(peer: string) {
  return db.withConnection(async (c) =>
    (
      await c.runAndReadAll(
        `SELECT org_code, code, below_pass_mark, lowest, below_peer_median, peer_median
         FROM weak_flags(2566, $peer, $n) ORDER BY org_code, sort_key`,
        { peer, n: LOWEST_COUNT },
      )
    ).getRowObjectsJS(),
  );
}
const codesWhere = (rows: Record<string, unknown>[], org: string, col: string) =>
  rows.filter((r) => r.org_code === org && r[col] === true).map((r) => r.code);

describe('weak_flags', () => {
  it('marks indicators below the pass mark (85.00 is not below)', async () => {
    const r = await flags('province');
    expect(codesWhere(r, '6940907', 'below_pass_mark')).toEqual(['2', '3', '7', '9', '10']);
    expect(codesWhere(r, '6940908', 'below_pass_mark')).toEqual(['6']);
  });
  it('marks the two lowest, ties sharing a rank', async () => {
    const r = await flags('province');
    expect(codesWhere(r, '6940907', 'lowest')).toEqual(['7', '10']);
    expect(codesWhere(r, '6940908', 'lowest')).toEqual(['6', '8']);
    expect(codesWhere(r, '6940108', 'lowest')).toHaveLength(9);
  });
  it('compares with the median of the peer group', async () => {
    const byProvince = await flags('province');
    expect(byProvince.find((x) => x.org_code === '6940108' && x.code === '1')).toMatchObject({
      peer_median: 90,
      below_peer_median: true,
    });
    expect(byProvince.find((x) => x.org_code === '6940907' && x.code === '1')).toMatchObject({
      below_peer_median: false,
    });
    expect(byProvince.find((x) => x.org_code === '6940907' && x.code === '10')).toMatchObject({
      peer_median: 95,
      below_peer_median: true,
    });
    const byDistrict = await flags('district');
    expect(byDistrict.find((x) => x.org_code === '6940907' && x.code === '1')).toMatchObject({
      peer_median: 92.5,
      below_peer_median: true,
    });
  });
  it('covers only top-level indicators of organisations with indicator scores', async () => {
    const r = await flags('province');
    expect(new Set(r.map((x) => x.org_code))).toEqual(new Set(['6940907', '6940908', '6940108']));
    expect(r).toHaveLength(30);
  });
});
