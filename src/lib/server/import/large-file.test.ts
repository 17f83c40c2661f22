// Score files of national size: 150,000 organisation-years check without a stack overflow, and 12,000 are written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeScoreCsv } from '../../../../scripts/make-score-file';
import { openDatabase, type Database } from '../db/database';
import { loadOrgRecords } from '../registry/resolver';
import { commitScoreImport, previewScoreImport } from './import-scores';

let db: Database;
beforeEach(async () => {
  db = await openDatabase(':memory:');
});
afterEach(() => db.close());

async function scoreFile(rows: number) {
  const orgs = await db.withConnection((c) => loadOrgRecords(c));
  const { csv, addedOrgs } = makeScoreCsv({ rows, orgs });
  return {
    file: { name: `national-${rows}.csv`, bytes: new TextEncoder().encode(csv) },
    addedOrgs,
  };
}

describe('a national score file', () => {
  it(
    'of 150,000 organisation-years dry-runs whole, every row accepted',
    { timeout: 300_000 },
    async () => {
      const { file, addedOrgs } = await scoreFile(150_000);
      // More organisation-years than the registry's SAOs have: the rest are municipalities the file adds.
      expect(addedOrgs).toBeGreaterThan(10_000);
      const s = await previewScoreImport(db, file, { addOrgs: true });
      expect(s.problems).toEqual([]);
      expect(s.counts).toEqual({ new: 150_000, changed: 0, unchanged: 0, rejected: 0 });
      expect(s.orgs_added).toHaveLength(addedOrgs);
      expect(s.committed).toBe(false);
    },
  );

  it(
    'of 12,000 organisation-years is written in one go, and a second time changes nothing',
    { timeout: 300_000 },
    async () => {
      const { file } = await scoreFile(12_000);
      const s = await commitScoreImport(db, file);
      expect(s.counts).toEqual({ new: 12_000, changed: 0, unchanged: 0, rejected: 0 });
      expect(s.committed).toBe(true);
      const written = await db.withConnection(async (c) =>
        (
          await c.runAndReadAll(
            `SELECT count(DISTINCT (org_code, fiscal_year))::INT FROM score WHERE source LIKE 'import:%'`,
          )
        ).getRowsJS(),
      );
      expect(written).toEqual([[12_000]]);
      const again = await commitScoreImport(db, file);
      expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 12_000, rejected: 0 });
      expect(again.committed).toBe(false);
    },
  );
});
