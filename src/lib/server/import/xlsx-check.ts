// Refuses an XLSX workbook beyond the sheet limits before exceljs builds it: the ZIP checks, then a scan of the sheet and shared-string parts.
import { checkZip } from '../limits/zip-check';
import { count, FileLimitError, SHEET_LIMITS } from '../limits/limits';
import { columnLetter } from './problems';

type Limits = typeof SHEET_LIMITS;

const isTagEnd = (b: number | undefined) =>
  b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** "XFD1048576" → [1048576, 16384]. */
export function cellPosition(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function beyond(file: string, where: string, detail: string, detail_th: string) {
  return new FileLimitError(file, 'too_large', `${where}: ${detail}`, `${where}: ${detail_th}`);
}

function checkExtent(file: string, where: string, ref: string, limits: Limits, declared: boolean) {
  const pos = cellPosition(ref);
  if (!pos) return;
  const what = declared ? `declares its used range up to ${ref}` : `has a cell at ${ref}`;
  const what_th = declared ? `ระบุช่วงข้อมูลถึงเซลล์ ${ref}` : `มีเซลล์ที่ ${ref}`;
  if (pos.row > limits.maxRows)
    throw beyond(
      file,
      where,
      `the sheet ${what}, row ${count(pos.row)}; at most ${count(limits.maxRows)} rows are read. Delete the rows below the table and save again`,
      `ชีต${what_th} แถวที่ ${count(pos.row)} แต่อ่านได้ไม่เกิน ${count(limits.maxRows)} แถว ให้ลบแถวที่อยู่ใต้ตารางแล้วบันทึกใหม่`,
    );
  if (pos.col > limits.maxColumns)
    throw beyond(
      file,
      where,
      `the sheet ${what}, column ${count(pos.col)}; at most ${count(limits.maxColumns)} columns (up to ${columnLetter(limits.maxColumns - 1)}) are read. Delete the columns right of the table and save again`,
      `ชีต${what_th} คอลัมน์ที่ ${count(pos.col)} แต่อ่านได้ไม่เกิน ${count(limits.maxColumns)} คอลัมน์ (ถึง ${columnLetter(limits.maxColumns - 1)}) ให้ลบคอลัมน์ทางขวาของตารางแล้วบันทึกใหม่`,
    );
}

/** The byte length of a cell's XML beyond which its text cannot fit Excel's 32,767 characters (UTF-8, escaped). */
const cellBytes = (limits: Limits) => limits.maxCellChars * 6 + 256;

function tooLongCell(file: string, where: string, limits: Limits): FileLimitError {
  return beyond(
    file,
    where,
    `a cell holds more than ${count(limits.maxCellChars)} characters (Excel's own limit for one cell)`,
    `มีเซลล์ที่มีข้อความเกิน ${count(limits.maxCellChars)} ตัวอักษร (ขีดจำกัดของ Excel ต่อเซลล์)`,
  );
}

/** Counts cells (`<c …>`) and rows of one sheet part, and finds its farthest cell, without parsing the XML. */
function scanSheet(file: string, part: string, xml: Buffer, limits: Limits): number {
  const where = part.replace(/^xl\/worksheets\//, '');
  const head = xml.subarray(0, 8192).toString('latin1');
  const dim = /<(?:\w+:)?dimension\s+ref="([A-Z$]+\d+)(?::([A-Z$]+\d+))?"/.exec(head);
  if (dim) checkExtent(file, where, dim[2] ?? dim[1]!, limits, true);
  let cells = 0;
  let at = xml.indexOf('<c', 0, 'latin1');
  while (at !== -1) {
    if (isTagEnd(xml[at + 2])) {
      cells++;
      if (cells > limits.maxCells)
        throw beyond(
          file,
          where,
          `the sheet holds more than ${count(limits.maxCells)} cells`,
          `ชีตมีเซลล์เกิน ${count(limits.maxCells)} เซลล์`,
        );
      // A cell's start tag is short (reference, style, type); the search for its end stops at 256 bytes.
      const near = xml.subarray(at, at + 256);
      const tagEnd = near.indexOf('>');
      const tag = near.subarray(0, tagEnd === -1 ? near.length : tagEnd).toString('latin1');
      const ref = /\sr="([A-Z$]+\d+)"/.exec(tag);
      if (ref) checkExtent(file, where, ref[1]!, limits, false);
      // A cell's value ends at its </c>, looked for only as far as the longest cell Excel writes.
      if (tag[tag.length - 1] !== '/') {
        const window = xml.subarray(at, at + cellBytes(limits));
        if (window.indexOf('</c>', 0, 'latin1') === -1 && at + window.length < xml.length)
          throw tooLongCell(file, where, limits);
      }
      at = xml.indexOf('<c', at + 2, 'latin1');
      continue;
    }
    at = xml.indexOf('<c', at + 2, 'latin1');
  }
  return cells;
}

function scanSharedStrings(file: string, xml: Buffer, limits: Limits): void {
  const where = 'sharedStrings.xml';
  const head = xml.subarray(0, 1024).toString('latin1');
  const unique = /uniqueCount="(\d+)"/.exec(head);
  const declared = unique ? Number(unique[1]) : 0;
  let n = 0;
  let at = xml.indexOf('<si>', 0, 'latin1');
  while (at !== -1) {
    n++;
    if (Math.max(n, declared) > limits.maxSharedStrings)
      throw beyond(
        file,
        where,
        `the workbook holds more than ${count(limits.maxSharedStrings)} distinct texts`,
        `สมุดงานมีข้อความไม่ซ้ำกันเกิน ${count(limits.maxSharedStrings)} รายการ`,
      );
    const end = xml.indexOf('</si>', at, 'latin1');
    if ((end === -1 ? xml.length : end) - at > cellBytes(limits))
      throw tooLongCell(file, where, limits);
    at = end === -1 ? -1 : xml.indexOf('<si>', end, 'latin1');
  }
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Throws FileLimitError for a workbook beyond the limits (ZIP_LIMITS, then SHEET_LIMITS: the declared and the real
 * farthest cell, cells per sheet, shared strings, one cell's length). Other damage is left to exceljs to report.
 */
export function checkXlsx(file: string, bytes: Uint8Array, limits: Limits = SHEET_LIMITS): void {
  const parts = checkZip(
    file,
    bytes,
    (name) => SHEET_PART.test(name) || name === 'xl/sharedStrings.xml',
  );
  let cells = 0;
  for (const [name, xml] of parts) {
    if (name === 'xl/sharedStrings.xml') scanSharedStrings(file, xml, limits);
    else cells += scanSheet(file, name, xml, limits);
    if (cells > limits.maxCells)
      throw new FileLimitError(
        file,
        'too_large',
        `the workbook holds more than ${count(limits.maxCells)} cells`,
        `สมุดงานมีเซลล์เกิน ${count(limits.maxCells)} เซลล์`,
      );
  }
}
