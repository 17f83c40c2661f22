// Finds the header of a score table inside a sheet (title rows above it, one or two header rows) and the table's shape.
import { toArabicDigits } from '../../thai/digits';
import { asBE } from '../../thai/years';
import {
  meaningOfHeader,
  meaningLabel,
  isScoreMeaning,
  type ColumnMeaning,
  type Vocabulary,
} from './column-meaning';
import { columnLetter } from './problems';
import { cellText, type RawSheet } from './raw-sheet';

export type Shape = 'wide' | 'long';

export interface SheetColumn {
  index: number;
  letter: string;
  /** The header as written; two header rows are joined with " / " ("IIT / ตัวชี้วัดที่ 1"). */
  header: string;
  meaning: ColumnMeaning;
}

export interface SheetLayout {
  /** 1-based row of the (first) header row. */
  headerRow: number;
  headerRows: 1 | 2;
  /** 0-based index into sheet.rows of the first row after the header. */
  dataStart: number;
  columns: SheetColumn[];
  shape: Shape;
}

/** How far down a title block may push the header. */
const MAX_HEADER_ROW = 30;

function columnsFor(sheet: RawSheet, r: number, rows: 1 | 2, vocab: Vocabulary): SheetColumn[] {
  const width = Math.max(
    sheet.rows[r]?.length ?? 0,
    rows === 2 ? (sheet.rows[r + 1]?.length ?? 0) : 0,
  );
  const columns: SheetColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let k = 0; k < rows; k++) {
      const t = cellText(sheet.rows[r + k]?.[c]);
      if (t && !parts.includes(t)) parts.push(t);
    }
    columns.push({
      index: c,
      letter: columnLetter(c),
      header: parts.join(' / '),
      meaning: meaningOfHeader(parts, vocab),
    });
  }
  return columns;
}

function shapeOf(columns: SheetColumn[]): Shape | null {
  const kinds = new Set(columns.map((c) => c.meaning.kind));
  if (columns.some((c) => isScoreMeaning(c.meaning))) return 'wide';
  if (kinds.has('indicator') && kinds.has('value')) return 'long';
  return null;
}

/**
 * How much a candidate header looks like one: the number of distinct meanings it gives, provided it names
 * organisations and holds scores. Distinct, because a group header merged over five columns ("IIT") repeats
 * one meaning five times, while the row below it ("ตัวชี้วัดที่ 1".."5") gives five.
 */
function score(columns: SheetColumn[]): number {
  const kinds = new Set(columns.map((c) => c.meaning.kind));
  if (!kinds.has('org_code') && !kinds.has('org_name')) return 0;
  if (shapeOf(columns) === null) return 0;
  return new Set(
    columns.filter((c) => c.meaning.kind !== 'ignored').map((c) => meaningLabel(c.meaning)),
  ).size;
}

/** The header of the sheet's score table, or null when the sheet has none. */
export function locateHeader(sheet: RawSheet, vocab: Vocabulary): SheetLayout | null {
  const last = Math.min(sheet.rows.length, MAX_HEADER_ROW);
  const singles = Array.from({ length: last + 1 }, (_, r) =>
    r < sheet.rows.length ? columnsFor(sheet, r, 1, vocab) : [],
  );
  const singleScores = singles.map(score);
  let best: SheetLayout | null = null;
  let bestScore = 0;
  const consider = (r: number, rows: 1 | 2, columns: SheetColumn[], s: number) => {
    if (s > bestScore) {
      bestScore = s;
      best = {
        headerRow: r + 1,
        headerRows: rows,
        dataStart: r + rows,
        columns,
        shape: shapeOf(columns)!,
      };
    }
  };
  for (let r = 0; r < last; r++) {
    consider(r, 1, singles[r]!, singleScores[r]!);
    if (r + 1 >= sheet.rows.length) continue;
    const pair = columnsFor(sheet, r, 2, vocab);
    const s = score(pair);
    // Two rows make the header only when together they mean more than either alone: a title row above
    // the header, or the first data row below it, adds nothing.
    if (s > Math.max(singleScores[r]!, singleScores[r + 1] ?? 0)) consider(r, 2, pair, s);
  }
  return best;
}

const YEAR = /(?:^|\D)((?:25|19|20)\d\d)(?!\d)/g;
const YEAR_CUE =
  /(ปีงบประมาณ|พ\.ศ\.|ประจำปี|fiscal year|fy)\s*(?:พ\.ศ\.)?\s*((?:25|19|20)\d\d)(?!\d)/i;

export interface ContextYear {
  year: number;
  text: string;
  /** 1-based row of the title it came from; null when it came from the sheet name. */
  row: number | null;
}

/**
 * A fiscal year stated above the table ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") or in the sheet name,
 * for files whose rows carry no year. A year after a cue word wins over any other year in the titles.
 */
export function contextYear(sheet: RawSheet, layout: SheetLayout): ContextYear | null {
  const titles: { text: string; row: number | null }[] = [];
  for (let r = 0; r < layout.headerRow - 1; r++) {
    const texts = [...new Set((sheet.rows[r] ?? []).map(cellText).filter((t) => t !== ''))];
    if (texts.length) titles.push({ text: toArabicDigits(texts.join(' ')), row: r + 1 });
  }
  if (sheet.name) titles.push({ text: toArabicDigits(sheet.name), row: null });
  for (const t of titles) {
    const m = YEAR_CUE.exec(t.text);
    if (m && asBE(Number(m[2])) !== null) return { year: Number(m[2]), text: t.text, row: t.row };
  }
  for (const t of titles) {
    for (const m of t.text.matchAll(YEAR)) {
      if (asBE(Number(m[1])) !== null) return { year: Number(m[1]), text: t.text, row: t.row };
    }
  }
  return null;
}
