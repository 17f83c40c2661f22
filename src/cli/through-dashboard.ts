// The CLI's writes and dry runs sent to the running dashboard's import endpoints, answered in the shapes a local run prints.
import fs from 'node:fs/promises';
import path from 'node:path';
import { CliError, refusalText, type Dashboard } from './dashboard';
import type { ScoreImportOptions, ScoreImportSummary } from '../lib/server/import/import-scores';
import { startSummary, type IngestSummary } from '../lib/server/ingest/ingest';
import type { WebStoreResult } from '../lib/server/ingest/web-store';
import type { ScoreUploadResult } from '../lib/server/import-web/score-upload';

/** Refusals that concern the whole run (no token, a bad one, a read-only server): no point sending the other files. */
const WHOLE_RUN = new Set([401, 403]);
/** Refusals of one file's organisation (not the account's): the other files may still be the account's to store. */
const THIS_FILE_ONLY = new Set(['other_org', 'other_province', 'org_unknown']);

/**
 * The score import's dry run (/api/import/scores/preview) or commit (/api/import/scores/commit, in the server's write
 * queue). An unreadable file is a CliError worded as the local run words it.
 */
export async function scoresThroughDashboard(
  dashboard: Dashboard,
  file: { name: string; bytes: Uint8Array },
  opts: ScoreImportOptions,
  dryRun: boolean,
): Promise<ScoreImportSummary> {
  const params: Record<string, string> = {};
  if (opts.addOrgs) params.add_orgs = 'on';
  if (opts.strict) params.strict = 'on';
  if (opts.year !== null && opts.year !== undefined) params.year = String(opts.year);
  const route = dryRun ? '/api/import/scores/preview' : '/api/import/scores/commit';
  const res = await dashboard.ok(
    await dashboard.request('POST', route, { params, body: file.bytes, fileName: file.name }),
  );
  const result = (await res.json()) as ScoreUploadResult;
  if (!result.ok)
    throw new CliError(`${result.file}: ${result.error.message} / ${result.error.message_th}`);
  const { ok: _ok, ...summary } = result;
  return summary;
}

/**
 * Sends each report file to /api/import/report/store (one at a time, as the server's write queue would run them
 * anyway) and sums up what happened as ingestFiles does: a file the server refuses is listed as failed, with its reason.
 */
export async function ingestThroughDashboard(
  dashboard: Dashboard,
  paths: string[],
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<IngestSummary> {
  // The server parses and writes each file in its own transaction; its parse and write times are not reported back.
  const t0 = performance.now();
  const { summary, files } = await startSummary(paths);
  for (const [i, file] of files.entries()) {
    const failure = await storeOne(dashboard, file, summary);
    if (failure) summary.failed.push({ file, reason: `${file}: ${failure}` });
    onProgress?.(i + 1, files.length, file);
  }
  summary.stats.transactions = summary.loaded.length + summary.loadedWithWarnings.length;
  summary.stats.writeMs = performance.now() - t0;
  return summary;
}

/** Stores one file and files its outcome in summary; returns the reason when this file alone failed. */
async function storeOne(
  dashboard: Dashboard,
  file: string,
  summary: IngestSummary,
): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    return `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  const res = await dashboard.request('POST', '/api/import/report/store', {
    body: bytes,
    fileName: path.basename(file),
  });
  if (!res.ok) {
    const code = await res
      .clone()
      .json()
      .then((b: { error?: { code?: string } }) => b?.error?.code ?? null)
      .catch(() => null);
    const reason = await refusalText(res, dashboard.url);
    if ((WHOLE_RUN.has(res.status) && !THIS_FILE_ONLY.has(code ?? '')) || res.status >= 500)
      throw new CliError(reason);
    return reason;
  }
  const stored = (await res.json()) as { ok: true } & WebStoreResult;
  if (stored.status === 'unchanged') {
    summary.unchanged.push({ file, hash: stored.hash });
    return null;
  }
  const report = {
    file,
    hash: stored.hash,
    org_code: stored.org_code,
    fiscal_year: stored.fiscal_year,
    round: stored.round,
    measures: stored.measures,
    claims: stored.claims,
    scores: stored.scores,
    superseded: stored.superseded,
    warnings: stored.warnings,
  };
  (report.warnings.length > 0 ? summary.loadedWithWarnings : summary.loaded).push(report);
  return null;
}
