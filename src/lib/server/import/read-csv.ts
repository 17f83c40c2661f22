// Parses CSV and tab-separated text into rows of cells (RFC 4180 quoting), guessing the separator.
import { count, FileLimitError, SHEET_LIMITS } from '../limits/limits';
import { columnLetter } from './problems';

export type Separator = ',' | '\t' | ';';

/** Counts separators outside quotes in the first lines; the most frequent consistent one wins (tab, then comma, then semicolon on ties). */
export function detectSeparator(text: string): Separator {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  const candidates: Separator[] = ['\t', ',', ';'];
  let best: Separator = ',';
  let bestScore = 0;
  for (const sep of candidates) {
    let score = 0;
    for (const line of lines) {
      let inQuotes = false;
      for (const ch of line) {
        if (ch === '"') inQuotes = !inQuotes;
        else if (ch === sep && !inQuotes) score++;
      }
    }
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/** Which limits a parse holds to, and the file name its refusals give. */
export interface CsvLimits {
  file: string;
  limits: typeof SHEET_LIMITS;
}

function csvBeyond(file: string, row: number, en: string, th: string): FileLimitError {
  return new FileLimitError(
    file,
    'too_large',
    `row ${count(row)}: ${en}`,
    `แถวที่ ${count(row)}: ${th}`,
  );
}

/**
 * Every record as an array of raw cell texts; a quoted cell may hold separators, quotes ("") and line breaks.
 * With `bounds`, rows, cells per row and one cell's length are held to the sheet limits as the text is read.
 */
export function parseCsv(
  text: string,
  separator: Separator = detectSeparator(text),
  bounds?: CsvLimits,
): string[][] {
  const lim = bounds?.limits;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let i = 0;
  const endCell = () => {
    if (lim && bounds) {
      if (cell.length > lim.maxCellChars)
        throw csvBeyond(
          bounds.file,
          rows.length + 1,
          `the cell in column ${columnLetter(row.length)} holds ${count(cell.length)} characters; at most ${count(lim.maxCellChars)} (Excel's limit for one cell) are read`,
          `เซลล์ในคอลัมน์ ${columnLetter(row.length)} มี ${count(cell.length)} ตัวอักษร เกิน ${count(lim.maxCellChars)} ตัวอักษร (ขีดจำกัดของ Excel ต่อเซลล์)`,
        );
      if (row.length >= lim.maxColumns)
        throw csvBeyond(
          bounds.file,
          rows.length + 1,
          `more than ${count(lim.maxColumns)} columns; at most ${count(lim.maxColumns)} are read (is the separator right?)`,
          `มีเกิน ${count(lim.maxColumns)} คอลัมน์ ซึ่งเป็นจำนวนสูงสุดที่อ่านได้ (ตัวคั่นถูกต้องหรือไม่)`,
        );
    }
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (lim && bounds && rows.length >= lim.maxRows)
      throw csvBeyond(
        bounds.file,
        rows.length + 1,
        `the file has more than ${count(lim.maxRows)} rows, the most one import reads; split it (e.g. one year or one province per file)`,
        `ไฟล์มีเกิน ${count(lim.maxRows)} แถว ซึ่งเป็นจำนวนสูงสุดที่นำเข้าได้ในครั้งเดียว ให้แยกไฟล์ (เช่น ปีละไฟล์ หรือจังหวัดละไฟล์)`,
      );
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      cell = '';
      inQuotes = true;
    } else if (ch === separator) endCell();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
