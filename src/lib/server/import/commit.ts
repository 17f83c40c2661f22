// Writes a planned score import in one transaction: new agencies, superseded old scores, new scores, the batch record.
import type { DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from '../db/transaction';
import { touchOrgYears } from '../db/derived';
import { recordAudit } from '../audit/record';
import { cliActor, type Actor } from '../auth/actor';
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

/** Adds the agencies a file brings in one statement (a national file adds thousands): appended, then inserted. */
async function insertOrgs(c: DuckDBConnection, orgs: NewOrg[], source: string): Promise<void> {
  await c.run(
    `CREATE TEMP TABLE org_in (code VARCHAR, name_th VARCHAR, short_name_th VARCHAR, type VARCHAR,
       district_code VARCHAR, district_th VARCHAR, province_code VARCHAR, province_th VARCHAR, region VARCHAR)`,
  );
  const app = await c.createAppender('org_in', 'main', 'temp');
  const text = (v: string | null) => (v === null ? app.appendNull() : app.appendVarchar(v));
  try {
    for (const o of orgs) {
      text(o.code);
      text(o.name_th);
      text(o.short_name_th);
      text(o.type);
      text(o.district_code);
      text(o.district_th);
      text(o.province_code);
      text(o.province_th);
      text(o.region);
      app.endRow();
    }
  } finally {
    app.closeSync();
  }
  await c.run(
    `INSERT INTO org (code, name_th, short_name_th, type, tambon_code, tambon_th, district_code, district_th,
       province_code, province_th, region, source)
     SELECT code, name_th, short_name_th, type, NULL, NULL, district_code, district_th, province_code, province_th,
       region, $source
     FROM org_in
     ON CONFLICT (code) DO NOTHING`,
    { source },
  );
  // Scores already stored under a code the registry lacked gain statistics once the organisation exists.
  await touchOrgYears(
    c,
    'SELECT DISTINCT org_code, fiscal_year FROM score WHERE org_code IN (SELECT code FROM org_in)',
    undefined,
    'scores',
  );
  await c.run('DROP TABLE org_in');
}

/** Writes the import and its audit row (by `actor`, the command line by default) in one transaction. */
export async function writeImport(
  conn: DuckDBConnection,
  input: WriteInput,
  actor: Actor = cliActor(),
): Promise<void> {
  const writes = input.planned.filter((p) => p.change !== 'unchanged');
  // Every organisation-year it writes is recorded (touchOrgYears) as a change of scores, so only those rows of the
  // score-derived tables are refreshed, and measure_current is left alone.
  const write = async (c: DuckDBConnection): Promise<void> => {
    if (input.newOrgs.length > 0) await insertOrgs(c, input.newOrgs, input.source);
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
    await touchOrgYears(
      c,
      'SELECT DISTINCT org_code, fiscal_year FROM score_in',
      undefined,
      'scores',
    );
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
    const summary = JSON.parse(input.summaryJson) as { counts?: object; problems?: number };
    let scoreRows = 0;
    for (const p of writes) scoreRows += p.values.size;
    await recordAudit(c, actor, {
      action: 'score_import',
      orgCodes: [...writes.map((p) => p.orgCode), ...input.newOrgs.map((o) => o.code)],
      file: { hash: input.hash, name: input.fileName },
      counts: {
        ...summary.counts,
        written: writes.length,
        score_rows: scoreRows,
        orgs_added: input.newOrgs.length,
        problems: summary.problems ?? 0,
      },
      message: `${input.fileName}: ${writes.length} organisation-years written`,
    });
  };
  await inTransaction(conn, write, 'touched');
}
