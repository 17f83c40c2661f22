// GET /export/<chart>.<format>: every registered chart in every format on the fixture database, checked against values
// worked out by hand from data/fixtures/db/scores.csv (see data/fixtures/README.md), and the 400 answers.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openDatabase } from '../db/database';
import {
  FIXTURE_DIR,
  loadFixtureMeasures,
  loadFixtureScores,
  openFixtureDatabase,
} from '../db/fixture-db';
import { queryRunner, type QueryRunner } from '../queries/query-runner';
import { tableToRows } from '../queries/query-format';
import { chartIds } from './chart-registry';
import { chartExportResponse } from './export-http';
import { CHART_VIEWS, type FixtureSet } from './export-test-views';

let db: Database;
let runner: QueryRunner;
const fixtureDbs = new Map<FixtureSet, Promise<Database>>();

/** scores.csv is the base fixture; the page fixtures are loaded alone, as their own query tests load them. */
function fixture(set: FixtureSet): Promise<Database> {
  let p = fixtureDbs.get(set);
  if (!p) {
    p = (async () => {
      // 'scores' and 'scores+…' start from scores.csv; the others load their files alone, as their query tests do.
      const [first, ...more] = set.split('+');
      const d = first === 'scores' ? await openFixtureDatabase() : await openDatabase(':memory:');
      if (first !== 'scores') await loadFixtureScores(d, `${FIXTURE_DIR}/${first}.csv`);
      for (const file of more) await loadFixtureMeasures(d, `${FIXTURE_DIR}/${file}.csv`);
      return d;
    })();
    fixtureDbs.set(set, p);
  }
  return p;
}

beforeAll(async () => {
  db = await fixture('scores');
  runner = queryRunner(db);
});
afterAll(async () => {
  for (const p of fixtureDbs.values()) (await p).close();
});

const NOW = new Date('2026-11-22T03:00:00Z');
const get = (file: string, search = '', lang: 'th' | 'en' = 'th', on: QueryRunner = runner) =>
  chartExportResponse(on, file, new URLSearchParams(search), { lang, now: NOW });

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A minimal CSV reader for the files the export writes (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('every registered chart exports in every format', () => {
  it('has a fixture view for each chart', () => {
    expect(Object.keys(CHART_VIEWS).sort()).toEqual(chartIds().sort());
  });
  for (const id of chartIds()) {
    const view = CHART_VIEWS[id]!;
    describe(id, () => {
      let on: QueryRunner;
      const file = (format: string, extra = '') =>
        get(`${id}.${format}`, `${view.search}${extra}`, 'th', on);
      beforeAll(async () => {
        on = queryRunner(await fixture(view.fixture));
      });
      it('PNG at 1× and 2× with the same proportions', async () => {
        const one = await file('png');
        expect(one.status).toBe(200);
        expect(one.headers.get('content-type')).toBe('image/png');
        const a = pngSize(new Uint8Array(await one.arrayBuffer()));
        const b = pngSize(new Uint8Array(await (await file('png', '&scale=2')).arrayBuffer()));
        expect(a.width).toBe(1000);
        expect(b).toEqual({ width: 2 * a.width, height: 2 * a.height });
      });
      it('SVG with the title, the filters and the source drawn inside', async () => {
        const res = await file('svg');
        expect(res.status).toBe(200);
        const svg = await res.text();
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        // Checked without printing the SVG on failure: it carries the font, 250 kB of base64.
        const has = (text: string) => expect(svg.includes(text), text).toBe(true);
        has(`<title>${view.title}</title>`);
        for (const text of view.svgText) has(text);
        has('@font-face');
        expect(svg.includes('<figure')).toBe(false);
      });
      it('CSV with a BOM, the header and rows worked out by hand, equal to its query', async () => {
        const bytes = new Uint8Array(await (await file('csv')).arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const rows = parseCsv(new TextDecoder().decode(bytes));
        expect(rows[0]).toEqual(view.header);
        expect(rows.length - 1).toBe(view.rows);
        if (!view.query) return;
        const expected = tableToRows((await on.run(view.query.name, view.query.params)).table);
        expect(expected).toHaveLength(view.rows);
        for (const [header, key] of view.query.pairs) {
          const col = view.header.indexOf(header);
          expect(
            rows.slice(1).map((r) => r[col]),
            header,
          ).toEqual(expected.map((r) => String(r[key] ?? '')));
        }
      });
      it('XLSX whose data sheet holds the same table, and an about sheet', async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await (await file('xlsx')).arrayBuffer()) as ArrayBuffer);
        const data = wb.getWorksheet('ข้อมูล')!;
        expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(view.header);
        expect(data.rowCount - 1).toBe(view.rows);
        const csv = parseCsv(await (await file('csv')).text());
        for (let i = 1; i <= view.rows; i++) {
          const row = data.getRow(i + 1);
          const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));
          expect(view.header.map((_, j) => text(row.getCell(j + 1).value))).toEqual(csv[i]);
        }
        expect(wb.getWorksheet('เกี่ยวกับ')!.getCell('B1').value).toBe(view.title);
      });
    });
  }
});

describe('pass-share-trend for province 94 (values from the fixture, by hand)', () => {
  it('has one row per year: 2565 4 orgs 3 passing, 2566 4 and 3, 2567 3 and 2', async () => {
    const rows = parseCsv(await (await get('pass-share-trend.csv', 'province=94')).text());
    expect(rows.slice(1).map((r) => r.slice(0, 2).concat(r[4]!))).toEqual([
      ['2565', '4', '3'],
      ['2566', '4', '3'],
      ['2567', '3', '2'],
    ]);
    expect(rows[1]![3]).toBe('90.01'); // median of 84.99, 85.03, 94.99, 95.00
    expect(Number(rows[1]![5])).toBe(0.75);
  });
  it('says the data is mixed: 2 real organisation-years (2567) and 9 synthetic', async () => {
    const svg = await (await get('pass-share-trend.svg', 'province=94')).text();
    expect(
      svg.includes('ผลการประเมินที่นำเข้า 2 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 9 หน่วยงาน-ปี'),
      'ผลการประเมินที่นำเข้า 2 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 9 หน่วยงาน-ปี',
    ).toBe(true);
    expect(
      svg.includes('ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2565–2567'),
      'ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2565–2567',
    ).toBe(true);
    expect(svg.includes('ส่งออกเมื่อ 22 พ.ย. 2569'), 'ส่งออกเมื่อ 22 พ.ย. 2569').toBe(true);
  });
  it('names the file after what it shows, in Thai with an ASCII fallback', async () => {
    const res = await get('pass-share-trend.csv', 'province=94');
    const cd = res.headers.get('content-disposition')!;
    expect(cd).toMatch(
      /^attachment; filename="ita-pass-share-trend-94-2565-2567.csv"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe(
      'จ.ปัตตานี-อบต.-สัดส่วนที่ผ่านเกณฑ์-2565-2567.csv',
    );
  });
  it('writes English when the reader chose English', async () => {
    const svg = await (await get('pass-share-trend.svg', 'province=94', 'en')).text();
    expect(
      svg.includes('Share of organisations passing, against the national target'),
      'Share of organisations passing, against the national target',
    ).toBe(true);
    expect(
      svg.includes('Scope: ปัตตานี province · Type: SAO · FY 2565–2567'),
      'Scope: ปัตตานี province · Type: SAO · FY 2565–2567',
    ).toBe(true);
  });
});

describe('bad requests get a 400 that names the problem', () => {
  const cases: [string, string, string, RegExp][] = [
    ['unknown chart', 'nope.png', '', /Unknown chart 'nope'.*total-distribution/],
    ['unknown format', 'total-distribution.gif', '', /png\|svg\|csv\|xlsx/],
    ['no extension', 'total-distribution', '', /png\|svg\|csv\|xlsx/],
    ['malformed year', 'total-distribution.png', 'year=25x7', /'year' must be a fiscal year/],
    ['year without framework', 'total-distribution.png', 'year=2500', /no ITA framework/],
    ['malformed province', 'total-distribution.png', 'province=9', /2-digit province code/],
    ['unknown province', 'total-distribution.png', 'province=99', /no province with code 99/],
    ['bad peer group', 'total-distribution.png', 'peer=friends', /'peer' must be one of/],
    ['unknown parameter', 'total-distribution.png', 'yaer=2567', /Unknown parameter 'yaer'/],
    ['repeated parameter', 'total-distribution.png', 'year=2566&year=2567', /more than once/],
    ['bad scale', 'total-distribution.png', 'scale=5', /'scale' must be 1, 2 or 3/],
    ['bad width', 'total-distribution.svg', 'width=99999', /'width' must be/],
  ];
  for (const [name, file, search, message] of cases)
    it(name, async () => {
      const res = await get(file, search);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect((await res.json()).error).toMatch(message);
    });
  it('names the parameter at fault', async () => {
    expect((await (await get('total-distribution.png', 'weak=soft')).json()).param).toBe('weak');
  });
});

describe('the filter line names the group weak=peer_median compares with (issue 12)', () => {
  it('says the similar group reads the same-type median, as the page does (peerSentence)', async () => {
    const on = queryRunner(await fixture('indicators-2567'));
    const search = 'province=94&year=2567&weak=peer_median&peer=similar';
    const res = await get('indicator-heatmap.xlsx', search, 'en', on);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    // The about sheet (its name is translated) holds the filter line in one cell.
    const cells: string[] = [];
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).join(' | ')));
    const filters = cells.find((c) => c.includes('Peer group:'));
    expect(filters).toContain(
      'Peer group: Same type, nationwide (instead of the most similar organisations, which have no shared median)',
    );
    expect(filters).not.toContain('Peer group: Most similar');
  });
});
