// Reads every worksheet of an XLSX workbook with exceljs: formulas give their stored results, merged ranges repeat their value.
import ExcelJS from 'exceljs';
import type { CellValue, RawSheet, SheetNote } from './raw-sheet';

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

export async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  // exceljs's types ask for its own Buffer flavour; a Node Buffer over the same bytes is what it reads.
  await wb.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
  );
  const sheets: RawSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    const notes: SheetNote[] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged cell other than the range's top-left reports the top-left's value through cell.value.
        const { value, note } = plainValue(
          cell.value,
          cell.isMerged ? cell.master.numFmt : cell.numFmt,
        );
        cells.push(value);
        if (note && (!cell.isMerged || cell.master === cell))
          notes.push({ row: r, col: c - 1, message: note[0], message_th: note[1] });
      }
      rows.push(cells);
    }
    sheets.push({ name: ws.name, rows, notes });
  });
  return sheets;
}
