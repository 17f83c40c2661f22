// Reads every worksheet of an XLSX workbook with exceljs: formulas give their stored results, merged ranges repeat their value.
import ExcelJS from 'exceljs';
import { count, FileLimitError, SHEET_LIMITS } from '../limits/limits';
import type { CellValue, RawSheet, SheetNote } from './raw-sheet';
import { checkXlsx } from './xlsx-check';

type ExcelValue = ExcelJS.CellValue;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The plain value of an exceljs cell value, or a note when it cannot be had. */
function plainValue(
  v: ExcelValue,
  numFmt: string | undefined,
): { value: CellValue; note?: [string, string] } {
  if (v == null) return { value: null };
  if (typeof v === 'number') {
    // A percent-formatted cell stores 0.9167 and shows 91.67%: the person means 91.67.
    return { value: numFmt && numFmt.includes('%') ? Math.round(v * 100 * 1e6) / 1e6 : v };
  }
  if (typeof v === 'string') return { value: v };
  if (typeof v === 'boolean') return { value: String(v) };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (isObject(v)) {
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined)
        return {
          value: null,
          note: [
            'formula without a stored result; open the file in a spreadsheet program and save it again',
            'สูตรไม่มีค่าผลลัพธ์ที่บันทึกไว้ ให้เปิดไฟล์ในโปรแกรมตารางคำนวณแล้วบันทึกใหม่',
          ],
        };
      return plainValue(result as ExcelValue, numFmt);
    }
    if ('richText' in v)
      return { value: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
    if ('hyperlink' in v) return { value: String((v as ExcelJS.CellHyperlinkValue).text ?? '') };
    if ('error' in v) {
      const err = String((v as ExcelJS.CellErrorValue).error);
      return { value: null, note: [`the cell shows the error ${err}`, `เซลล์แสดงข้อผิดพลาด ${err}`] };
    }
  }
  return { value: String(v) };
}

/**
 * Reads every sheet. The workbook is checked against the limits first (`xlsx-check.ts`); then only the cells the
 * sheet holds are visited, never the rectangle its farthest cell spans: a sheet with cells A1 and XFD1048576 has two
 * cells, not 17 billion. Rows are as long as their last cell (the readers after this accept ragged rows, as CSV has).
 */
export async function readXlsx(
  bytes: Uint8Array,
  file = 'workbook.xlsx',
  limits: typeof SHEET_LIMITS = SHEET_LIMITS,
): Promise<RawSheet[]> {
  checkXlsx(file, bytes, limits);
  const wb = new ExcelJS.Workbook();
  // exceljs's types ask for its own Buffer flavour; a Node Buffer over the same bytes is what it reads.
  await wb.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
  );
  const sheets: RawSheet[] = [];
  let cellsRead = 0;
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    const notes: SheetNote[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      // The scan before loading found every cell within the limits; a cell it could not see (a prefixed tag) is
      // caught here, before the rows array grows to it.
      if (r > limits.maxRows) throw sheetBeyond(file, ws.name, `row ${r}`, limits);
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > limits.maxColumns) throw sheetBeyond(file, ws.name, `column ${c}`, limits);
        if (++cellsRead > limits.maxCells) throw sheetBeyond(file, ws.name, 'its cells', limits);
        // A merged cell other than the range's top-left reports the top-left's value through cell.value.
        const { value, note } = plainValue(
          cell.value,
          cell.isMerged ? cell.master.numFmt : cell.numFmt,
        );
        if (typeof value === 'string' && value.length > limits.maxCellChars)
          throw new FileLimitError(
            file,
            'too_large',
            `sheet ${ws.name}, cell ${cell.address}: the cell holds ${count(value.length)} characters; at most ${count(limits.maxCellChars)} (Excel's own limit) are read`,
            `ชีต ${ws.name} เซลล์ ${cell.address}: มีข้อความ ${count(value.length)} ตัวอักษร เกิน ${count(limits.maxCellChars)} ตัวอักษร (ขีดจำกัดของ Excel)`,
          );
        while (cells.length < c - 1) cells.push(null);
        cells.push(value);
        if (note && (!cell.isMerged || cell.master === cell))
          notes.push({ row: r, col: c - 1, message: note[0], message_th: note[1] });
      });
      while (rows.length < r - 1) rows.push([]);
      rows.push(cells);
    });
    sheets.push({ name: ws.name, rows, notes });
  });
  return sheets;
}

function sheetBeyond(file: string, sheet: string, what: string, limits: typeof SHEET_LIMITS) {
  return new FileLimitError(
    file,
    'too_large',
    `sheet ${sheet}: ${what} is beyond the limits of ${count(limits.maxRows)} rows, ${count(limits.maxColumns)} columns and ${count(limits.maxCells)} cells`,
    `ชีต ${sheet}: ${what} เกินขีดจำกัด ${count(limits.maxRows)} แถว ${count(limits.maxColumns)} คอลัมน์ และ ${count(limits.maxCells)} เซลล์`,
  );
}
