// The meeting deck as PowerPoint and the province meeting pack, on the fixture database (data/fixtures/db/scores.csv):
// slides in order with Thai text marked as Thai, workbook sheets, and the 400 answers.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openFixtureDatabase } from '../db/fixture-db';
import { queryRunner, type QueryRunner } from '../queries/query-runner';
import { deckPptxResponse, meetingPackResponse } from './deck-http';
import { fixRunFonts, fixThemeFonts } from './pptx-thai';

let db: Database;
let runner: QueryRunner;
beforeAll(async () => {
  db = await openFixtureDatabase();
  runner = queryRunner(db);
});
afterAll(() => db.close());

const NOW = new Date('2026-11-22T03:00:00Z');
const post = (body: unknown) =>
  deckPptxResponse(
    runner,
    new Request('http://localhost/deck/pptx', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    new URL('http://localhost/deck/pptx'),
    { lang: 'th', now: NOW },
  );

async function slides(zipBytes: Uint8Array): Promise<{ slides: string[]; theme: string }> {
  const zip = await JSZip.loadAsync(zipBytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return {
    slides: await Promise.all(names.map((n) => zip.file(n)!.async('string'))),
    theme: await zip.file('ppt/theme/theme1.xml')!.async('string'),
  };
}

describe('pptx-thai', () => {
  it('marks complex-script runs as Thai (charset 222 = -34) and drops the GB2312 mark pptxgenjs gives east-Asian', () => {
    const run =
      '<a:latin typeface="Sarabun" pitchFamily="34" charset="0"/><a:ea typeface="Sarabun" pitchFamily="34" charset="-122"/><a:cs typeface="Sarabun" pitchFamily="34" charset="-120"/>';
    expect(fixRunFonts(run, 'Sarabun')).toBe(
      '<a:latin typeface="Sarabun" pitchFamily="34" charset="0"/><a:ea typeface="Sarabun" pitchFamily="34"/><a:cs typeface="Sarabun" pitchFamily="34" charset="-34"/>',
    );
    expect(fixRunFonts('<a:cs typeface="+mn-cs"/>', 'Sarabun')).toBe(
      '<a:cs typeface="Sarabun" charset="-34"/>',
    );
  });
  it("sets the theme's complex-script fonts and keeps its Thai script font", () => {
    const theme =
      '<a:minorFont><a:latin typeface="Sarabun"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Thai" typeface="Tahoma"/></a:minorFont>';
    expect(fixThemeFonts(theme, 'Sarabun')).toBe(
      '<a:minorFont><a:latin typeface="Sarabun"/><a:ea typeface=""/><a:cs typeface="Sarabun" charset="-34"/><a:font script="Thai" typeface="Tahoma"/></a:minorFont>',
    );
  });
});

describe('POST /deck/pptx', () => {
  it('writes a title slide, the province summary, then the charts in the order given', async () => {
    const res = await post({
      title: 'ประชุมติดตามผล ITA จังหวัดปัตตานี',
      charts: [
        { chart: 'pass-share-trend', search: 'province=94' },
        { chart: 'total-distribution', search: '?province=94' },
      ],
    });
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      'ประชุมติดตามผล-ITA-จังหวัดปัตตานี-2569-11-22.pptx',
    );
    const { slides: xml, theme } = await slides(new Uint8Array(await res.arrayBuffer()));
    expect(xml).toHaveLength(4);
    expect(xml[0]).toContain('ประชุมติดตามผล ITA จังหวัดปัตตานี');
    expect(xml[0]).toContain('จังหวัดปัตตานี');
    // Province 94 in 2567 (the latest year of the fixture): 3 assessed, 2 passing.
    expect(xml[1]).toContain('สรุปผลการประเมิน ITA จังหวัดปัตตานี ปีงบประมาณ 2567');
    expect(xml[1]).toContain('2 (66.7%)');
    expect(xml[2]).toContain('สัดส่วนหน่วยงานที่ผ่านเกณฑ์ เทียบกับเป้าหมายประเทศ');
    expect(xml[2]).toContain('ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2565–2567');
    expect(xml[3]).toContain('การกระจายของคะแนนรวม ITA แยกตามปีงบประมาณ');
    for (const s of xml) {
      expect(s).toContain('lang="th-TH"');
      expect(s).toMatch(/<a:cs typeface="Sarabun"[^>]*charset="-34"/);
      expect(s).not.toMatch(/charset="-12[02]"/);
    }
    expect(xml[2]).toMatch(/<p:pic>/);
    expect(theme).toContain('<a:cs typeface="Sarabun" charset="-34"/>');
  });
  it('answers a deck it cannot build with 400 saying which chart and why', async () => {
    const empty = await post({ title: 'x', charts: [] });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toMatch(/no charts/);
    const unknown = await post({
      charts: [
        { chart: 'pass-share-trend', search: '' },
        { chart: 'no-such-chart', search: '' },
      ],
    });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toMatch(/^Deck chart 2 \(no-such-chart\): Unknown chart/);
    const badParam = await post({ charts: [{ chart: 'pass-share-trend', search: 'year=abc' }] });
    expect(await badParam.json()).toMatchObject({ param: 'year' });
    expect((await post('{not json')).status).toBe(400);
  });
});

describe('GET /export/pack/<province>.zip', () => {
  it('holds the deck of the standard charts that have data, and a workbook with a sheet per table', async () => {
    const res = await meetingPackResponse(runner, '94.zip', new URLSearchParams('year=2567'), {
      lang: 'th',
      now: NOW,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      'ชุดเอกสารประชุม-จ.ปัตตานี-2567.zip',
    );
    const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(zip.files).sort()).toEqual([
      'จ.ปัตตานี-ITA-2567.pptx',
      'จ.ปัตตานี-ITA-2567.xlsx',
    ]);
    // scores.csv has totals only: the indicator, indicator-change and measure charts are empty and left out.
    // Compared with 2566, three SAOs are paired (6940907 +6.68, 6940108 +10.50, 6940104 −16.00): the arrows have rows.
    const { slides: xml } = await slides(
      await zip.file('จ.ปัตตานี-ITA-2567.pptx')!.async('uint8array'),
    );
    const titles = [
      'ผลการประเมิน ITA จังหวัดปัตตานี ปีงบประมาณ 2567',
      'สรุปผลการประเมิน ITA จังหวัดปัตตานี ปีงบประมาณ 2567',
      'คะแนนรวมของทุกหน่วยงานในจังหวัด เรียงจากสูงไปต่ำ',
      'สัดส่วนหน่วยงานที่ผ่านเกณฑ์ แยกตามอำเภอ',
      // บาราเฮาะ 6940104 and ตะลุโบะ 6940108 have registry coordinates: the map has dots.
      'แผนที่คะแนนรวม ITA จังหวัดปัตตานี ปีงบประมาณ 2567',
      'สัดส่วนหน่วยงานที่ผ่านเกณฑ์ เทียบกับเป้าหมายประเทศ',
      'สัดส่วนหน่วยงานตามระดับผลการประเมิน แยกตามปีงบประมาณ',
      'คะแนนรวมปี 2566 และ 2567 ของแต่ละหน่วยงาน',
    ];
    expect(xml).toHaveLength(titles.length);
    titles.forEach((title, i) => expect(xml[i]).toContain(title));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await zip.file('จ.ปัตตานี-ITA-2567.xlsx')!.async('arraybuffer')) as ArrayBuffer,
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'ตารางสรุป',
      'หน่วยงาน',
      'คะแนนรวมทุกหน่วยงาน',
      'สัดส่วนที่ผ่านรายอำเภอ',
      'แผนที่',
      'สัดส่วนที่ผ่านเกณฑ์',
      'ระดับผลการประเมิน',
      'การเปลี่ยนแปลงรายหน่วยงาน',
      'เกี่ยวกับ',
    ]);
    // 2567 totals in province 94: 6940907 91.67 (real), 6940108 95.50, 6940104 80.00 (real).
    const orgs = wb.getWorksheet('หน่วยงาน')!;
    expect(orgs.rowCount).toBe(4);
    const codes = [2, 3, 4].map((r) => orgs.getRow(r).getCell(1).value).sort();
    expect(codes).toEqual(['6940104', '6940108', '6940907']);
  });
  it('answers a bad province or parameter with 400', async () => {
    const bad = await meetingPackResponse(runner, '9.zip', new URLSearchParams(), { lang: 'th' });
    expect(bad.status).toBe(400);
    const unknown = await meetingPackResponse(runner, '94.zip', new URLSearchParams('foo=1'), {
      lang: 'th',
    });
    expect(await unknown.json()).toMatchObject({ param: 'foo' });
    const year = await meetingPackResponse(runner, '94.zip', new URLSearchParams('year=25x'), {
      lang: 'th',
    });
    expect(await year.json()).toMatchObject({ param: 'year' });
  });
});
