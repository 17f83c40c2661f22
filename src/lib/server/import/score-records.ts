// Turns the data rows of a located table into score records, one per organisation-year, wide or long.
import { toArabicDigits, parseThaiNumber } from '../../thai/digits';
import { asBE, yearBasis } from '../../thai/years';
import {
  labelMeaning,
  isScoreMeaning,
  type ColumnMeaning,
  type Vocabulary,
} from './column-meaning';
import type { ContextYear, SheetColumn, SheetLayout } from './find-header';
import { compactText } from './header-text';
import { problem, type Problem } from './problems';
import { cellText, type CellValue, type RawSheet } from './raw-sheet';

export interface CellRef {
  /** 1-based spreadsheet row. */
  row: number;
  letter: string;
  header: string;
}

export interface GivenScore {
  meaning: Extract<ColumnMeaning, { kind: 'score' } | { kind: 'score_by_name' }>;
  value: number;
  ref: CellRef;
}

export type YearSource = 'column' | 'title' | 'option';

export interface ScoreRecord {
  sheet: string | null;
  /** The spreadsheet rows the record came from (one for wide, several for long). */
  rows: number[];
  orgCode: string | null;
  orgName: string | null;
  district: string | null;
  province: string | null;
  orgType: string | null;
  /** Where the organisation is named: the code cell, else the name cell. */
  orgRef: CellRef | null;
  fiscalYear: number | null;
  yearBasis: 'BE' | 'CE' | null;
  yearSource: YearSource | null;
  scores: GivenScore[];
  grade: { text: string; ref: CellRef } | null;
  problems: Problem[];
}

export interface RecordContext {
  file: string;
  sheet: RawSheet;
  layout: SheetLayout;
  contextYear: ContextYear | null;
  /** --year: used for rows that carry no year of their own. */
  optionYear: number | null;
  vocab: Vocabulary;
}

/** What people type for "no value" (missing, not zero). */
const BLANK_MARKS = new Set([
  '-',
  '–',
  '—',
  'na',
  'n/a',
  'ไม่มีข้อมูล',
  'ไม่ได้ประเมิน',
  'ไม่ประเมิน',
  'ไม่มี',
]);
/**
 * Rows of averages or totals that result books put under a table ("ค่าเฉลี่ย", "รวมทั้งจังหวัด", "Average"),
 * matched on the whole compact name: a tambon may begin with the same word (รวมไทยพัฒนา).
 */
const SUMMARY_ROW =
  /^(?:(?:รวม|ค่าเฉลี่ย|เฉลี่ย|คะแนนเฉลี่ย|สรุป)(?:ทั้งหมด|ทั้งสิ้น|ทั้งจังหวัด|จังหวัด.*|อำเภอ.*|ระดับ.*)?|(?:average|mean|total|overall).*)$/i;

type ScoreCell =
  { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

function readScoreCell(v: CellValue | undefined): ScoreCell {
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'invalid', text: String(v) };
  const text = cellText(v);
  if (text === '' || BLANK_MARKS.has(text.toLowerCase())) return { kind: 'blank' };
  const n = parseThaiNumber(text);
  return n === null ? { kind: 'invalid', text } : { kind: 'number', value: n };
}

/** A fiscal year cell: exactly one four-digit year, BE (2567) or CE (2024), in Thai or Arabic digits. */
export function parseYear(text: string): { year: number; basis: 'BE' | 'CE' } | null {
  const years = new Set(
    [...toArabicDigits(text).matchAll(/(?<!\d)(\d{4})(?!\d)/g)]
      .map((m) => Number(m[1]))
      .filter((y) => yearBasis(y) !== null),
  );
  if (years.size !== 1) return null;
  const y = [...years][0]!;
  return { year: asBE(y)!, basis: yearBasis(y)! };
}

class RowReader {
  constructor(
    private readonly ctx: RecordContext,
    readonly index: number,
  ) {}
  get row(): number {
    return this.index + 1;
  }
  cells(): CellValue[] {
    return this.ctx.sheet.rows[this.index] ?? [];
  }
  ref(col: SheetColumn): CellRef {
    return { row: this.row, letter: col.letter, header: col.header };
  }
  /** The first non-blank text among the columns of a kind. */
  text(kind: ColumnMeaning['kind']): { text: string; col: SheetColumn } | null {
    for (const col of this.ctx.layout.columns) {
      if (col.meaning.kind !== kind) continue;
      const t = cellText(this.cells()[col.index]);
      if (t) return { text: t, col };
    }
    return null;
  }
  place(col: SheetColumn | null) {
    return {
      file: this.ctx.file,
      sheet: this.ctx.sheet.name,
      row: this.row,
      column: col ? col.letter : null,
    };
  }
}

function isBlankRow(cells: CellValue[]): boolean {
  return cells.every((c) => cellText(c) === '');
}

/** Each column's header texts (a two-row header is written "upper / lower"), split once per sheet, not per row. */
const headerTexts = new WeakMap<SheetColumn, string[]>();
function textsOf(col: SheetColumn): string[] {
  let texts = headerTexts.get(col);
  if (!texts) headerTexts.set(col, (texts = col.header.split(' / ')));
  return texts;
}

/** A header repeated inside the data (tables pasted page by page): most cells equal their column's header. */
function isRepeatedHeader(cells: CellValue[], columns: SheetColumn[]): boolean {
  let same = 0;
  let filled = 0;
  for (const col of columns) {
    const t = cellText(cells[col.index]);
    if (!t) continue;
    filled++;
    if (textsOf(col).includes(t)) same++;
  }
  return filled > 0 && same * 2 >= filled;
}

/** Distinct texts a per-sheet lookup remembers: a long file repeats a dozen labels and a few years on every row. */
const REMEMBERED = 1_000;

/** Remembers a pure lookup by its text for one sheet, up to REMEMBERED texts (a hostile file may make them all differ). */
function remembered<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const value = fn(text);
    if (seen.size < REMEMBERED) seen.set(text, value);
    return value;
  };
}

function newRecord(ctx: RecordContext, r: RowReader): ScoreRecord {
  const code = r.text('org_code');
  const name = r.text('org_name');
  const orgRef = code ? r.ref(code.col) : name ? r.ref(name.col) : null;
  return {
    sheet: ctx.sheet.name,
    rows: [r.row],
    orgCode: code ? toArabicDigits(code.text).replace(/\s/g, '') : null,
    orgName: name?.text ?? null,
    district: r.text('district')?.text ?? null,
    province: r.text('province')?.text ?? null,
    orgType: r.text('org_type')?.text ?? null,
    orgRef,
    fiscalYear: null,
    yearBasis: null,
    yearSource: null,
    scores: [],
    grade: null,
    problems: [],
  };
}

/** The row's fiscal year from its year column, else the title or sheet name, else --year. */
function readYear(
  ctx: RecordContext,
  r: RowReader,
  rec: ScoreRecord,
  yearOf: (text: string) => ReturnType<typeof parseYear> = parseYear,
): void {
  const cell = r.text('fiscal_year');
  if (cell) {
    const y = yearOf(cell.text);
    if (y) Object.assign(rec, { fiscalYear: y.year, yearBasis: y.basis, yearSource: 'column' });
    else
      rec.problems.push(
        problem(
          'error',
          r.place(cell.col),
          `"${cell.text}" is not a fiscal year (write 2567 or 2024)`,
          `"${cell.text}" ไม่ใช่ปีงบประมาณ (เช่น 2567 หรือ 2024)`,
        ),
      );
    return;
  }
  const fallback = ctx.contextYear
    ? parseYear(String(ctx.contextYear.year))
    : ctx.optionYear
      ? parseYear(String(ctx.optionYear))
      : null;
  if (fallback) {
    Object.assign(rec, {
      fiscalYear: fallback.year,
      yearBasis: fallback.basis,
      yearSource: ctx.contextYear ? 'title' : 'option',
    });
    return;
  }
  rec.problems.push(
    problem(
      'error',
      r.place(null),
      'no fiscal year: add a ปีงบประมาณ column, put the year in the title row, or pass --year',
      'ไม่พบปีงบประมาณ: เพิ่มคอลัมน์ปีงบประมาณ ระบุปีในแถวชื่อตาราง หรือใช้ --year',
    ),
  );
}

/** Reads one score cell into the record: a number in 0-100, blank (missing), or an error naming the cell. */
function addScore(
  r: RowReader,
  rec: ScoreRecord,
  col: SheetColumn,
  meaning: GivenScore['meaning'],
  v: CellValue | undefined,
): void {
  const cell = readScoreCell(v);
  if (cell.kind === 'blank') return;
  if (cell.kind === 'invalid') {
    rec.problems.push(
      problem('error', r.place(col), `"${cell.text}" is not a number`, `"${cell.text}" ไม่ใช่ตัวเลข`),
    );
    return;
  }
  rec.scores.push({ meaning, value: cell.value, ref: r.ref(col) });
}

/** Skips rows that hold no organisation data; says so when a skipped row still had something in it. */
function skipRow(ctx: RecordContext, r: RowReader, problems: Problem[]): boolean {
  const cells = r.cells();
  if (isBlankRow(cells) || isRepeatedHeader(cells, ctx.layout.columns)) return true;
  const name = r.text('org_name');
  if (!r.text('org_code') && name && SUMMARY_ROW.test(compactText(name.text))) {
    problems.push(
      problem(
        'warning',
        r.place(name.col),
        `"${name.text}" is a summary row, not an organisation; skipped`,
        `"${name.text}" เป็นแถวสรุป ไม่ใช่หน่วยงาน จึงข้ามไป`,
      ),
    );
    return true;
  }
  return false;
}

function requireOrg(r: RowReader, rec: ScoreRecord): void {
  if (rec.orgCode === null && rec.orgName === null)
    rec.problems.push(
      problem(
        'error',
        r.place(null),
        'no organisation code or name in this row',
        'แถวนี้ไม่มีรหัสหรือชื่อหน่วยงาน',
      ),
    );
}

function wideRecords(ctx: RecordContext, problems: Problem[]): ScoreRecord[] {
  const records: ScoreRecord[] = [];
  const scoreColumns = ctx.layout.columns.filter((c) => isScoreMeaning(c.meaning));
  const gradeColumn = ctx.layout.columns.find((c) => c.meaning.kind === 'grade');
  const yearOf = remembered(parseYear);
  for (let i = ctx.layout.dataStart; i < ctx.sheet.rows.length; i++) {
    const r = new RowReader(ctx, i);
    if (skipRow(ctx, r, problems)) continue;
    const rec = newRecord(ctx, r);
    for (const col of scoreColumns)
      addScore(r, rec, col, col.meaning as GivenScore['meaning'], r.cells()[col.index]);
    const gradeText = gradeColumn ? cellText(r.cells()[gradeColumn.index]) : '';
    if (gradeColumn && gradeText) rec.grade = { text: gradeText, ref: r.ref(gradeColumn) };
    // A row with neither organisation nor scores (a footnote, a signature line) carries no data.
    if (
      rec.orgCode === null &&
      rec.orgName === null &&
      rec.scores.length === 0 &&
      rec.problems.length === 0
    )
      continue;
    requireOrg(r, rec);
    readYear(ctx, r, rec, yearOf);
    if (rec.scores.length === 0 && !rec.problems.some((p) => p.severity === 'error'))
      rec.problems.push(problem('error', r.place(null), 'no scores in this row', 'แถวนี้ไม่มีคะแนน'));
    records.push(rec);
  }
  return records;
}

function longRecords(ctx: RecordContext, problems: Problem[]): ScoreRecord[] {
  const groups = new Map<string, ScoreRecord>();
  const indicatorCol = ctx.layout.columns.find((c) => c.meaning.kind === 'indicator')!;
  const valueCol = ctx.layout.columns.find((c) => c.meaning.kind === 'value')!;
  const yearOf = remembered(parseYear);
  const meaningOf = remembered((label: string) => labelMeaning(label, ctx.vocab));
  for (let i = ctx.layout.dataStart; i < ctx.sheet.rows.length; i++) {
    const r = new RowReader(ctx, i);
    if (skipRow(ctx, r, problems)) continue;
    const fresh = newRecord(ctx, r);
    readYear(ctx, r, fresh, yearOf);
    const key = JSON.stringify([
      fresh.orgCode ?? '',
      fresh.orgCode ? '' : compactText(fresh.orgName ?? ''),
      fresh.orgCode ? '' : compactText(fresh.district ?? ''),
      fresh.orgCode ? '' : compactText(fresh.province ?? ''),
      fresh.fiscalYear ?? r.text('fiscal_year')?.text ?? '',
    ]);
    let rec = groups.get(key);
    if (!rec) {
      rec = fresh;
      requireOrg(r, rec);
      groups.set(key, rec);
    } else {
      rec.rows.push(r.row);
      // Year problems repeat on every row of the group; the first row's report is enough.
    }
    const label = cellText(r.cells()[indicatorCol.index]);
    const meaning = label ? meaningOf(label) : null;
    if (!meaning) {
      const value = cellText(r.cells()[valueCol.index]);
      if (label || value)
        rec.problems.push(
          problem(
            'warning',
            r.place(indicatorCol),
            `"${label}" is not a known indicator; row ignored`,
            `"${label}" ไม่ใช่ตัวชี้วัดที่รู้จัก จึงไม่นำเข้าแถวนี้`,
          ),
        );
      continue;
    }
    if (meaning.kind === 'grade') {
      const text = cellText(r.cells()[valueCol.index]);
      if (text) rec.grade = { text, ref: r.ref(valueCol) };
      continue;
    }
    addScore(r, rec, valueCol, meaning as GivenScore['meaning'], r.cells()[valueCol.index]);
  }
  for (const rec of groups.values()) {
    if (rec.scores.length === 0 && !rec.problems.some((p) => p.severity === 'error'))
      rec.problems.push(
        problem(
          'error',
          { file: ctx.file, sheet: ctx.sheet.name, row: rec.rows[0]!, column: null },
          'no scores for this organisation and year',
          'ไม่มีคะแนนของหน่วยงานนี้ในปีนี้',
        ),
      );
  }
  return [...groups.values()];
}

/** Records of a sheet in row order, plus row-level problems that belong to no record (skipped summary rows). */
export function readRecords(ctx: RecordContext): { records: ScoreRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records =
    ctx.layout.shape === 'wide' ? wideRecords(ctx, problems) : longRecords(ctx, problems);
  return { records, problems };
}
