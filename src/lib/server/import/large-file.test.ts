// Score files of national size: 150,000 wide organisation-years check without a stack overflow, 12,000 are written, and a
// long file of 110,000 lines is written whole (the 500,000-line case runs in `npm run bench`: scripts/bench-large-import.ts).
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

async function scoreFile(rows: number, shape: 'wide' | 'long' = 'wide') {
  const orgs = await db.withConnection((c) => loadOrgRecords(c));
  const { csv, addedOrgs, orgYears } = makeScoreCsv({ rows, orgs, shape });
  return {
    file: { name: `national-${shape}-${rows}.csv`, bytes: new TextEncoder().encode(csv) },
    addedOrgs,
    orgYears,
  };
}

describe('a national score file', () => {
  // Regression: records.push(...sheetRecords) threw "Maximum call stack size exceeded" past ~120,000 records.
  it(
    'of 150,000 organisation-years dry-runs whole, every row accepted (no "Maximum call stack size exceeded")',
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

  it(
    'in long form, 110,000 lines (10,000 organisation-years of ten indicators and a total) is written whole',
    { timeout: 300_000 },
    async () => {
      const { file, orgYears } = await scoreFile(110_000, 'long');
      expect(orgYears).toBe(10_000);
      const s = await commitScoreImport(db, file);
      expect(s.shape).toBe('long');
      expect(s.problems).toEqual([]);
      expect(s.counts).toEqual({ new: 10_000, changed: 0, unchanged: 0, rejected: 0 });
      // Every line of the file is one stored score: the ten indicators and the total as given.
      const given = await db.withConnection(async (c) =>
        (
          await c.runAndReadAll(
            `SELECT count(*)::INT, count(DISTINCT (org_code, fiscal_year))::INT FROM score
             WHERE source LIKE 'import:%' AND superseded_at IS NULL
               AND (code = 'TOTAL' OR code IN ('1','2','3','4','5','6','7','8','9','10'))`,
          )
        ).getRowsJS(),
      );
      expect(given).toEqual([[110_000, 10_000]]);
    },
  );
});
