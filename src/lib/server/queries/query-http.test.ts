// The HTTP face of the named queries: Arrow by default equal to JSON, CSV with BOM, 400/404 with clear messages.
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openFixtureDatabase } from '../db/fixture-db';
import { tableToRows } from './query-format';
import { queryResponse } from './query-http';
import { queryRunner, type QueryRunner } from './query-runner';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  runner = queryRunner(db);
});
afterAll(() => db.close());

const get = (name: string, search: string) =>
  queryResponse(runner, name, new URLSearchParams(search));

describe('GET /api/query/<name>', () => {
  it('returns Arrow IPC that decodes to the same rows as format=json', async () => {
    const arrow = await get('org_scores', 'fiscal_year=2566');
    expect(arrow.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
    const fromArrow = tableToRows(tableFromIPC(new Uint8Array(await arrow.arrayBuffer())));
    const json = await get('org_scores', 'fiscal_year=2566&format=json');
    expect(json.headers.get('content-type')).toMatch(/application\/json/);
    const fromJson = await json.json();
    expect(fromArrow).toEqual(fromJson);
    expect(fromJson).toHaveLength(5);
  });
  it('returns CSV with a BOM so Excel reads Thai', async () => {
    const res = await get('org_scores', 'fiscal_year=2566&format=csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // strips the BOM checked above
    expect(text.split('\r\n')[0]).toBe(
      'org_code,name_th,district_th,province_th,total,level,passed,source,type',
    );
    expect(text).toContain(
      '6940907,องค์การบริหารส่วนตำบลจะรัง,ยะหริ่ง,ปัตตานี,84.99,ต้องปรับปรุง,false,synthetic,sao',
    );
  });
  it('answers a malformed parameter with 400 naming it', async () => {
    const res = await get('org_scores', 'fiscal_year=abc');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      param: 'fiscal_year',
      error: "Parameter 'fiscal_year' must be a whole number (got 'abc')",
    });
  });
  it('answers an unknown parameter, a repeated one and a bad format with 400', async () => {
    expect((await get('org_scores', 'fiscal_year=2566&year=2566')).status).toBe(400);
    expect((await get('org_scores', 'fiscal_year=2566&fiscal_year=2567')).status).toBe(400);
    const bad = await get('org_scores', 'fiscal_year=2566&format=xml');
    expect(bad.status).toBe(400);
    expect((await bad.json()).param).toBe('format');
  });
  it('answers an unknown query with 404', async () => {
    const res = await get('nope', '');
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/Unknown query 'nope'/);
  });
  it('treats an SQL injection attempt as a plain value', async () => {
    const res = await get(
      'org_lookup',
      `q=${encodeURIComponent("x' OR '1'='1'; DROP TABLE org; --")}&format=json`,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
    const still = await get('org_lookup', `q=${encodeURIComponent('จะรัง')}&format=json`);
    const rows = await still.json();
    expect(rows[0]).toMatchObject({
      code: '6940907',
      short_name_th: 'อบต.จะรัง',
      district_th: 'ยะหริ่ง',
    });
  });
});
