// The dataset export as one file for a web download: the XLSX workbook, one table as CSV or Parquet, or a ZIP of all tables.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/database';
import { exportDataset, XLSX_FILE, type DatasetFormat } from './dataset-export';
import type { DatasetScope } from './dataset-tables';
import { zipDirectoryToFile } from './dataset-zip';

export interface DatasetDownloadRequest {
  format: DatasetFormat;
  scope?: DatasetScope;
  /** One table only (CSV or Parquet); without it CSV and Parquet come as a ZIP of every table. */
  table?: string | null;
}

/** What a download file is called and holds, without its bytes. */
export interface DatasetFileInfo {
  fileName: string;
  contentType: string;
  size: number;
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

/**
 * Writes the download to outFile and says what it is. The tables are exported into a temporary folder first (one
 * consistent snapshot), then moved or zipped into outFile; the folder is removed whatever happens.
 */
export async function writeDatasetDownload(
  db: Database,
  req: DatasetDownloadRequest,
  outFile: string,
): Promise<DatasetFileInfo> {
  const scope = req.scope ?? {};
  if (req.table && req.format === 'xlsx')
    throw new Error('a single table downloads as csv or parquet; xlsx holds every table');
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'ita-export-'));
  const moved = async (file: string, fileName: string, contentType: string) => {
    // A rename when the temporary folder is on the same file system, a copy otherwise.
    await fs.promises.rename(file, outFile).catch(() => fs.promises.copyFile(file, outFile));
    return { fileName, contentType, size: (await fs.promises.stat(outFile)).size };
  };
  try {
    if (req.format === 'xlsx') {
      await exportDataset(db, { format: 'xlsx', outDir: dir, scope });
      return moved(
        path.join(dir, XLSX_FILE),
        `${baseName('dataset', scope)}.xlsx`,
        CONTENT_TYPES.xlsx!,
      );
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
      return moved(file, `${baseName(req.table, scope)}.${req.format}`, CONTENT_TYPES[req.format]!);
    }
    await exportDataset(db, { format: req.format, outDir: dir, scope });
    const size = await zipDirectoryToFile(dir, outFile);
    return {
      fileName: `${baseName(`dataset-${req.format}`, scope)}.zip`,
      contentType: CONTENT_TYPES.zip!,
      size,
    };
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** The download in memory: for a province's or a table's export, small enough to keep. */
export async function datasetDownload(
  db: Database,
  req: DatasetDownloadRequest,
): Promise<DatasetDownload> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'ita-download-'));
  try {
    const file = path.join(dir, 'download');
    const info = await writeDatasetDownload(db, req, file);
    return {
      fileName: info.fileName,
      contentType: info.contentType,
      bytes: await fs.promises.readFile(file),
    };
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
