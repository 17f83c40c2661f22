// GET /data/download: the dataset for a province and/or year as XLSX, CSV (zip) or Parquet (zip); recent files kept in memory.
import type { Database } from '../db/database';
import { datasetDownload, type DatasetDownload } from '../export/dataset-download';
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
  return remember(key, () => datasetDownload(db, { format: req.format, scope: req.scope }));
}

export async function datasetResponse(db: Database, search: URLSearchParams): Promise<Response> {
  let req: DatasetRequest;
  try {
    req = parseDatasetRequest(search);
  } catch (err) {
    if (err instanceof DatasetRequestError)
      return errorResponse(400, 'bad_parameter', err.message, err.message_th, err.param);
    throw err;
  }
  const file = await datasetFile(db, req);
  return new Response(file.bytes as BodyInit, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'content-length': String(file.bytes.length),
      'cache-control': 'no-store',
    },
  });
}

/** For tests. */
export function clearDatasetCache(): void {
  cache.clear();
  sizes.clear();
}
