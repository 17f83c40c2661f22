// Exports the whole dataset (or a province's or a year's part) as Parquet (hive-partitioned by fiscal year), CSV or XLSX.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBTypeId, INTEGER, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import { csvLine, UTF8_BOM } from './csv';
import type { Database } from '../db/database';
import { tablesFor, type DatasetScope, type DatasetTable } from './dataset-tables';
import { writeDatasetXlsx } from './dataset-xlsx';

export type DatasetFormat = 'parquet' | 'csv' | 'xlsx';
export const DATASET_FORMATS: readonly DatasetFormat[] = ['parquet', 'csv', 'xlsx'];
export const XLSX_FILE = 'ita-dataset.xlsx';
export const MANIFEST_FILE = 'manifest.json';

export interface DatasetManifest {
  format: DatasetFormat;
  exported_at: string;
  scope: { province_code: string | null; fiscal_year: number | null };
  schema_version: number;
  tables: {
    name: string;
    description: string;
    rows: number;
    /** Relative to the export directory: a folder for Parquet, a .csv file, or the workbook's sheet name. */
    path: string;
    partitioned_by: string | null;
  }[];
}

export interface DatasetExportOptions {
  format: DatasetFormat;
  outDir: string;
  scope?: DatasetScope;
  /** Parquet only: write each table as one file (for a single-table download) instead of partitions. */
  unpartitioned?: boolean;
  /** Only these tables (default: all of the scope's tables). */
  tables?: string[];
}

/** A path as an SQL string literal: COPY takes its target as a literal, not as a bound parameter. */
const sqlPath = (p: string) => `'${p.replace(/'/g, "''")}'`;

export function checkScope(scope: DatasetScope): void {
  if (scope.provinceCode != null && !/^\d{2}$/.test(scope.provinceCode))
    throw new Error(
      `province code must be two digits such as 94 (got '${scope.provinceCode}') / รหัสจังหวัดต้องเป็นเลขสองหลัก`,
    );
  if (scope.fiscalYear != null && !(Number.isInteger(scope.fiscalYear) && scope.fiscalYear >= 2500))
    throw new Error(
      `fiscal year must be a Buddhist Era year such as 2567 (got '${scope.fiscalYear}') / ปีงบประมาณต้องเป็น พ.ศ. เช่น 2567`,
    );
}

async function stage(
  conn: DuckDBConnection,
  t: DatasetTable,
  scope: DatasetScope,
): Promise<number> {
  // DuckDB refuses to bind a parameter the statement does not use, so only the ones it names are passed.
  const values: Record<string, string | number | null> = {};
  const types: Record<string, typeof VARCHAR | typeof INTEGER> = {};
  if (t.sql.includes('$province'))
    [values.province, types.province] = [scope.provinceCode ?? null, VARCHAR];
  if (t.sql.includes('$year')) [values.year, types.year] = [scope.fiscalYear ?? null, INTEGER];
  await conn.run(`CREATE OR REPLACE TEMP TABLE export_${t.name} AS ${t.sql}`, values, types);
  const r = await conn.runAndReadAll(`SELECT count(*)::INTEGER FROM temp.export_${t.name}`);
  return Number(r.getRowsJS()[0]![0]);
}

async function writeParquet(
  conn: DuckDBConnection,
  t: DatasetTable,
  rows: number,
  outDir: string,
  partition: boolean,
): Promise<string> {
  const dir = path.join(outDir, t.name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // An empty table still gets a file, so that readers find its columns.
  if (partition && t.partitionBy && rows > 0)
    await conn.run(
      `COPY temp.export_${t.name} TO ${sqlPath(dir)} (FORMAT parquet, PARTITION_BY (${t.partitionBy}), OVERWRITE_OR_IGNORE)`,
    );
  else
    await conn.run(
      `COPY temp.export_${t.name} TO ${sqlPath(path.join(dir, 'data_0.parquet'))} (FORMAT parquet)`,
    );
  return t.name;
}

/** DuckDB's numeric types: their values go out as numbers, every other column as text through the one CSV writer. */
const NUMERIC_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL,
]);

/**
 * The staged table as <table>.csv, written through the one CSV writer rather than by DuckDB's COPY, so that text
 * that could start a formula is neutralised here as in every other CSV (issue 14). DuckDB renders every
 * non-numeric column as text (dates and timestamps as COPY wrote them) and DECIMAL as DOUBLE; JS only writes cells.
 */
async function writeCsv(conn: DuckDBConnection, t: DatasetTable, outDir: string): Promise<string> {
  const file = path.join(outDir, `${t.name}.csv`);
  const table = `temp.export_${t.name}`;
  const shape = await conn.run(`SELECT * FROM ${table} LIMIT 0`);
  const names = shape.columnNames();
  const quoted = (n: string) => `"${n.replace(/"/g, '""')}"`;
  const select = shape.columnTypes().map((type, i) => {
    const col = quoted(names[i]!);
    if (type.typeId === DuckDBTypeId.DECIMAL) return `CAST(${col} AS DOUBLE)`;
    return NUMERIC_TYPES.has(type.typeId) ? col : `CAST(${col} AS VARCHAR)`;
  });
  const result = await conn.stream(`SELECT ${select.join(', ')} FROM ${table}`);
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, UTF8_BOM + csvLine(names) + '\r\n');
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      let text = '';
      for (const row of chunk.getRows()) text += csvLine(row) + '\r\n';
      fs.writeSync(fd, text);
    }
  } finally {
    fs.closeSync(fd);
  }
  return `${t.name}.csv`;
}

/**
 * Writes the dataset into outDir (created if needed) with a manifest.json, from one consistent snapshot.
 * Parquet: <table>/fiscal_year=<year>/data_0.parquet for tables with a fiscal year, <table>/data_0.parquet otherwise.
 * CSV: <table>.csv, UTF-8 with BOM. XLSX: ita-dataset.xlsx with a sheet per table.
 */
export async function exportDataset(
  db: Database,
  opts: DatasetExportOptions,
): Promise<DatasetManifest> {
  const scope = opts.scope ?? {};
  checkScope(scope);
  const tables = tablesFor(scope).filter((t) => !opts.tables || opts.tables.includes(t.name));
  if (opts.tables) {
    const unknown = opts.tables.filter((n) => !tables.some((t) => t.name === n));
    if (unknown.length)
      throw new Error(
        `no table ${unknown.join(', ')} in this export (tables: ${tablesFor(scope)
          .map((t) => t.name)
          .join(', ')})`,
      );
  }
  fs.mkdirSync(opts.outDir, { recursive: true });
  return db.withConnection(async (conn) => {
    // One read transaction: every table comes from the same moment, even while imports run.
    await conn.run('BEGIN TRANSACTION');
    try {
      const version = Number(
        (await conn.runAndReadAll('SELECT max(version) FROM schema_migration')).getRowsJS()[0]![0],
      );
      const manifest: DatasetManifest = {
        format: opts.format,
        exported_at: new Date().toISOString(),
        scope: { province_code: scope.provinceCode ?? null, fiscal_year: scope.fiscalYear ?? null },
        schema_version: version,
        tables: [],
      };
      for (const t of tables) {
        const rows = await stage(conn, t, scope);
        const partitioned =
          opts.format === 'parquet' && !opts.unpartitioned && t.partitionBy !== null && rows > 0;
        const where =
          opts.format === 'parquet'
            ? await writeParquet(conn, t, rows, opts.outDir, !opts.unpartitioned)
            : opts.format === 'csv'
              ? await writeCsv(conn, t, opts.outDir)
              : t.name;
        manifest.tables.push({
          name: t.name,
          description: t.description,
          rows,
          path: where,
          partitioned_by: partitioned ? t.partitionBy : null,
        });
      }
      if (opts.format === 'xlsx')
        await writeDatasetXlsx(conn, path.join(opts.outDir, XLSX_FILE), manifest);
      for (const t of tables) await conn.run(`DROP TABLE IF EXISTS temp.export_${t.name}`);
      await conn.run('COMMIT');
      fs.writeFileSync(
        path.join(opts.outDir, MANIFEST_FILE),
        JSON.stringify(manifest, null, 2) + '\n',
      );
      return manifest;
    } catch (err) {
      await conn.run('ROLLBACK');
      throw err;
    }
  });
}
