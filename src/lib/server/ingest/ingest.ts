// Loads measure report files into the database: parsed on worker threads, written in batches, idempotent by content hash.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Actor } from '../auth/actor';
import type { Database } from '../db/database';
import { loadResolver, type OrgResolver } from '../registry/resolver';
import { ReportInputError } from './decode';
import { inThreadParser, startParsePool, defaultThreads, type ReportParser } from './parse-pool';
import { parseReportBytes, readFailure } from './parse-report';
import { reportExists, storeReport, storeReports, type StoreResult } from './store';
import type { ParsedReportFile, Round } from './types';

/** Files a folder is searched for. .doc is listed so that it is reported as unsupported, not ignored. */
export const REPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf', '.doc'];

export interface IngestOptions {
  /** Called after each file is settled (written, unchanged or failed), in file order. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Called after each file is parsed (or found unchanged or unreadable), in the order parsing ends. */
  onParsed?: (done: number, total: number, file: string) => void;
  /** Threads that parse: 0 parses in this thread. Default: one per core when there are PARALLEL_FROM files or more. */
  threads?: number;
  /** Files written per transaction (default BATCH_SIZE). */
  batchSize?: number;
  /** Resolves organisations; defaults to one built from the database's org table. */
  resolver?: OrgResolver;
  /** The clock, for tests. */
  now?: () => Date;
  /** For tests: called after each write inside a transaction, with the file written; throwing must leave no trace. */
  afterWrite?: (what: string, file: string) => void | Promise<void>;
  /** Who writes, for the audit log (default: the command line's user). */
  actor?: Actor;
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
  /** How the work went: parse threads (0 = this thread), transactions committed and rolled back, phase times. */
  stats: IngestStats;
}

export interface IngestStats {
  threads: number;
  transactions: number;
  rolledBack: number;
  parseMs: number;
  writeMs: number;
}

/**
 * Files written in one transaction. Each transaction ends with the refresh of the derived tables, which costs
 * seconds on the national database however many organisations it covers (see db/derived.ts), so a bulk load is
 * best written in few transactions; parsed files are held until their transaction commits (for the retry in halves).
 */
export const BATCH_SIZE = 500;
/**
 * Files stored with one set of statements (one per table) inside a transaction, as soon as they are parsed: the
 * writes overlap the parsing of the files after them, and a statement's round trip is shared by the chunk.
 */
export const STORE_CHUNK = 25;
/** Below this many files, starting worker threads costs more than it saves. */
export const PARALLEL_FROM = 4;

/** Report files under dir, sorted. Appends to out: a folder of many thousand files must not be spread as arguments. */
async function walk(dir: string, out: string[] = []): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (REPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) found.push(full);
  }
  for (const f of found.sort()) out.push(f);
  return out;
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
    else if (stat.isDirectory()) await walk(p, files);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

const oneLineMessage = (err: unknown): string =>
  String((err as Error)?.message ?? err).replace(/\s*\n\s*/g, ' ');

/** What happened to one report: loaded (with its summary) or unchanged (its content was loaded before). */
export type IngestOutcome =
  { status: 'loaded'; report: IngestedReport } | { status: 'unchanged'; hash: string };

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** What one loaded report amounts to, as the summaries of `ita ingest` and the web store give it. */
export function describeLoaded(
  file: string,
  hash: string,
  { report }: ParsedReportFile,
  stored: StoreResult,
): IngestedReport {
  return {
    file,
    hash,
    org_code: report.org.code,
    fiscal_year: report.fiscal_year,
    round: report.round,
    measures: report.measures.length,
    claims: report.claims.length,
    scores: stored.scores,
    superseded: stored.superseded,
    warnings: report.warnings,
  };
}

/**
 * Loads one report from memory (an upload: {name, bytes}) in its own transaction. Throws ReportInputError for
 * unreadable input; any failure leaves the database as it was.
 */
export async function ingestReport(
  db: Database,
  input: { name: string; bytes: Uint8Array },
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  const hash = sha256(input.bytes);
  if (await db.withConnection((c) => reportExists(c, hash))) return { status: 'unchanged', hash };
  const resolver = opts.resolver ?? (await db.withConnection((c) => loadResolver(c)));
  const now = opts.now ?? (() => new Date());
  const parsed = await parseReportBytes(input.name, input.bytes, { resolver });
  const stored = await db.transaction(
    (conn) =>
      storeReport(
        conn,
        parsed,
        path.basename(input.name),
        now(),
        (what) => opts.afterWrite?.(what, input.name),
        opts.actor,
      ),
    'touched',
  );
  return { status: 'loaded', report: describeLoaded(input.name, hash, parsed, stored) };
}

/** One file after the parse phase. */
type Prepared =
  | { file: string; status: 'parsed'; hash: string; parsed: ParsedReportFile }
  | { file: string; status: 'unchanged'; hash: string }
  | { file: string; status: 'failed'; reason: string };

const failure = (file: string, err: unknown): { file: string; reason: string } => {
  const reason = oneLineMessage(err);
  return { file, reason: reason.startsWith(file) ? reason : `${file}: ${reason}` };
};

async function prepare(db: Database, file: string, parser: ReportParser): Promise<Prepared> {
  try {
    const bytes = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
      throw new ReportInputError(file, readFailure(err));
    });
    const hash = sha256(bytes);
    // Content loaded before is not parsed again; the write checks once more, inside its transaction.
    if (await db.withConnection((c) => reportExists(c, hash)))
      return { file, status: 'unchanged', hash };
    return { file, status: 'parsed', hash, parsed: await parser.parse(file, bytes) };
  } catch (err) {
    return { status: 'failed', ...failure(file, err) };
  }
}

type Written = { status: 'loaded'; report: IngestedReport } | { status: 'unchanged'; hash: string };

/** An empty summary and the files the paths name, with every path that does not exist already listed as failed. */
export async function startSummary(
  paths: string[],
): Promise<{ summary: IngestSummary; files: string[] }> {
  const summary: IngestSummary = {
    loaded: [],
    loadedWithWarnings: [],
    unchanged: [],
    failed: [],
    stats: { threads: 0, transactions: 0, rolledBack: 0, parseMs: 0, writeMs: 0 },
  };
  const { files, missing } = await expandPaths(paths);
  for (const m of missing) summary.failed.push({ file: m, reason: `${m}: no such file or folder` });
  return { summary, files };
}

/**
 * Loads files and folders (searched recursively) and sums up what happened. Files are parsed on worker threads and
 * written in file order, BATCH_SIZE per transaction. A batch whose write fails is rolled back and written again in
 * halves, down to single files, so that only a file that fails on its own is skipped and leaves nothing behind.
 */
export async function ingestFiles(
  db: Database,
  paths: string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const { summary, files } = await startSummary(paths);
  if (files.length === 0) return summary;
  const now = opts.now ?? (() => new Date());
  const batchSize = Math.max(1, opts.batchSize ?? BATCH_SIZE);
  const threads = opts.threads ?? (files.length >= PARALLEL_FROM ? defaultThreads() : 0);

  // One resolver for the whole run, built while the workers start: building it reads every organisation.
  const resolver = opts.resolver
    ? Promise.resolve(opts.resolver)
    : db.withConnection((c) => loadResolver(c));
  // Awaited by the first parse; a failure to build must not also surface as an unhandled rejection before that.
  resolver.catch(() => undefined);
  const parser =
    (threads > 0 ? await startParsePool(resolver, threads) : null) ??
    inThreadParser(await resolver);
  summary.stats.threads = parser.threads;

  const t0 = performance.now();
  let parsedCount = 0;
  let lastParsed = t0;
  let settled = 0;
  const settle = (file: string) => opts.onProgress?.(++settled, files.length, file);
  const record = (file: string, w: Written) => {
    if (w.status === 'unchanged') summary.unchanged.push({ file, hash: w.hash });
    else
      (w.report.warnings.length > 0 ? summary.loadedWithWarnings : summary.loaded).push(w.report);
  };

  type Parsed = Extract<Prepared, { status: 'parsed' }>;
  /** Stores files in order on a connection inside a transaction: what each did. */
  const store = async (conn: DuckDBConnection, batch: Parsed[]): Promise<Written[]> => {
    const stored = await storeReports(
      conn,
      batch.map((p) => ({
        parsed: p.parsed,
        fileName: path.basename(p.file),
        now: now(),
        afterWrite: (what: string) => opts.afterWrite?.(what, p.file),
      })),
      opts.actor,
    );
    return batch.map((p, i) => {
      const s = stored[i];
      return s
        ? { status: 'loaded', report: describeLoaded(p.file, p.hash, p.parsed, s) }
        : { status: 'unchanged', hash: p.hash };
    });
  };
  const committed = (batch: Parsed[], written: Written[]) => {
    summary.stats.transactions++;
    batch.forEach((p, i) => {
      record(p.file, written[i]!);
      settle(p.file);
    });
  };

  /** Writes the files in one transaction; on failure, the halves again (a single file fails alone). */
  const writeBatch = async (batch: Parsed[]): Promise<void> => {
    try {
      committed(batch, await db.transaction((conn) => store(conn, batch), 'touched'));
    } catch (err) {
      summary.stats.rolledBack++;
      await retryInHalves(batch, err);
    }
  };
  const retryInHalves = async (batch: Parsed[], err: unknown): Promise<void> => {
    if (batch.length === 1) {
      summary.failed.push(failure(batch[0]!.file, err));
      settle(batch[0]!.file);
      return;
    }
    const half = Math.ceil(batch.length / 2);
    await writeBatch(batch.slice(0, half));
    await writeBatch(batch.slice(half));
  };

  // Parsing runs ahead of writing by up to `window` files, so workers keep busy while a chunk is written.
  const chunk = Math.min(STORE_CHUNK, batchSize);
  const window = 4 * chunk;
  const pending = new Map<number, Promise<Prepared>>();
  let started = 0;
  const fill = (consumed: number) => {
    for (; started < files.length && started < consumed + window; started++) {
      const file = files[started]!;
      pending.set(
        started,
        prepare(db, file, parser).then((p) => {
          parsedCount++;
          lastParsed = performance.now();
          opts.onParsed?.(parsedCount, files.length, file);
          return p;
        }),
      );
    }
  };
  let next = 0;
  /** The parsed files among the next ones up to `end`, at most `count`; failed and unchanged ones are settled. */
  const take = async (end: number, count: number): Promise<Parsed[]> => {
    const out: Parsed[] = [];
    while (next < end && out.length < count) {
      const p = await pending.get(next)!;
      pending.delete(next);
      fill(++next);
      if (p.status === 'parsed') out.push(p);
      else {
        if (p.status === 'failed') summary.failed.push({ file: p.file, reason: p.reason });
        else summary.unchanged.push({ file: p.file, hash: p.hash });
        settle(p.file);
      }
    }
    return out;
  };

  let writeMs = 0;
  try {
    fill(0);
    while (next < files.length) {
      const end = Math.min(files.length, next + batchSize);
      // A transaction starts with its first parsed file: one with nothing to write would still bump the version.
      const batch = await take(end, chunk);
      while (batch.length === 0 && next < end) batch.push(...(await take(end, chunk)));
      if (batch.length === 0) continue;
      const w0 = performance.now();
      try {
        const written = await db.transaction(async (conn) => {
          const out = await store(conn, batch);
          while (next < end) {
            const more = await take(end, chunk);
            batch.push(...more);
            out.push(...(await store(conn, more)));
          }
          return out;
        }, 'touched');
        committed(batch, written);
      } catch (err) {
        summary.stats.rolledBack++;
        batch.push(...(await take(end, Infinity)));
        await retryInHalves(batch, err);
      }
      writeMs += performance.now() - w0;
    }
  } finally {
    await parser.close();
  }
  summary.stats.parseMs = lastParsed - t0;
  summary.stats.writeMs = writeMs;
  return summary;
}
