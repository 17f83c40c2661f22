import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { commitScoreImport } from '../import/import-scores';
import { datasetDownload } from './dataset-download';
import { exportDataset } from './dataset-export';
import { DATASET_TABLES } from './dataset-tables';

const fixture = (name: string) => ({
  name,
  bytes: fs.readFileSync(new URL(`../../../../data/fixtures/scores/${name}`, import.meta.url)),
});
const stringify = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? String(x) : x));

async function all(conn: DuckDBConnection, sql: string): Promise<string> {
  return stringify((await conn.runAndReadAll(sql)).getRowsJS());
}

let db: Database;
let work: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-dataset-test-'));
  db = await openDatabase(':memory:');
  await commitScoreImport(db, fixture('wide-thai-be.csv'));
  await commitScoreImport(db, fixture('long-english-ce.tsv'));
  await commitScoreImport(db, fixture('municipalities.csv'), { addOrgs: true });
  // History: จะรัง FY 2564 corrected by a second file, so superseded rows are part of the data.
  const corrected = new TextDecoder()
    .decode(fixture('wide-thai-be.csv').bytes)
    .replace('72.89,65.56,81.45,B', '72.89,75.56,83.45,B');
  await commitScoreImport(db, {
    name: 'corrected.csv',
    bytes: new TextEncoder().encode(corrected),
  });
  await db.transaction(async (c) => {
    await c.run(
      `INSERT INTO score VALUES ('5940902', 2565, 'TOTAL', 71.25, 'synthetic', TIMESTAMP '2026-01-02 03:04:05.678901', NULL)`,
    );
    await c.run(`INSERT INTO report VALUES ('r1', '6940907', 2567, '6m', DATE '2023-10-01', DATE '2024-03-31', 'รายงาน.docx', 'docx', 'utf-8',
      TIMESTAMP '2026-02-01 10:00:00', 'v1', ['ไม่พบตาราง'], 'report:r1', NULL, 'period', 'ต.ค. ๖๖ - มี.ค. ๖๗')`);
    await c.run(`INSERT INTO report VALUES ('r2', NULL, NULL, NULL, NULL, NULL, 'ไม่ทราบ.txt', 'txt', 'windows-874',
      TIMESTAMP '2026-02-01 10:00:00', 'v1', [], 'report:r2', NULL, NULL, NULL)`);
    await c.run(`INSERT INTO measure VALUES ('r1', 1, '1', 'มาตรการส่งเสริมการใช้ทรัพย์สินของราชการ', 'มาตรการส่งเสริม', NULL, NULL,
      ['กองคลัง', 'งานพัสดุ'], ['6m'], 'ต.ค. ๖๖ - มี.ค. ๖๗', 'คู่มือ ๑ เล่ม', NULL, NULL, 'completed', 'ดำเนินการแล้ว',
      'asset_use', ['work_standards'], ['4'], 'explicit', 'report:r1', NULL, NULL)`);
    await c.run(
      `INSERT INTO claim VALUES ('r1', 1, 'total_score', NULL, 91.67, 2566, 'โดยภาพรวมได้คะแนน ๙๑.๖๗')`,
    );
  });
});

afterAll(() => {
  db.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('Parquet export', () => {
  it('round-trips: plain DuckDB SQL over the files gives the same tables and the same view results', async () => {
    const out = path.join(work, 'parquet');
    const manifest = await exportDataset(db, { format: 'parquet', outDir: out });
    expect(manifest.tables.find((t) => t.name === 'score')).toMatchObject({
      partitioned_by: 'fiscal_year',
      path: 'score',
    });
    expect(fs.existsSync(path.join(out, 'score', 'fiscal_year=2564'))).toBe(true);
    // The report without a year goes to the default partition and reads back as NULL.
    expect(fs.readdirSync(path.join(out, 'report')).sort()).toEqual([
      'fiscal_year=2567',
      'fiscal_year=__HIVE_DEFAULT_PARTITION__',
    ]);

    const fresh = await DuckDBInstance.create(':memory:');
    const conn = await fresh.connect();
    for (const t of DATASET_TABLES) {
      const glob = path.join(out, t.name, '**', '*.parquet').replace(/'/g, "''");
      const select = t.partitionBy
        ? `SELECT * REPLACE (CAST(${t.partitionBy} AS INTEGER) AS ${t.partitionBy}) FROM read_parquet('${glob}', hive_partitioning = true)`
        : `SELECT * FROM read_parquet('${glob}')`;
      await conn.run(`CREATE TABLE ${t.name} AS ${select}`);
    }
    await conn.run(
      fs.readFileSync(new URL('../db/migrations/002_views.sql', import.meta.url), 'utf8'),
    );
    // org_year as graded since 016 (four tool scores from 2566), over the exported framework table.
    // 016 defines it as the table macro org_year_of (015's form, which the keyed refresh also reads).
    const orgYear016 = /CREATE OR REPLACE MACRO org_year_of[\s\S]*?;\n/.exec(
      fs.readFileSync(
        new URL('../db/migrations/016_four_tool_ratings.sql', import.meta.url),
        'utf8',
      ),
    )![0];
    await conn.run(orgYear016);
    await conn.run(`CREATE OR REPLACE VIEW org_year AS SELECT * FROM org_year_of('score_current')`);

    await db.withConnection(async (orig) => {
      for (const t of DATASET_TABLES) {
        const columns = (await orig.runAndReadAll(`SELECT * FROM ${t.name} LIMIT 0`))
          .columnNames()
          .join(', ');
        const sql = `SELECT ${columns} FROM ${t.name} ORDER BY ALL`;
        expect(await all(conn, sql), t.name).toBe(await all(orig, sql));
      }
      for (const sql of [
        'SELECT * FROM org_year ORDER BY ALL',
        'SELECT * FROM score_current ORDER BY ALL',
        `SELECT o.province_th, s.fiscal_year, round(avg(s.value), 2), count(*) FROM score_current s JOIN org o ON o.code = s.org_code
         WHERE s.code = 'TOTAL' GROUP BY ALL ORDER BY ALL`,
      ]) {
        expect(await all(conn, sql), sql).toBe(await all(orig, sql));
      }
      // Not vacuous: the compared data holds real, superseded, synthetic and added-organisation rows.
      expect(
        await all(
          orig,
          `SELECT count(*) FILTER (superseded_at IS NOT NULL) > 0, count(*) FILTER (source = 'synthetic') FROM score`,
        ),
      ).toBe('[[true,"1"]]');
    });
    conn.closeSync();
    fresh.closeSync();
  });
});

describe('CSV export', () => {
  it('writes one UTF-8 CSV with BOM per table, Thai intact', async () => {
    const out = path.join(work, 'csv');
    const manifest = await exportDataset(db, { format: 'csv', outDir: out });
    expect(manifest.tables.map((t) => t.path)).toEqual(DATASET_TABLES.map((t) => `${t.name}.csv`));
    const bytes = fs.readFileSync(path.join(out, 'claim.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    // CRLF line ends, as RFC 4180 and every other CSV of the product write them (export/csv.ts).
    expect(text.split('\r\n')[0]).toBe('report_hash,seq,kind,indicator,value,assessment_year,text');
    expect(text).toContain('โดยภาพรวมได้คะแนน ๙๑.๖๗');
    const scoreLines = fs
      .readFileSync(path.join(out, 'score.csv'), 'utf8')
      .trim()
      .split('\r\n').length;
    expect(scoreLines - 1).toBe(manifest.tables.find((t) => t.name === 'score')!.rows);
  });
});

describe('XLSX export', () => {
  it('writes one workbook with a sheet per table', async () => {
    const out = path.join(work, 'xlsx');
    await exportDataset(db, { format: 'xlsx', outDir: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'ita-dataset.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'dataset',
      ...DATASET_TABLES.map((t) => t.name),
    ]);
    const measure = wb.getWorksheet('measure')!;
    const header = (measure.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['report_hash', 'seq', 'number_text', 'name_th']);
    expect(measure.getRow(2).getCell(4).value).toBe('มาตรการส่งเสริมการใช้ทรัพย์สินของราชการ');
    expect(measure.getRow(2).getCell(header.indexOf('responsible') + 1).value).toBe(
      'กองคลัง; งานพัสดุ',
    );
    const orgRows = await db.withConnection(async (c) =>
      Number((await c.runAndReadAll('SELECT count(*) FROM org')).getRowsJS()[0]![0]),
    );
    expect(wb.getWorksheet('org')!.rowCount).toBe(orgRows + 1);
  });
});

describe('scope', () => {
  it('narrows to a province and a fiscal year', async () => {
    const out = path.join(work, 'scoped');
    const manifest = await exportDataset(db, {
      format: 'csv',
      outDir: out,
      scope: { provinceCode: '94', fiscalYear: 2567 },
    });
    expect(manifest.scope).toEqual({ province_code: '94', fiscal_year: 2567 });
    expect(manifest.tables.map((t) => t.name)).not.toContain('import_batch');
    const read = (t: string) =>
      fs
        .readFileSync(path.join(out, `${t}.csv`), 'utf8')
        .slice(1)
        .trim()
        .split('\n')
        .slice(1);
    // Pattani (94) in FY 2567: จะรัง 6940907 and ตะลุโบะ 6940108 from the fixtures, เทศบาลตำบลบางปู, which the
    // imported file names and the DLA registry holds (5940902), and the ทต.ตะโละใหม่ it adds (imp-…).
    const scores = read('score');
    expect(scores.every((l) => l.split(',')[1] === '2567')).toBe(true);
    const orgsInScores = [...new Set(scores.map((l) => l.split(',')[0]!))].sort();
    expect(orgsInScores.slice(0, 3)).toEqual(['5940902', '6940108', '6940907']);
    expect(orgsInScores.slice(3)).toEqual([expect.stringMatching(/^imp-/)]);
    expect(read('org').every((l) => l.split(',')[8] === '94')).toBe(true);
    expect(read('claim')).toHaveLength(1);
    expect(read('framework')).toHaveLength(1);
  });

  it('refuses a malformed scope', async () => {
    await expect(
      exportDataset(db, {
        format: 'csv',
        outDir: path.join(work, 'bad'),
        scope: { provinceCode: 'ปน' },
      }),
    ).rejects.toThrow(/province code must be two digits/);
  });
});

/** Reads a ZIP's central directory and inflates each entry, checking its CRC: enough to know the archive is sound. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const [crc, csize, nameLen, extraLen, commentLen, offset] = [
      buf.readUInt32LE(p + 16),
      buf.readUInt32LE(p + 20),
      buf.readUInt16LE(p + 28),
      buf.readUInt16LE(p + 30),
      buf.readUInt16LE(p + 32),
      buf.readUInt32LE(p + 42),
    ];
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const localName = buf.readUInt16LE(offset + 26);
    const start = offset + 30 + localName + buf.readUInt16LE(offset + 28);
    const data = zlib.inflateRawSync(buf.subarray(start, start + csize));
    expect(zlib.crc32(data), name).toBe(crc);
    files.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

describe('datasetDownload', () => {
  it('gives the workbook as one file', async () => {
    const d = await datasetDownload(db, { format: 'xlsx', scope: { provinceCode: '23' } });
    expect(d.fileName).toBe('ita-dataset-p23.xlsx');
    expect(d.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(d.bytes) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('score')!.rowCount).toBeGreaterThan(1);
  });

  it('gives one table as a single Parquet file that DuckDB reads', async () => {
    const d = await datasetDownload(db, {
      format: 'parquet',
      table: 'score',
      scope: { fiscalYear: 2564 },
    });
    expect(d.fileName).toBe('ita-score-2564.parquet');
    const file = path.join(work, d.fileName);
    fs.writeFileSync(file, d.bytes);
    const inst = await DuckDBInstance.create(':memory:');
    const c = await inst.connect();
    const got = await all(c, `SELECT DISTINCT fiscal_year FROM read_parquet('${file}')`);
    expect(got).toBe('[[2564]]');
    c.closeSync();
    inst.closeSync();
  });

  it('gives every table as a ZIP of the partitioned folders', async () => {
    const d = await datasetDownload(db, { format: 'parquet' });
    expect(d.fileName).toBe('ita-dataset-parquet.zip');
    const files = unzip(Buffer.from(d.bytes));
    expect(files.has('manifest.json')).toBe(true);
    expect(files.has('score/fiscal_year=2567/data_0.parquet')).toBe(true);
    expect(files.has('org/data_0.parquet')).toBe(true);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.tables).toHaveLength(DATASET_TABLES.length);
  });
});
