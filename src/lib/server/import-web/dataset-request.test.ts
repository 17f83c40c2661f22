// The download endpoint: parameters checked and named, the file named after its scope, built files reused until the data changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import {
  clearDatasetCache,
  datasetFile,
  datasetResponse,
  DatasetRequestError,
  parseDatasetRequest,
} from './dataset-request';

describe('parseDatasetRequest', () => {
  it.each([
    ['format=csv', { format: 'csv', scope: { provinceCode: null, fiscalYear: null } }],
    [
      'format=parquet&year=๒๕๖๗',
      { format: 'parquet', scope: { provinceCode: null, fiscalYear: 2567 } },
    ],
    ['province=94', { format: 'xlsx', scope: { provinceCode: '94', fiscalYear: null } }],
    [
      'format=xlsx&province=23&year=2564',
      { format: 'xlsx', scope: { provinceCode: '23', fiscalYear: 2564 } },
    ],
  ])('%s', (search, expected) => {
    expect(parseDatasetRequest(new URLSearchParams(search))).toEqual(expected);
  });
  it.each([
    ['format=pdf', 'format'],
    ['format=csv&province=9', 'province'],
    ['format=csv&year=67', 'year'],
    ['format=xlsx', 'province'],
  ])('%s is refused naming %s', (search, param) => {
    try {
      parseDatasetRequest(new URLSearchParams(search));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DatasetRequestError);
      expect((err as DatasetRequestError).param).toBe(param);
      expect((err as DatasetRequestError).message_th).not.toBe('');
    }
  });
});

describe('datasetResponse', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(':memory:');
    clearDatasetCache();
  });
  afterAll(() => db.close());

  it('sends the province workbook as an attachment named after its scope', async () => {
    const res = await datasetResponse(db, new URLSearchParams('format=xlsx&province=94&year=2567'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ita-dataset-p94-2567.xlsx"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    // An XLSX is a ZIP: PK\x03\x04.
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('answers a bad parameter with 400 naming it, in Thai and English', async () => {
    const res = await datasetResponse(db, new URLSearchParams('format=xlsx'));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.param).toBe('province');
    expect(body.error.message_th).toMatch(/เลือกจังหวัด/);
  });

  it('reuses a built file until the data version moves', async () => {
    const req = parseDatasetRequest(new URLSearchParams('format=csv&province=94'));
    const a = await datasetFile(db, req);
    expect(await datasetFile(db, req)).toBe(a);
    await db.transaction(async () => undefined);
    expect(await datasetFile(db, req)).not.toBe(a);
  });
});
