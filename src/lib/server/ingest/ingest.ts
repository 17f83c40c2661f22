// Loads measure report files into the database, each in its own transaction, idempotent by content hash.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database';
import { loadResolver, type OrgResolver } from '../registry/resolver';
import { ReportInputError } from './decode';
import { parseReportBytes, readFailure } from './parse-report';
import { reportExists, storeReport, type AfterWrite } from './store';
import type { Round } from './types';

/** Files a folder is searched for. .doc is listed so that it is reported as unsupported, not ignored. */
export const REPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf', '.doc'];

export interface IngestOptions {
  /** Called after each file, whatever happened to it. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Resolves organisations; defaults to one built from the database's org table. */
  resolver?: OrgResolver;
  /** The clock, for tests. */
  now?: () => Date;
  /** For tests: called after each write inside a file's transaction; throwing from it must leave no trace. */
  afterWrite?: AfterWrite;
}

export interface IngestedReport {
  file: string;
  hash: string;
  org_code: string | null;
  fiscal_year: number | null;
  round: Round | null;
  measures: number;
  claims: number;
  scores: number;
  /** Reports this one superseded (same organisation, year and round). */
  superseded: string[];
  warnings: string[];
}

export interface IngestSummary {
  loaded: IngestedReport[];
  loadedWithWarnings: IngestedReport[];
  /** Files whose content was already loaded: nothing changed. */
  unchanged: { file: string; hash: string }[];
  failed: { file: string; reason: string }[];
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (REPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out.sort();
}

/** Files given by name are always tried; folders are searched for report files. Paths that do not exist fail. */
export async function expandPaths(
  paths: string[],
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) missing.push(p);
    else if (stat.isDirectory()) files.push(...(await walk(p)));
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

const oneLineMessage = (err: unknown): string =>
  String((err as Error)?.message ?? err).replace(/\s*\n\s*/g, ' ');

/** What happened to one report: loaded (with its summary) or unchanged (its content was loaded before). */
export type IngestOutcome =
  { status: 'loaded'; report: IngestedReport } | { status: 'unchanged'; hash: string };

/**
 * Loads one report from memory (an upload: {name, bytes}) in its own transaction. Throws ReportInputError for
 * unreadable input; any failure leaves the database as it was.
 */
export async function ingestReport(
  db: Database,
  input: { name: string; bytes: Uint8Array },
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  const hash = crypto.createHash('sha256').update(input.bytes).digest('hex');
  if (await db.withConnection((c) => reportExists(c, hash))) return { status: 'unchanged', hash };
  const resolver = opts.resolver ?? (await db.withConnection((c) => loadResolver(c)));
  const now = opts.now ?? (() => new Date());
  const parsed = await parseReportBytes(input.name, input.bytes, { resolver });
  const stored = await db.transaction(
    (conn) => storeReport(conn, parsed, path.basename(input.name), now(), opts.afterWrite),
    'touched',
  );
  const { report } = parsed;
  return {
    status: 'loaded',
    report: {
      file: input.name,
      hash,
      org_code: report.org.code,
      fiscal_year: report.fiscal_year,
      round: report.round,
      measures: report.measures.length,
      claims: report.claims.length,
      scores: stored.scores,
      superseded: stored.superseded,
      warnings: report.warnings,
    },
  };
}

/** Loads files and folders (searched recursively), each file in its own transaction, and sums up what happened. */
export async function ingestFiles(
  db: Database,
  paths: string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { loaded: [], loadedWithWarnings: [], unchanged: [], failed: [] };
  const { files, missing } = await expandPaths(paths);
  for (const m of missing) summary.failed.push({ file: m, reason: `${m}: no such file or folder` });
  if (files.length === 0) return summary;
  // One resolver for the whole run: building it reads every organisation.
  const resolver = opts.resolver ?? (await db.withConnection((c) => loadResolver(c)));

  for (const [i, file] of files.entries()) {
    try {
      const bytes = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
        throw new ReportInputError(file, readFailure(err));
      });
      const outcome = await ingestReport(db, { name: file, bytes }, { ...opts, resolver });
      if (outcome.status === 'unchanged') summary.unchanged.push({ file, hash: outcome.hash });
      else
        (outcome.report.warnings.length > 0 ? summary.loadedWithWarnings : summary.loaded).push(
          outcome.report,
        );
    } catch (err) {
      const reason = oneLineMessage(err);
      summary.failed.push({
        file,
        reason: reason.startsWith(file) ? reason : `${file}: ${reason}`,
      });
    } finally {
      opts.onProgress?.(i + 1, files.length, file);
    }
  }
  return summary;
}
