// Every CSV the product writes (chart CSVs, /api/query, /data/download and its ZIP, ita export, ita query) neutralises
// text a spreadsheet would run as a formula, keeps numbers as numbers, and parses back (issue 14, "Safe exports").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { rebuildDerived } from '../db/derived';
import { FIXTURE_DIR, loadFixtureMeasures, loadFixtureScores } from '../db/fixture-db';
import { parseCsv } from '../import/read-csv';
import { serialise } from '../queries/query-format';
import { queryResponse } from '../queries/query-http';
import { queryRunner, type QueryRunner } from '../queries/query-runner';
import { chartIds } from './chart-registry';
import { csvCell, csvText } from './csv';
import { datasetDownload } from './dataset-download';
import { exportDataset } from './dataset-export';
import { chartExportResponse } from './export-http';
import { CHART_VIEWS } from './export-test-views';

/** OWASP's formula starts, and a Thai bullet line as real measure reports write it. */
const STARTS = [
  '=HYPERLINK("http://evil.example","คลิก")',
  '+1+1 ',
  '-2+3 ',
  '@SUM(1) ',
  '\tแท็บ ',
  '\rขึ้นบรรทัด ',
  '- จัดทำช่องทาง ',
];
const DANGEROUS_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+66 81', "'+66 81"],
    ['- จัดทำช่องทางรับเรื่องร้องเรียน', "'- จัดทำช่องทางรับเรื่องร้องเรียน"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("a","b")', `"'=HYPERLINK(""a"",""b"")"`],
    ['อบต.จะรัง, ยะหริ่ง', '"อบต.จะรัง, ยะหริ่ง"'],
    ['อบต.จะรัง', 'อบต.จะรัง'],
    ['a=b', 'a=b'],
    ['-1.25', "'-1.25"],
  ])('text %j → %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('writes numbers as numbers, negatives and bigints included', () => {
    expect([-1.25, 0, 91.67, -3n, 12n].map(csvCell)).toEqual(['-1.25', '0', '91.67', '-3', '12']);
  });

  it('writes null as empty, a list as text joined by ";" and neutralised as a whole', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(['กองคลัง', 'งานพัสดุ'])).toBe('กองคลัง;งานพัสดุ');
    expect(csvCell(['-ก', 'ข'])).toBe("'-ก;ข");
    expect(csvText('')).toBe('');
  });
});

let work: string;
let db: Database;
let runner: QueryRunner;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-csv-injection-'));
  db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/scores.csv`);
  await loadFixtureMeasures(db, `${FIXTURE_DIR}/measures-completion.csv`);
  // Organisation names, measure names, report file names and correction authors all begin with a formula start,
  // each start used in turn; the derived tables are rebuilt from them, as after any write.
  // Bound one by one: a list cast from text would not keep the tab and the carriage return.
  const starts = Object.fromEntries(STARTS.map((x, i) => [`s${i}`, x]));
  const list = `[${STARTS.map((_, i) => `$s${i}`).join(', ')}]`;
  const pick = (key: string) => `${list}[1 + (hash(${key}) % ${STARTS.length})::INTEGER]`;
  await db.withConnection(async (c) => {
    await c.run(
      `UPDATE org SET name_th = ${pick('code')} || name_th, short_name_th = ${pick('code')} || short_name_th`,
      starts,
    );
    await c.run(`UPDATE measure SET name_th = ${pick('report_hash || seq')} || name_th`, starts);
    await c.run(
      `UPDATE report SET file_name = ${pick('hash')} || coalesce(file_name, 'รายงาน.docx')`,
      starts,
    );
    await c.run(
      `INSERT INTO measure_override
       SELECT '6940907', 2566, '6m', 'มาตรการ' || i, 'status', 'not_started', 'completed', s, TIMESTAMP '2026-11-01 09:00:00'
       FROM (SELECT unnest(${list}) AS s, generate_subscripts(${list}, 1) AS i)`,
      starts,
    );
    // 6940907's imported 2567 total is 91.67: 90.42 in 2568 is a change of -1.25, a negative number that must stay one.
    await c.run(
      `INSERT INTO score VALUES ('6940907', 2568, 'TOTAL', 90.42, 'synthetic', TIMESTAMP '2026-01-01 00:00:00', NULL)`,
    );
    await rebuildDerived(c);
  });
  runner = queryRunner(db);
});

afterAll(() => {
  db.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Parses a CSV the product wrote (BOM first) and checks every cell; returns the cells for further checks. */
function checkCsv(where: string, text: string): string[][] {
  expect(text.startsWith('\uFEFF'), `${where}: BOM`).toBe(true);
  const rows = parseCsv(text.slice(1), ',');
  expect(rows.length, `${where}: has a header`).toBeGreaterThan(0);
  const width = rows[0]!.length;
  for (const [i, row] of rows.entries()) {
    expect(row.length, `${where} line ${i + 1}: as many cells as the header`).toBe(width);
    for (const cell of row)
      if (DANGEROUS_START.test(cell) && !NUMBER.test(cell))
        expect.fail(`${where} line ${i + 1}: ${JSON.stringify(cell)} would run as a formula`);
  }
  return rows;
}

const neutralised = (rows: string[][]) =>
  STARTS.filter((s) => rows.some((r) => r.some((c) => c.startsWith(`'${s}`))));

describe('every CSV path', () => {
  it('chart CSVs (/export/<chart>.csv): every chart, no cell a formula', async () => {
    const found = new Set<string>();
    for (const id of chartIds()) {
      const view = CHART_VIEWS[id]!;
      const res = await chartExportResponse(runner, `${id}.csv`, new URLSearchParams(view.search), {
        lang: 'th',
        now: new Date('2026-11-22T03:00:00Z'),
      });
      expect(res.status, id).toBe(200);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
      for (const s of neutralised(checkCsv(`${id}.csv`, text))) found.add(s);
    }
    // The organisation and measure names shown in charts came out neutralised (not merely absent).
    expect(found.size).toBeGreaterThan(0);
  });

  it('/api/query/<name>?format=csv and ita query --format csv: names neutralised, -1.25 a number', async () => {
    const cases: [string, Record<string, string>][] = [
      ['org_scores', { fiscal_year: '2566' }],
      [
        'province_orgs',
        { province: '94', fiscal_year: '2566', weak: 'pass_mark', peer: 'province', lowest_n: '3' },
      ],
      ['org_measures', { code: '6940907', fiscal_year: '2566' }],
      ['change_orgs', { fiscal_year: '2568', compare: '2567', province: '94', threshold: '1' }],
    ];
    const all: string[][] = [];
    for (const [name, params] of cases) {
      const search = new URLSearchParams({ ...params, format: 'csv' });
      const res = await queryResponse(runner, name, search);
      expect(res.status, `${name}: ${res.status === 200 ? '' : await res.clone().text()}`).toBe(
        200,
      );
      // Response.text() would drop the BOM: decode the bytes as a spreadsheet reads them.
      const web = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
      all.push(...checkCsv(`/api/query/${name}`, web));
      // ita query prints serialise(table, 'csv'): the same bytes as the endpoint.
      const { table } = await runner.run(name, params);
      expect(serialise(table, 'csv'), `ita query ${name}`).toBe(web);
    }
    expect(neutralised(all).length).toBeGreaterThan(1);
    expect(all.some((r) => r.includes('-1.25'))).toBe(true);
  });

  it('/data/download?format=csv, its ZIP, and ita export --format csv: every start neutralised in every text column', async () => {
    const out = path.join(work, 'export');
    const manifest = await exportDataset(db, { format: 'csv', outDir: out });
    const byTable = new Map<string, string[][]>();
    for (const t of manifest.tables)
      byTable.set(t.name, checkCsv(t.path, fs.readFileSync(path.join(out, t.path), 'utf8')));
    const column = (table: string, name: string) => {
      const [header, ...rows] = byTable.get(table)!;
      const i = header!.indexOf(name);
      expect(i, `${table}.${name}`).toBeGreaterThanOrEqual(0);
      return rows.map((r) => [r[i]!]);
    };
    expect(neutralised(column('org', 'name_th'))).toEqual(STARTS);
    expect(neutralised(column('measure', 'name_th')).length).toBeGreaterThan(3);
    expect(neutralised(column('report', 'file_name')).length).toBeGreaterThan(1);
    expect(neutralised(column('measure_override', 'who'))).toEqual(STARTS);
    // The scores are numbers: not one is quoted or prefixed.
    expect(column('score', 'value').every(([v]) => NUMBER.test(v!))).toBe(true);

    const one = await datasetDownload(db, { format: 'csv', table: 'org' });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(one.bytes)).toBe(
      fs.readFileSync(path.join(out, 'org.csv'), 'utf8'),
    );
    const zip = await JSZip.loadAsync((await datasetDownload(db, { format: 'csv' })).bytes);
    const entries = Object.values(zip.files).filter((f) => f.name.endsWith('.csv'));
    expect(entries.map((f) => f.name).sort()).toEqual(manifest.tables.map((t) => t.path).sort());
    for (const f of entries) checkCsv(`zip ${f.name}`, await f.async('string'));
  });
});
