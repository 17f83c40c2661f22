// Writes a planned score import in one transaction: new agencies, superseded old scores, new scores, the batch record.
import type { DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from '../db/database';
import { touchOrgYears } from '../db/derived';
import type { NewOrg } from './org-match';
import type { PlannedYear } from './plan';

export interface WriteInput {
  /** 'import:<sha256 of the file>' */
  source: string;
  hash: string;
  fileName: string;
  planned: PlannedYear[];
  newOrgs: NewOrg[];
  /** JSON kept in import_batch.counts. */
  summaryJson: string;
  /** Called before each organisation-year is written; a throw rolls everything back (tests use it to fail mid-way). */
  onBeforeWrite?: (year: PlannedYear, index: number, total: number) => void;
}

/** True when the plan would change the database. */
export function hasWork(input: Pick<WriteInput, 'planned' | 'newOrgs'>): boolean {
  return input.newOrgs.length > 0 || input.planned.some((p) => p.change !== 'unchanged');
}

export async function writeImport(conn: DuckDBConnection, input: WriteInput): Promise<void> {
  const writes = input.planned.filter((p) => p.change !== 'unchanged');
  // Every organisation-year it writes is recorded (touchOrgYears), so only those are refreshed.
  const write = async (c: DuckDBConnection): Promise<void> => {
    for (const o of input.newOrgs) {
      await c.run(
        `INSERT INTO org (code, name_th, short_name_th, type, tambon_code, tambon_th, district_code, district_th,
           province_code, province_th, region, source)
         VALUES ($code, $name, $short, $type, NULL, NULL, $dcode, $dname, $pcode, $pname, $region, $source)
         ON CONFLICT (code) DO NOTHING`,
        {
          code: o.code,
          name: o.name_th,
          short: o.short_name_th,
          type: o.type,
          dcode: o.district_code,
          dname: o.district_th,
          pcode: o.province_code,
          pname: o.province_th,
          region: o.region,
          source: input.source,
        },
      );
      // Scores already stored under a code the registry lacked gain statistics once the organisation exists.
      await touchOrgYears(
        c,
        `SELECT DISTINCT org_code, fiscal_year FROM score WHERE org_code = $code`,
        {
          code: o.code,
        },
      );
    }
    await c.run(
      'CREATE TEMP TABLE score_in (org_code VARCHAR, fiscal_year INTEGER, code VARCHAR, value DOUBLE)',
    );
    const app = await c.createAppender('score_in', 'main', 'temp');
    try {
      writes.forEach((p, i) => {
        input.onBeforeWrite?.(p, i, writes.length);
        for (const [code, value] of p.values) {
          app.appendVarchar(p.orgCode);
          app.appendInteger(p.fiscalYear);
          app.appendVarchar(code);
          app.appendDouble(value);
          app.endRow();
        }
      });
    } finally {
      app.closeSync();
    }
    await touchOrgYears(c, 'SELECT DISTINCT org_code, fiscal_year FROM score_in');
    // now() is the transaction's start time: the old rows' superseded_at equals the new rows' loaded_at.
    await c.run(
      `UPDATE score SET superseded_at = now()::TIMESTAMP
       WHERE superseded_at IS NULL AND source LIKE 'import:%'
         AND (org_code, fiscal_year) IN (SELECT DISTINCT org_code, fiscal_year FROM score_in)`,
    );
    await c.run(
      `INSERT INTO score (org_code, fiscal_year, code, value, source, loaded_at, superseded_at)
       SELECT org_code, fiscal_year, code, value, $source, now()::TIMESTAMP, NULL FROM score_in`,
      { source: input.source },
    );
    await c.run('DROP TABLE score_in');
    await c.run(
      `INSERT INTO import_batch (hash, file_name, kind, loaded_at, counts)
       VALUES ($hash, $file, 'scores', now()::TIMESTAMP, $counts)
       ON CONFLICT (hash) DO UPDATE SET file_name = excluded.file_name, loaded_at = excluded.loaded_at, counts = excluded.counts`,
      { hash: input.hash, file: input.fileName, counts: input.summaryJson },
    );
  };
  await inTransaction(conn, write, 'touched');
}
