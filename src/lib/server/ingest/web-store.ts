// Stores one uploaded report (bytes, not a path) in one transaction, idempotent by content hash, optionally with the organisation a person picked.
import crypto from 'node:crypto';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { recordAudit } from '../audit/record';
import { cliActor, type Actor } from '../auth/actor';
import type { Database } from '../db/database';
import { loadResolver, type OrgResolver } from '../registry/resolver';
import { describeLoaded } from './ingest';
import { OverrideError } from './overrides';
import { readReportBudgeted } from '../limits/file-readers';
import { resolveReport } from './parse-report';
import { reportExists, storeReport, timestamp } from './store';
import type { ParsedReportFile, Round } from './types';

export interface UploadedReport {
  name: string;
  bytes: Uint8Array;
}

export interface WebStoreOptions {
  /** The organisation a person chose on the preview; when it differs from the parser's, it is stored with who chose it. */
  orgCode?: string | null;
  /** Who chose the organisation (required when orgCode changes the parser's answer). */
  who?: string | null;
  resolver?: OrgResolver;
  now?: Date;
  /** Who writes, for the audit log (default: the command line's user; the web passes the request's actor). */
  actor?: Actor;
  /**
   * Called with the report's organisation (the person's choice, else the parser's; null when unresolved) after
   * parsing and before anything is written; a throw stores nothing (the web checks the writer's rights here).
   */
  beforeStore?: (orgCode: string | null) => Promise<void>;
}

export type WebStoreResult =
  | { status: 'unchanged'; hash: string; file: string }
  | {
      status: 'stored';
      hash: string;
      file: string;
      org_code: string | null;
      /** The parser's organisation, when a person chose another. */
      org_code_parsed: string | null;
      fiscal_year: number | null;
      round: Round | null;
      measures: number;
      claims: number;
      scores: number;
      superseded: string[];
      warnings: string[];
    };

/** Applies a person's choice of organisation to the parsed report, so that superseding and score claims use it. */
async function chooseOrg(
  conn: DuckDBConnection,
  parsed: ParsedReportFile,
  orgCode: string,
): Promise<void> {
  const row = (
    await conn.runAndReadAll(
      `SELECT code, name_th, type, district_th, province_th FROM org WHERE code = $c`,
      { c: orgCode },
    )
  ).getRowObjectsJS()[0] as
    | {
        code: string;
        name_th: string;
        type: string;
        district_th: string | null;
        province_th: string | null;
      }
    | undefined;
  if (!row) throw new OverrideError(`organisation ${orgCode} is not in the registry`);
  parsed.report.org = {
    code: row.code,
    name_th: row.name_th,
    tambon_code: row.type === 'sao' && /^\d{6}$/.test(row.code) ? row.code : null,
    district_th: row.district_th,
    province_th: row.province_th,
  };
}

/** Reports are stored one at a time per process, so two uploads of one file cannot both pass the "already loaded" check. */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

export function storeUploadedReport(
  db: Database,
  file: UploadedReport,
  opts: WebStoreOptions = {},
): Promise<WebStoreResult> {
  return oneAtATime(async () => {
    const hash = crypto.createHash('sha256').update(file.bytes).digest('hex');
    const fileName = path.basename(file.name);
    if (await db.withConnection((c) => reportExists(c, hash)))
      return { status: 'unchanged', hash, file: fileName };
    const resolver = opts.resolver ?? (await db.withConnection((c) => loadResolver(c)));
    const parsed = resolveReport(await readReportBudgeted(fileName, file.bytes), resolver);
    const parsedCode = parsed.report.org.code;
    const chosen = opts.orgCode?.trim() || null;
    const who = opts.who?.trim() ?? '';
    const changesOrg = chosen !== null && chosen !== parsedCode;
    if (changesOrg && who === '')
      throw new OverrideError(
        'who: say who chose the organisation (the name is kept with the correction)',
      );
    await opts.beforeStore?.(changesOrg ? chosen : parsedCode);
    const now = opts.now ?? new Date();
    const actor = opts.actor ?? cliActor();
    const stored = await db.transaction(async (conn) => {
      if (changesOrg) await chooseOrg(conn, parsed, chosen);
      const result = await storeReport(conn, parsed, fileName, now, undefined, actor);
      // The person's choice is kept as an organisation correction (before = the parser's answer) for the review history.
      if (changesOrg) {
        await conn.run(
          `INSERT INTO report_org_override VALUES ($h, $before, $after, $who, $at::TIMESTAMP)`,
          { h: hash, before: parsedCode, after: chosen, who, at: timestamp(now) },
        );
        await recordAudit(conn, actor, {
          action: 'org_correction',
          orgCodes: [parsedCode, chosen],
          file: { hash, name: fileName },
          before: { org_code: parsedCode },
          after: { org_code: chosen },
          message: `${fileName}: organisation chosen on upload by ${who}`,
          at: now,
        });
      }
      return result;
    }, 'touched');
    return {
      status: 'stored',
      ...describeLoaded(fileName, hash, parsed, stored),
      org_code_parsed: changesOrg ? parsedCode : null,
    };
  });
}
