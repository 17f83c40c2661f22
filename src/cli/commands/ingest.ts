// ita ingest: load measure report files and folders into the database, with progress bars and a summary.
import { UsageError, flag, hasFlag } from '../args';
import type { Command } from '../command';
import { databaseOrDashboard } from '../dashboard';
import { ingestThroughDashboard } from '../through-dashboard';
import {
  BATCH_SIZE,
  expandPaths,
  ingestFiles,
  type IngestSummary,
  type IngestedReport,
} from '../../lib/server/ingest/ingest';
import { phaseProgress } from '../progress';

/** Below this many files a progress bar is more noise than help. */
const PROGRESS_FROM = 3;

function wholeNumber(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, not '${text}'`);
  return n;
}

function describe(r: IngestedReport): string {
  const what = [
    r.org_code ?? 'organisation unknown',
    r.fiscal_year ?? 'year unknown',
    r.round ?? 'round not stated',
    `${r.measures} measures`,
    `${r.claims} claims`,
  ];
  if (r.scores > 0) what.push(`${r.scores} scores`);
  if (r.superseded.length > 0)
    what.push(`supersedes ${r.superseded.map((h) => h.slice(0, 12)).join(', ')}`);
  return `${r.file}: ${what.join(', ')}`;
}

export function formatSummary(s: IngestSummary, verbose: boolean): string {
  const out: string[] = [];
  const total =
    s.loaded.length + s.loadedWithWarnings.length + s.unchanged.length + s.failed.length;
  out.push(
    `${total} files: loaded ${s.loaded.length}, loaded with warnings ${s.loadedWithWarnings.length}, ` +
      `unchanged ${s.unchanged.length}, failed ${s.failed.length}`,
  );
  if (verbose) for (const r of s.loaded) out.push(`  loaded: ${describe(r)}`);
  if (verbose)
    for (const r of s.loadedWithWarnings) {
      out.push(`  loaded with warnings: ${describe(r)}`);
      for (const w of r.warnings) out.push(`    - ${w}`);
    }
  if (verbose) for (const u of s.unchanged) out.push(`  unchanged (already loaded): ${u.file}`);
  for (const f of s.failed) out.push(`  failed: ${f.reason}`);
  const st = s.stats;
  if (verbose && st.transactions + st.rolledBack > 0)
    out.push(
      `parsed on ${st.threads === 0 ? 'the main thread' : `${st.threads} threads`} in ${(st.parseMs / 1000).toFixed(1)} s; ` +
        `written in ${st.transactions} transactions${st.rolledBack ? ` (${st.rolledBack} rolled back and retried in parts)` : ''}, ${(st.writeMs / 1000).toFixed(1)} s`,
    );
  return out.join('\n');
}

export const ingest: Command = {
  name: 'ingest',
  summary: 'Load measure reports (files or folders) into the database: ingest <paths…>',
  usage: `ita ingest <files or folders…> [--quiet] [--threads N] [--batch N]

Parses each measure report (text, HTML, DOCX, PDF; folders are searched for .txt .html .htm
.docx .pdf, and .doc files there are reported as unsupported) and loads it into the database (ITA_DB).
Files are parsed in parallel on worker threads and written in file order, several per
transaction; when a transaction fails it is rolled back and its files are written again in
smaller groups, so a file that fails leaves the database as it was and the others still load.

  - the same content twice changes nothing (reports are keyed by their SHA-256);
  - a newer report for the same organisation, fiscal year and round supersedes the one loaded
    before it (in the order the files are named, folders sorted by name), which stays in history;
  - score claims whose assessment year the text states become score observations
    (source report:<sha256>), which take precedence over synthetic scores.

Shows progress bars (parse, write) with the time left on stderr when it is a terminal.
Prints a summary: loaded, loaded with warnings (each warning), unchanged, failed (each reason).
  --quiet      only the counts and the failures
  --threads N  parse on N worker threads besides the main thread (0: the main thread alone;
               default: one per core besides it)
  --batch N    files per transaction (default ${BATCH_SIZE})

When the dashboard holds the database, the files go through it (its write queue) with an API
token of an account that may write them (ITA_API_TOKEN=<token>, or --token-file FILE; made with
ita user token create), sent in the Authorization header, with the same summary; without a token
the command says so and writes nothing.
  --token-file FILE  read the API token from the first line of FILE

Exit code: 0 when no file failed, 1 when some failed, 2 for bad arguments.`,
  booleanFlags: ['quiet'],
  async run(args) {
    if (args.positionals.length === 0)
      throw new UsageError('name at least one report file or folder');
    const quiet = hasFlag(args, 'quiet');
    const threads = wholeNumber('threads', flag(args, 'threads'), 0);
    const batchSize = wholeNumber('batch', flag(args, 'batch'), 1);
    const target = await databaseOrDashboard({ write: true, tokenFile: flag(args, 'token-file') });
    if (target.dashboard) {
      const summary = await ingestThroughDashboard(target.dashboard, args.positionals);
      console.log(formatSummary(summary, !quiet));
      return summary.failed.length > 0 ? 1 : 0;
    }
    const { db } = target;
    const { files } = await expandPaths(args.positionals);
    const progress =
      files.length >= PROGRESS_FROM
        ? phaseProgress({
            phases: [
              { id: 'parse', label: 'parse / อ่าน' },
              { id: 'write', label: 'write / บันทึก' },
            ],
            total: files.length,
          })
        : null;
    let summary: IngestSummary;
    try {
      summary = await ingestFiles(db, args.positionals, {
        threads,
        batchSize,
        onParsed: (done, _total, file) => progress?.update('parse', done, file),
        onProgress: (done, _total, file) => progress?.update('write', done, file),
      });
    } finally {
      progress?.stop();
    }
    const text = formatSummary(summary, !quiet);
    console.log(text);
    return summary.failed.length > 0 ? 1 : 0;
  },
};
