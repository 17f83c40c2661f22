// The dataset export as one file for a web download: the XLSX workbook, one table as CSV or Parquet, or a ZIP of all tables.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/database';
import { exportDataset, XLSX_FILE, type DatasetFormat } from './dataset-export';
import type { DatasetScope } from './dataset-tables';
import { zipDirectory } from './dataset-zip';

export interface DatasetDownloadRequest {
  format: DatasetFormat;
  scope?: DatasetScope;
  /** One table only (CSV or Parquet); without it CSV and Parquet come as a ZIP of every table. */
  table?: string | null;
}

export interface DatasetDownload {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

const CONTENT_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  zip: 'application/zip',
};

/** "ita-dataset-p94-2567": what the file holds, in its name. */
function baseName(what: string, scope: DatasetScope): string {
  return [
    'ita',
    what,
    scope.provinceCode ? `p${scope.provinceCode}` : null,
    scope.fiscalYear ? String(scope.fiscalYear) : null,
  ]
    .filter(Boolean)
    .join('-');
}

export async function datasetDownload(
  db: Database,
  req: DatasetDownloadRequest,
): Promise<DatasetDownload> {
  const scope = req.scope ?? {};
  if (req.table && req.format === 'xlsx')
    throw new Error('a single table downloads as csv or parquet; xlsx holds every table');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-export-'));
  try {
    if (req.format === 'xlsx') {
      await exportDataset(db, { format: 'xlsx', outDir: dir, scope });
      return {
        fileName: `${baseName('dataset', scope)}.xlsx`,
        contentType: CONTENT_TYPES.xlsx!,
        bytes: fs.readFileSync(path.join(dir, XLSX_FILE)),
      };
    }
    if (req.table) {
      await exportDataset(db, {
        format: req.format,
        outDir: dir,
        scope,
        tables: [req.table],
        unpartitioned: true,
      });
      const file =
        req.format === 'csv'
          ? path.join(dir, `${req.table}.csv`)
          : path.join(dir, req.table, 'data_0.parquet');
      return {
        fileName: `${baseName(req.table, scope)}.${req.format}`,
        contentType: CONTENT_TYPES[req.format]!,
        bytes: fs.readFileSync(file),
      };
    }
    await exportDataset(db, { format: req.format, outDir: dir, scope });
    return {
      fileName: `${baseName(`dataset-${req.format}`, scope)}.zip`,
      contentType: CONTENT_TYPES.zip!,
      bytes: zipDirectory(dir),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
