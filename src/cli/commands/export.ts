// ita export: write the whole dataset (or one province's or year's part) as Parquet, CSV or XLSX.
import { UsageError, flag } from '../args';
import type { Command } from '../command';
import { getDatabase } from '../../lib/server/db/database';
import {
  DATASET_FORMATS,
  exportDataset,
  type DatasetFormat,
} from '../../lib/server/export/dataset-export';

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
    const db = await getDatabase();
    const manifest = await exportDataset(db, {
      format,
      outDir,
      scope: { provinceCode: province, fiscalYear },
    });
    console.log(
      `exported ${format} to ${outDir}${province || fiscalYear ? ` (province ${province ?? 'all'}, year ${fiscalYear ?? 'all'})` : ''}`,
    );
    const width = Math.max(...manifest.tables.map((t) => t.name.length));
    for (const t of manifest.tables)
      console.log(
        `  ${t.name.padEnd(width)}  ${String(t.rows).padStart(8)} rows  ${t.path}${t.partitioned_by ? ` (by ${t.partitioned_by})` : ''}`,
      );
    return 0;
  },
};
