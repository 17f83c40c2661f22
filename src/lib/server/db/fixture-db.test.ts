// The fixture loaders, and the views' rule that real measures hide synthetic ones for the same organisation-year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { FIXTURE_DIR, loadFixtureMeasures, openFixtureDatabase } from './fixture-db';

let db: Database;
beforeAll(async () => {
  db = await openFixtureDatabase();
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures.csv`);
});
afterAll(() => db.close());

describe('measure_current', () => {
  it('shows real measures instead of synthetic ones for the same organisation-year', async () => {
    const rows = await db.withConnection(async (c) =>
      (
        await c.runAndReadAll(
          `SELECT org_code, round, seq, status, source FROM measure_current ORDER BY org_code, round, seq`,
        )
      ).getRowObjectsJS(),
    );
    expect(rows.map((r) => [r.org_code, r.round, r.seq, r.status, r.source])).toEqual([
      ['6940108', '12m', 1, 'completed', 'synthetic'],
      ['6940108', '12m', 2, 'completed', 'synthetic'],
      ['6940108', '6m', 1, 'completed', 'synthetic'],
      ['6940108', '6m', 2, 'in_progress', 'synthetic'],
      ['6940907', '6m', 1, 'completed', 'report:fixture-r1'],
      ['6940907', '6m', 2, 'in_progress', 'report:fixture-r1'],
      ['6940907', '6m', 3, 'not_started', 'report:fixture-r1'],
    ]);
  });
  it('applies a correction stored as an override', async () => {
    await db.transaction(async (c) => {
      await c.run(`INSERT INTO measure_override VALUES ('6940907', 2567, '6m', 'มาตรการจัดการเรื่องร้องเรียน', 'status',
        'not_started', 'completed', 'tester', TIMESTAMP '2026-02-01 00:00:00')`);
    });
    const row = await db.withConnection(async (c) =>
      (
        await c.runAndReadAll(
          `SELECT status, corrected FROM measure_current WHERE org_code = '6940907' AND seq = 3`,
        )
      ).getRowObjectsJS(),
    );
    expect(row).toEqual([{ status: 'completed', corrected: true }]);
  });
});
