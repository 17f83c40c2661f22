// ita ingest: load measure report files and folders into the database, with a progress bar and a summary.
import cliProgress from 'cli-progress';
import { UsageError, hasFlag } from '../args';
import type { Command } from '../command';
import { databaseOrDashboard } from '../dashboard';
import { ingestThroughDashboard } from '../through-dashboard';
import {
  expandPaths,
  ingestFiles,
  type IngestSummary,
  type IngestedReport,
} from '../../lib/server/ingest/ingest';

/** Below this many files a progress bar is more noise than help. */
const PROGRESS_FROM = 3;

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
  return out.join('\n');
}

export const ingest: Command = {
  name: 'ingest',
  summary: 'Load measure reports (files or folders) into the database: ingest <paths…>',
  usage: `ita ingest <files or folders…> [--quiet]

Parses each measure report (text, HTML, DOCX, PDF; folders are searched for .txt .html .htm
.docx .pdf, and .doc files there are reported as unsupported) and loads it into the database (ITA_DB)
in its own transaction: a file that fails leaves the database as it was.

  - the same content twice changes nothing (reports are keyed by their SHA-256);
  - a newer report for the same organisation, fiscal year and round supersedes the one loaded
    before it, which stays in history;
  - score claims whose assessment year the text states become score observations
    (source report:<sha256>), which take precedence over synthetic scores.

Prints a summary: loaded, loaded with warnings (each warning), unchanged, failed (each reason).
  --quiet   only the counts and the failures

When the dashboard holds the database, the files go through it (its write queue) when
ITA_ADMIN_TOKEN is set to the dashboard's token, with the same summary; without the token the
command says so and writes nothing.

Exit code: 0 when no file failed, 1 when some failed, 2 for bad arguments.`,
  booleanFlags: ['quiet'],
  async run(args) {
    if (args.positionals.length === 0)
      throw new UsageError('name at least one report file or folder');
    const quiet = hasFlag(args, 'quiet');
    const target = await databaseOrDashboard({ write: true });
    if (target.dashboard) {
      const summary = await ingestThroughDashboard(target.dashboard, args.positionals);
      console.log(formatSummary(summary, !quiet));
      return summary.failed.length > 0 ? 1 : 0;
    }
    const { db } = target;
    const { files } = await expandPaths(args.positionals);
    const bar =
      files.length >= PROGRESS_FROM && process.stderr.isTTY
        ? new cliProgress.SingleBar(
            {
              stream: process.stderr,
              format: 'ingest [{bar}] {value}/{total} {file}',
              hideCursor: true,
              clearOnComplete: true,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
    bar?.start(files.length, 0, { file: '' });
    let summary: IngestSummary;
    try {
      summary = await ingestFiles(db, args.positionals, {
        onProgress: (done, _total, file) => bar?.update(done, { file: file.slice(-40) }),
      });
    } finally {
      bar?.stop();
    }
    const text = formatSummary(summary, !quiet);
    console.log(text);
    return summary.failed.length > 0 ? 1 : 0;
  },
};
