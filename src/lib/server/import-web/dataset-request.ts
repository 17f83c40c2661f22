// GET /data/download: the dataset for a province and/or year as XLSX, CSV (zip) or Parquet (zip). A province's files
// are built on request (recent ones kept in memory); national ones once per data version in the background, from disk.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { Database } from '../db/database';
import { datasetDownload, type DatasetDownload } from '../export/dataset-download';
import { datasetFileCache, type DatasetFileCache } from '../export/dataset-file-cache';
import { busyResponse, refusal } from '../jobs/busy-response';
import { heavyJobs, QueueFullError } from '../jobs/heavy-queue';
import type { DatasetScope } from '../export/dataset-tables';
import { toArabicDigits } from '../../thai/digits';
import { errorResponse } from './handlers';

export const DATASET_FORMATS = ['xlsx', 'csv', 'parquet'] as const;
export type DatasetFormatName = (typeof DATASET_FORMATS)[number];

export interface DatasetRequest {
  format: DatasetFormatName;
  scope: DatasetScope;
}

export class DatasetRequestError extends Error {
  constructor(
    readonly param: string,
    message: string,
    readonly message_th: string,
  ) {
    super(message);
  }
}

/**
 * format, province (2 digits), year (BE). A workbook for the whole country would pass Excel's row limit and take
 * minutes, so XLSX needs a province; CSV and Parquet carry any scope.
 */
export function parseDatasetRequest(search: URLSearchParams): DatasetRequest {
  const format = search.get('format') ?? 'xlsx';
  if (!(DATASET_FORMATS as readonly string[]).includes(format))
    throw new DatasetRequestError(
      'format',
      `'format' must be one of ${DATASET_FORMATS.join(', ')} (got '${format}')`,
      `รูปแบบไฟล์ต้องเป็น ${DATASET_FORMATS.join(', ')}`,
    );
  const province = search.get('province') || null;
  if (province !== null && !/^\d{2}$/.test(province))
    throw new DatasetRequestError(
      'province',
      `'province' must be a 2-digit province code such as 94 (got '${province}')`,
      `รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก เช่น 94`,
    );
  const yearText = search.get('year') ? toArabicDigits(search.get('year')!) : null;
  if (yearText !== null && !/^\d{4}$/.test(yearText))
    throw new DatasetRequestError(
      'year',
      `'year' must be a fiscal year in BE such as 2567 (got '${search.get('year')}')`,
      `ปีงบประมาณต้องเป็น พ.ศ. 4 หลัก เช่น 2567`,
    );
  if (format === 'xlsx' && province === null)
    throw new DatasetRequestError(
      'province',
      'An Excel workbook of the whole country is too large (over a million score rows): choose a province, or download CSV or Parquet',
      'ไฟล์ Excel ของทั้งประเทศใหญ่เกินไป (คะแนนเกินหนึ่งล้านแถว): ให้เลือกจังหวัด หรือดาวน์โหลดเป็น CSV หรือ Parquet',
    );
  return {
    format: format as DatasetFormatName,
    scope: { provinceCode: province, fiscalYear: yearText === null ? null : Number(yearText) },
  };
}

/** Recently built files: a national CSV takes over a minute to build, and several people ask for the same one. */
const CACHE_LIMIT_BYTES = 256 * 1024 * 1024;
const cache = new Map<string, Promise<DatasetDownload>>();
const sizes = new Map<string, number>();

function remember(key: string, build: () => Promise<DatasetDownload>): Promise<DatasetDownload> {
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const pending = build();
  cache.set(key, pending);
  pending.then(
    (d) => {
      sizes.set(key, d.bytes.length);
      let total = [...sizes.values()].reduce((a, b) => a + b, 0);
      for (const old of cache.keys()) {
        if (total <= CACHE_LIMIT_BYTES || old === key) break;
        total -= sizes.get(old) ?? 0;
        cache.delete(old);
        sizes.delete(old);
      }
    },
    () => cache.delete(key),
  );
  return pending;
}

/** Builds (or reuses, while the data has not changed) the download for a request. */
export async function datasetFile(db: Database, req: DatasetRequest): Promise<DatasetDownload> {
  const key = [
    await db.dataVersion(),
    req.format,
    req.scope.provinceCode ?? '',
    req.scope.fiscalYear ?? '',
  ].join('|');
  // Built as a heavy job (a province takes a second or two); a file already built is answered without waiting.
  return remember(key, () =>
    heavyJobs.run(() => datasetDownload(db, { format: req.format, scope: req.scope })),
  );
}

export async function datasetResponse(
  db: Database,
  search: URLSearchParams,
  accept: string | null = null,
): Promise<Response> {
  let req: DatasetRequest;
  try {
    req = parseDatasetRequest(search);
  } catch (err) {
    if (err instanceof DatasetRequestError)
      return errorResponse(400, 'bad_parameter', err.message, err.message_th, err.param);
    throw err;
  }
  if (req.scope.provinceCode === null) return nationalResponse(datasetFileCache(db), req, accept);
  let file: DatasetDownload;
  try {
    file = await datasetFile(db, req);
  } catch (err) {
    if (err instanceof QueueFullError) return busyResponse(err);
    throw err;
  }
  return new Response(file.bytes as BodyInit, {
    headers: downloadHeaders(file.contentType, file.fileName, file.bytes.length),
  });
}

const downloadHeaders = (contentType: string, fileName: string, size: number) => ({
  'content-type': contentType,
  'content-disposition': `attachment; filename="${fileName}"`,
  'content-length': String(size),
  'cache-control': 'no-store',
});

/**
 * The national file from disk, or "being prepared, try again in N seconds": as JSON with Retry-After for scripts
 * and the CLI, and for a browser as a page that reloads itself when the file should be ready.
 */
export async function nationalResponse(
  cache: DatasetFileCache,
  req: DatasetRequest,
  accept: string | null = null,
): Promise<Response> {
  let got;
  try {
    got = await cache.get({ format: req.format, scope: req.scope });
  } catch (err) {
    if (err instanceof QueueFullError) return busyResponse(err);
    throw err;
  }
  if (got.state === 'ready')
    return new Response(Readable.toWeb(fs.createReadStream(got.file)) as ReadableStream, {
      headers: downloadHeaders(got.info.contentType, got.info.fileName, got.info.size),
    });
  const wait = got.retryAfterSeconds;
  const message = `The national ${req.format.toUpperCase()} export is being prepared. Try again in ${wait} seconds.`;
  const message_th = `กำลังเตรียมไฟล์ข้อมูลทั้งประเทศ (${req.format.toUpperCase()}) กรุณาลองใหม่ในอีก ${wait} วินาที`;
  if (accept?.includes('text/html'))
    return new Response(
      `<!doctype html><html lang="th"><head><meta charset="utf-8"><meta http-equiv="refresh" content="${wait}">` +
        `<title>กำลังเตรียมไฟล์ / Preparing the file</title></head><body style="font-family:sans-serif">` +
        `<p>${message_th}</p><p>${message}</p><p>หน้านี้จะลองใหม่เอง / This page retries by itself.</p></body></html>`,
      {
        status: 503,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'retry-after': String(wait),
          'cache-control': 'no-store',
        },
      },
    );
  return refusal(503, 'preparing', message, message_th, wait);
}

/** For tests. */
export function clearDatasetCache(): void {
  cache.clear();
  sizes.clear();
}
