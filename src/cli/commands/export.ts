// ita export: write the whole dataset (or one province's or year's part) as Parquet, CSV or XLSX.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { UsageError, flag } from '../args';
import type { Command } from '../command';
import { databaseOrDashboard, type Dashboard } from '../dashboard';
import { line } from '../output';
import {
  DATASET_FORMATS,
  exportDataset,
  MANIFEST_FILE,
  XLSX_FILE,
  type DatasetFormat,
  type DatasetManifest,
} from '../../lib/server/export/dataset-export';

/** How long the CLI waits for the dashboard to prepare a national export, seconds. */
const PREPARE_LIMIT_S = 15 * 60;

/**
 * The export through the running dashboard's download (/data/download): the workbook as it comes, or its ZIP of
 * every table unpacked into outDir, so the folder is the one a local export writes.
 */
async function exportThroughDashboard(
  dashboard: Dashboard,
  format: DatasetFormat,
  outDir: string,
  scope: { province: string | null; fiscalYear: number | null },
): Promise<DatasetManifest | null> {
  const params: Record<string, string> = { format };
  if (scope.province) params.province = scope.province;
  if (scope.fiscalYear) params.year = String(scope.fiscalYear);
  // A national file is built once per data version in the background: while it is, the dashboard says when to ask again.
  let res = await dashboard.request('GET', '/data/download', { params });
  for (let waited = 0; res.status === 503 && waited < PREPARE_LIMIT_S;) {
    const retry = Number(res.headers.get('retry-after'));
    if (!(retry > 0)) break;
    await res.arrayBuffer();
    process.stderr.write(`the dashboard is preparing the file; asking again in ${retry} s\n`);
    await new Promise((r) => setTimeout(r, retry * 1000));
    waited += retry;
    res = await dashboard.request('GET', '/data/download', { params });
  }
  res = await dashboard.ok(res);
  const bytes = new Uint8Array(await res.arrayBuffer());
  fs.mkdirSync(outDir, { recursive: true });
  if (format === 'xlsx') {
    fs.writeFileSync(path.join(outDir, XLSX_FILE), bytes);
    return null;
  }
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(outDir, ...entry.name.split('/'));
    // Names come from the server's own export, but a path outside outDir is never written.
    if (!path.resolve(target).startsWith(path.resolve(outDir) + path.sep)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async('uint8array'));
  }
  const manifest = path.join(outDir, MANIFEST_FILE);
  return fs.existsSync(manifest)
    ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as DatasetManifest)
    : null;
}

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Export all data: export --format parquet|csv|xlsx --out <dir> [--province 94] [--year 2567]',
  usage: `ita export --format parquet|csv|xlsx --out <dir> [--province <code>] [--year <fiscal year>]

Writes organisations, frameworks, scores (with their history), reports, measures and claims:
  parquet  one folder per table; tables with a fiscal year are partitioned (score/fiscal_year=2567/…),
           so DuckDB, Spark, Trino or pandas read the folder directly
  csv      one <table>.csv per table, UTF-8 with BOM (opens in Excel with Thai intact)
  xlsx     ita-dataset.xlsx, one sheet per table
and manifest.json (tables, row counts, scope). --province (2-digit code) and --year (BE) narrow it.

Example: npm run -s ita -- export --format parquet --out exports/ita
See docs/loading-data.md.`,
  async run(args) {
    const format = flag(args, 'format') as DatasetFormat | undefined;
    if (!format || !DATASET_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${DATASET_FORMATS.join(', ')}`);
    const outDir = flag(args, 'out');
    if (!outDir) throw new UsageError('--out <dir> is needed');
    const province = flag(args, 'province') ?? null;
    const yearText = flag(args, 'year');
    const fiscalYear = yearText === undefined ? null : Number(yearText);
    if (province !== null && !/^\d{2}$/.test(province))
      throw new UsageError(
        `--province takes a 2-digit province code such as 94 (got '${province}')`,
      );
    if (fiscalYear !== null && !(Number.isInteger(fiscalYear) && fiscalYear >= 2500))
      throw new UsageError(
        `--year takes a Buddhist Era fiscal year such as 2567 (got '${yearText}')`,
      );
    const target = await databaseOrDashboard({ write: false });
    const manifest = target.dashboard
      ? await exportThroughDashboard(target.dashboard, format, outDir, { province, fiscalYear })
      : await exportDataset(target.db, {
          format,
          outDir,
          scope: { provinceCode: province, fiscalYear },
        });
    await line(
      `exported ${format} to ${outDir}${province || fiscalYear ? ` (province ${province ?? 'all'}, year ${fiscalYear ?? 'all'})` : ''}` +
        (target.dashboard ? ` through the dashboard at ${target.dashboard.url}` : ''),
    );
    if (!manifest) return 0;
    const width = Math.max(...manifest.tables.map((t) => t.name.length));
    for (const t of manifest.tables)
      await line(
        `  ${t.name.padEnd(width)}  ${String(t.rows).padStart(8)} rows  ${t.path}${t.partitioned_by ? ` (by ${t.partitioned_by})` : ''}`,
      );
    return 0;
  },
};
