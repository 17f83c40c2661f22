import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import {
  previewScoreImport,
  commitScoreImport,
  type ScoreFile,
  type ScoreImportSummary,
} from './import-scores';

const fixture = (name: string): ScoreFile => ({
  name,
  bytes: fs.readFileSync(new URL(`../../../../data/fixtures/scores/${name}`, import.meta.url)),
});

/** Problems without the Thai text, for comparison with expectations written from the fixture. */
const brief = (s: ScoreImportSummary) =>
  s.problems.map(({ severity, sheet, row, column, message }) => ({
    severity,
    sheet,
    row,
    column,
    message,
  }));

async function scores(db: Database, org: string, year: number): Promise<Record<string, number>> {
  return db.withConnection(async (c) => {
    const r = await c.runAndReadAll(
      `SELECT code, value FROM score_current WHERE org_code = $org AND fiscal_year = $year ORDER BY code`,
      { org, year },
    );
    return Object.fromEntries(r.getRowsJS().map(([code, value]) => [String(code), Number(value)]));
  });
}

let db: Database;
beforeEach(async () => {
  db = await openDatabase(':memory:');
});
afterEach(() => db.close());

describe('wide-thai-be.csv (UTF-8 with BOM, Thai headers, BE years, Thai digits, %)', () => {
  it('detects the shape, the columns and the year basis, with no problems', async () => {
    const s = await previewScoreImport(db, fixture('wide-thai-be.csv'));
    expect(s.shape).toBe('wide');
    expect(s.year_basis).toBe('BE');
    expect(s.encoding).toBe('utf-8');
    expect(s.columns).toMatchObject({
      รหัส: 'org_code',
      ชื่อหน่วยงาน: 'org_name',
      ปีงบประมาณ: 'fiscal_year',
      'ตัวชี้วัดที่ ๑': 'score:1',
      การใช้ทรัพย์สินของราชการ: 'score:4',
      'ตัวชี้วัดที่ 10': 'score:10',
      'คะแนน ITA': 'score:TOTAL',
      ระดับ: 'grade',
    });
    expect(s.counts).toEqual({ new: 4, changed: 0, unchanged: 0, rejected: 0 });
    expect(s.problems).toEqual([]);
    expect(s.committed).toBe(false);
  });

  it('stores the given scores, resolves วังกระแจะ by district and province, and computes what is missing', async () => {
    await commitScoreImport(db, fixture('wide-thai-be.csv'));
    // Row 3, written in Thai digits.
    expect(await scores(db, '6230107', 2564)).toMatchObject({
      '1': 95.1,
      '9': 84.38,
      '10': 78.13,
      TOTAL: 86.9,
    });
    // Row 4: no total in the file; 0.06 x (88.20+85+86.75+90.10+84.30) + 0.1 x (86.40+85.20+83.90) + 0.2 x (68.75+56.25).
    expect(await scores(db, '6230303', 2564)).toMatchObject({
      '2': 85,
      TOTAL: 76.61,
      IIT: 86.87,
      EIT: 85.17,
      OIT: 62.5,
    });
    // Row 5: the total only.
    expect(await scores(db, '6940108', 2567)).toEqual({ TOTAL: 91.67 });
  });
});

describe('long-english-ce.tsv (tab separated, long, English headers, CE years)', () => {
  it('converts CE years and groups rows into organisation-years', async () => {
    const s = await commitScoreImport(db, fixture('long-english-ce.tsv'));
    expect(s.shape).toBe('long');
    expect(s.year_basis).toBe('CE');
    expect(s.year_assumption).toContain('Christian Era');
    expect(s.columns).toEqual({
      'Org code': 'org_code',
      Organization: 'org_name',
      District: 'district',
      Province: 'province',
      'Fiscal year': 'fiscal_year',
      Indicator: 'indicator',
      Score: 'value',
    });
    expect(s.counts).toEqual({ new: 3, changed: 0, unchanged: 0, rejected: 0 });
    expect(s.problems).toEqual([]);
    expect(await scores(db, '6940907', 2567)).toMatchObject({ '1': 95.12, '9': 100, TOTAL: 92.97 });
    expect(await scores(db, '6710207', 2567)).toEqual({
      IIT: 90.1,
      EIT: 88.2,
      OIT: 75,
      TOTAL: 83.49,
    });
    // FY 2566 (2023): indicator 9 from its five sub-indicators (mean of 100, 87.5, 75, 100, 93.75), then the total.
    expect(await scores(db, '6940907', 2566)).toMatchObject({
      '9.1': 100,
      '9.5': 93.75,
      '9': 91.25,
      TOTAL: 88.07,
    });
  });
});

describe('tis620-tools.csv (TIS-620)', () => {
  it('decodes the legacy encoding and tells the two เมืองน้อย apart by district and province', async () => {
    const s = await commitScoreImport(db, fixture('tis620-tools.csv'));
    expect(s.encoding).toBe('windows-874');
    expect(s.columns).toMatchObject({
      'ชื่อ อปท.': 'org_name',
      'ปีงบประมาณ พ.ศ.': 'fiscal_year',
      IIT: 'score:IIT',
      ผลการประเมิน: 'grade',
    });
    expect(s.counts).toEqual({ new: 2, changed: 0, unchanged: 0, rejected: 1 });
    expect(brief(s)).toEqual([
      {
        severity: 'error',
        sheet: null,
        row: 4,
        column: 'A',
        message:
          '"อบต.เมืองน้อย" matches 2 organisations; add a code, district or province column: 6330311 อบต.เมืองน้อย (กันทรารมย์, ศรีสะเกษ); 6450511 อบต.เมืองน้อย (ธวัชบุรี, ร้อยเอ็ด)',
      },
    ]);
    expect(await scores(db, '6330311', 2566)).toEqual({
      IIT: 88.4,
      EIT: 86.1,
      OIT: 80,
      TOTAL: 84.35,
    });
    expect(await scores(db, '6450511', 2566)).toEqual({
      IIT: 91.2,
      EIT: 90.5,
      OIT: 95,
      TOTAL: 92.51,
    });
  });
});

describe('wide-eit-parts.csv (EIT part 1 and part 2 columns, FY 2565-2567)', () => {
  const orgYear = (org: string, year: number) =>
    db.withConnection(async (c) =>
      (
        await c.runAndReadAll(
          `SELECT level, eit, eit1, eit2, tools_incomplete FROM org_year
           WHERE org_code = $org AND fiscal_year = $year`,
          { org, year },
        )
      ).getRowObjectsJS(),
    );

  it('reads the part columns and warns where EIT disagrees with its parts or a year has no parts', async () => {
    const s = await commitScoreImport(db, fixture('wide-eit-parts.csv'));
    expect(s.columns).toMatchObject({
      'EIT ส่วนที่ 1': 'score:EIT1',
      'แบบวัด EIT ส่วนที่ 2': 'score:EIT2',
      EIT: 'score:EIT',
      ผลการประเมิน: 'grade',
    });
    expect(s.counts).toEqual({ new: 5, changed: 0, unchanged: 0, rejected: 0 });
    expect(brief(s)).toEqual([
      {
        severity: 'warning',
        sheet: null,
        row: 3,
        column: 'G',
        message:
          'EIT 90.00 in column G does not match 95.50, the mean of EIT part 1 (E3 95.00) and EIT part 2 (F3 96.00); the stated EIT is kept',
      },
      {
        severity: 'warning',
        sheet: null,
        row: 6,
        column: 'E',
        message: 'the FY 2565 framework has no EIT part 1; value ignored',
      },
    ]);
  });

  it('derives EIT from its parts, rates on four tools, and marks single-EIT ratings incomplete', async () => {
    await commitScoreImport(db, fixture('wide-eit-parts.csv'));
    // Row 2: EIT = (96.01 + 84.99) / 2 = 90.50; total 0.3 x 96 + 0.3 x 90.50 + 0.4 x 96 = 94.35; EIT part 2 < 85: ผ่าน.
    expect(await scores(db, '6940907', 2566)).toEqual({
      IIT: 96,
      EIT1: 96.01,
      EIT2: 84.99,
      EIT: 90.5,
      OIT: 96,
      TOTAL: 94.35,
    });
    expect(await orgYear('6940907', 2566)).toEqual([
      { level: 'ผ่าน', eit: 90.5, eit1: 96.01, eit2: 84.99, tools_incomplete: false },
    ]);
    // Row 3: the stated EIT 90 is kept; total 0.3 x 97 + 0.3 x 90 + 0.4 x 98 = 95.30; all four tools ≥ 95.
    expect((await scores(db, '6230107', 2566)).TOTAL).toBe(95.3);
    expect(await orgYear('6230107', 2566)).toEqual([
      { level: 'ผ่านดีเยี่ยม', eit: 90, eit1: 95, eit2: 96, tools_incomplete: false },
    ]);
    // Row 4: a single EIT; total 0.3 x 90 + 0.3 x 88 + 0.4 x 92 = 90.20, rated on three tools.
    expect(await orgYear('6230303', 2566)).toEqual([
      { level: 'ผ่านดี', eit: 88, eit1: null, eit2: null, tools_incomplete: true },
    ]);
    // Row 5: ต้องปรับปรุงด่วน (as the 2567 report prints it) names the total 59.00's rating, without a warning.
    expect(await orgYear('6330311', 2567)).toEqual([
      { level: 'ต้องปรับปรุงโดยด่วน', eit: 60, eit1: null, eit2: null, tools_incomplete: true },
    ]);
    // Row 6: FY 2565 has no parts; letter levels check no tool, so nothing is incomplete.
    expect(await scores(db, '6940907', 2565)).toEqual({ IIT: 90, EIT: 92, OIT: 93, TOTAL: 91.8 });
    expect(await orgYear('6940907', 2565)).toEqual([
      { level: 'A', eit: 92, eit1: null, eit2: null, tools_incomplete: false },
    ]);
  });
});

describe('result-book.xlsx (title rows, merged two-row headers, formulas, several sheets)', () => {
  it("finds each sheet's header under its titles and reads the year from the title", async () => {
    const s = await commitScoreImport(db, fixture('result-book.xlsx'));
    expect(s.format).toBe('xlsx');
    expect(s.sheets).toEqual([
      { name: '2566', shape: 'wide', header_row: 3, header_rows: 2, records: 4 },
      // The names in row 3 suffice: the tool groups above them add no meaning.
      { name: '2567', shape: 'wide', header_row: 3, header_rows: 1, records: 3 },
      { name: 'หมายเหตุ', shape: null, header_row: null, header_rows: null, records: 0 },
    ]);
    expect(s.columns).toMatchObject({
      'ตัวชี้วัด / 1': 'score:1',
      'ตัวชี้วัด / 10': 'score:10',
      การปรับปรุงการทำงาน: 'score:8',
    });
    expect(s.counts).toEqual({ new: 7, changed: 0, unchanged: 0, rejected: 0 });
    expect(brief(s)).toEqual([
      {
        severity: 'warning',
        sheet: '2566',
        row: 9,
        column: 'B',
        message: '"ค่าเฉลี่ย" is a summary row, not an organisation; skipped',
      },
      {
        severity: 'warning',
        sheet: '2567',
        row: 5,
        column: 'J',
        message:
          'formula without a stored result; open the file in a spreadsheet program and save it again',
      },
      {
        severity: 'warning',
        sheet: '2567',
        row: 6,
        column: 'P',
        message: '"ผ่าน" does not match the total 78.20 (pass mark 85)',
      },
      {
        severity: 'warning',
        sheet: 'หมายเหตุ',
        row: null,
        column: null,
        message: 'no score table found (a header naming organisations and scores); sheet skipped',
      },
    ]);
    // Sheet 2566 row 5; the province comes from a merged cell, the total from a formula's stored result.
    expect(await scores(db, '6230107', 2566)).toMatchObject({
      '1': 94.2,
      '10': 81.25,
      TOTAL: 88.61,
    });
    // Sheet 2567 row 4: indicator 9 was typed as 95.00%.
    expect(await scores(db, '6230107', 2567)).toMatchObject({ '9': 95, TOTAL: 93.59 });
    // Sheet 2567 row 5: indicator 6 has no value, so EIT cannot be computed.
    const khaoSaming = await scores(db, '6230303', 2567);
    expect(khaoSaming['6']).toBeUndefined();
    expect(khaoSaming.EIT).toBeUndefined();
    expect(khaoSaming.TOTAL).toBe(88.59);
  });
});

describe('wide-problems.csv (one row per validation failure)', () => {
  it('reports every problem with its row and column, and counts organisation-years', async () => {
    const s = await previewScoreImport(db, fixture('wide-problems.csv'));
    expect(s.counts).toEqual({ new: 4, changed: 0, unchanged: 0, rejected: 11 });
    const problems = brief(s);
    const unknownName = problems.find((p) => p.row === 7)!;
    expect(unknownName.message).toMatch(/^no organisation in the registry matches "หนองไม่มีจริงเลย"/);
    const unknownCode = problems.find((p) => p.row === 8)!;
    expect(unknownCode.message).toMatch(/^code 999999 is not in the registry/);
    expect(
      problems.map((p) => (p.row === 7 || p.row === 8 ? { ...p, message: '(checked above)' } : p)),
    ).toEqual([
      {
        severity: 'warning',
        sheet: null,
        row: 1,
        column: 'R',
        message: 'column "entered by" is not recognised; ignored',
      },
      {
        severity: 'warning',
        sheet: null,
        row: 3,
        column: null,
        message: 'duplicate of row 2 for 6940907 in FY 2564 (same scores); counted once',
      },
      {
        severity: 'error',
        sheet: null,
        row: 4,
        column: null,
        message: '6230303 in FY 2564 is given more than once with different scores (rows 4, 5)',
      },
      {
        severity: 'error',
        sheet: null,
        row: 5,
        column: null,
        message: '6230303 in FY 2564 is given more than once with different scores (rows 4, 5)',
      },
      {
        severity: 'error',
        sheet: null,
        row: 6,
        column: 'B',
        message:
          '"วังกระแจะ" matches 2 organisations; add a code, district or province column: 6230107 อบต.วังกระแจะ (เมืองตราด, ตราด); 6710207 อบต.วังกระแจะ (ไทรโยค, กาญจนบุรี)',
      },
      { severity: 'error', sheet: null, row: 7, column: 'B', message: '(checked above)' },
      { severity: 'error', sheet: null, row: 8, column: 'A', message: '(checked above)' },
      {
        severity: 'error',
        sheet: null,
        row: 9,
        column: 'H',
        message: 'score 105 is outside 0-100',
      },
      { severity: 'error', sheet: null, row: 10, column: 'J', message: '"ดี" is not a number' },
      {
        severity: 'warning',
        sheet: null,
        row: 11,
        column: 'P',
        message:
          'the total 90.00 does not match 86.86 computed from indicators 1-10 with the FY 2564 weights',
      },
      {
        severity: 'warning',
        sheet: null,
        row: 12,
        column: 'Q',
        message: 'the level "AA" does not match the total 77.11, which is B in FY 2564',
      },
      {
        severity: 'error',
        sheet: null,
        row: 13,
        column: null,
        message: 'no ITA framework for FY 2562 (frameworks exist for 2563-2568)',
      },
      {
        severity: 'error',
        sheet: null,
        row: 14,
        column: 'E',
        message: '"ปีหน้า" is not a fiscal year (write 2567 or 2024)',
      },
      {
        severity: 'warning',
        sheet: null,
        row: 15,
        column: 'B',
        message: '"ค่าเฉลี่ย" is a summary row, not an organisation; skipped',
      },
      {
        severity: 'warning',
        sheet: null,
        row: 16,
        column: 'Q',
        message: '"Z" is not a level of FY 2564 (AA, A, B, C, D, E, F)',
      },
      {
        severity: 'error',
        sheet: null,
        row: 17,
        column: null,
        message:
          'no fiscal year: add a ปีงบประมาณ column, put the year in the title row, or pass --year',
      },
      {
        severity: 'error',
        sheet: null,
        row: 18,
        column: 'O',
        message: 'score 1005.5 is outside 0-100',
      },
    ]);
    expect(s.problems.every((p) => p.file === 'wide-problems.csv' && p.message_th !== '')).toBe(
      true,
    );
  });

  it('writes the accepted rows and nothing of the rejected ones', async () => {
    await commitScoreImport(db, fixture('wide-problems.csv'));
    const orgYears = await db.withConnection(async (c) =>
      (
        await c.runAndReadAll(
          `SELECT DISTINCT org_code || '/' || fiscal_year FROM score ORDER BY 1`,
        )
      )
        .getRowsJS()
        .map((r) => r[0]),
    );
    expect(orgYears).toEqual(['6940907/2564', '6940912/2564', '6940913/2564', '6940917/2564']);
    // Row 11: the stated total is kept, even though the indicators give 86.86 (a warning, not a correction).
    expect((await scores(db, '6940913', 2564)).TOTAL).toBe(90);
  });
});

describe('--year', () => {
  it('gives a year to rows that have none', async () => {
    const csv = 'รหัส,คะแนนรวม\n6940907,91.5\n';
    const s = await previewScoreImport(
      db,
      { name: 'no-year.csv', bytes: new TextEncoder().encode(csv) },
      { year: 2024 },
    );
    expect(s.counts).toEqual({ new: 1, changed: 0, unchanged: 0, rejected: 0 });
    expect(s.year_basis).toBe('CE');
    expect(s.year_assumption).toBe(
      'years are Christian Era (ค.ศ.) and were converted to Buddhist Era by adding 543: fiscal years 2567; taken from --year 2024',
    );
  });
});

describe('unreadable input', () => {
  it('reports a file without a score table as an error', async () => {
    const s = await previewScoreImport(db, {
      name: 'notes.csv',
      bytes: new TextEncoder().encode('หมายเหตุ\nไม่มีข้อมูล\n'),
    });
    expect(brief(s)).toEqual([
      {
        severity: 'error',
        sheet: null,
        row: null,
        column: null,
        message:
          'no score table found: the header must name the organisation (รหัส/ชื่อหน่วยงาน) and give scores (ตัวชี้วัดที่ 1, คะแนนรวม...) or indicator and score columns',
      },
    ]);
    expect(s.counts).toEqual({ new: 0, changed: 0, unchanged: 0, rejected: 0 });
  });

  it('refuses an old .xls file with a message saying what to do', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(previewScoreImport(db, { name: 'old.xls', bytes: xls })).rejects.toThrow(
      /old\.xls: this is an old Excel \.xls file; save it as \.xlsx or CSV/,
    );
  });
});

describe('a code from another numbering', () => {
  it('falls back to the name, district and province when they identify one organisation', async () => {
    // 99001234 is no DLA code nor an old subdistrict code (a department's own numbering, say).
    const csv =
      'รหัส,ชื่อหน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม\n99001234,อบต.จะรัง,ยะหริ่ง,ปัตตานี,2567,90.25\n';
    const s = await commitScoreImport(db, {
      name: 'other-codes.csv',
      bytes: new TextEncoder().encode(csv),
    });
    expect(s.counts).toEqual({ new: 1, changed: 0, unchanged: 0, rejected: 0 });
    expect(brief(s)).toEqual([
      {
        severity: 'warning',
        sheet: null,
        row: 2,
        column: 'A',
        message:
          'code 99001234 is not in the registry; matched by name+district+province to 6940907 อบต.จะรัง (ยะหริ่ง, ปัตตานี)',
      },
    ]);
    expect(await scores(db, '6940907', 2567)).toEqual({ TOTAL: 90.25 });
  });

  it('matches an old 6-digit subdistrict code to the organisation it now names, without a warning', async () => {
    // 940917 was อบต.จะรัง's code before the DLA registry (its subdistrict's geocode); 940909 (บางปู) has no อบต.:
    // it names เทศบาลตำบลบางปู, whose name the row's "อบต.บางปู" is close enough to (same place, other type).
    const csv = [
      'รหัส,ชื่อหน่วยงาน,ปีงบประมาณ,คะแนนรวม',
      '940917,อบต.จะรัง,2567,90.25',
      '940909,อบต.บางปู,2567,88.00',
    ].join('\n');
    const s = await commitScoreImport(db, {
      name: 'old-codes.csv',
      bytes: new TextEncoder().encode(csv),
    });
    expect(s.counts).toEqual({ new: 2, changed: 0, unchanged: 0, rejected: 0 });
    expect(brief(s)).toEqual([]);
    expect(await scores(db, '6940907', 2567)).toEqual({ TOTAL: 90.25 });
    expect(await scores(db, '5940902', 2567)).toEqual({ TOTAL: 88 });
  });
});

describe('summary rows', () => {
  it('skips average rows but not a tambon whose name begins with รวม', async () => {
    const csv = [
      'ชื่อหน่วยงาน,จังหวัด,ปีงบประมาณ,คะแนนรวม',
      'รวมไทยพัฒนา,ตาก,2567,90.00',
      'ค่าเฉลี่ยจังหวัด,,,90.00',
      '',
    ].join('\n');
    const s = await previewScoreImport(db, {
      name: 'tak.csv',
      bytes: new TextEncoder().encode(csv),
    });
    expect(s.counts).toEqual({ new: 1, changed: 0, unchanged: 0, rejected: 0 });
    expect(brief(s)).toEqual([
      {
        severity: 'warning',
        sheet: null,
        row: 3,
        column: 'A',
        message: '"ค่าเฉลี่ยจังหวัด" is a summary row, not an organisation; skipped',
      },
    ]);
  });
});
