// Reads a score file (CSV, TSV or XLSX, told apart by content, not only by name) into raw sheets.
import { FileLimitError, SHEET_LIMITS } from '../limits/limits';
import { decodeText, mixedEncodingWarning, type TextEncodingName } from './decode-text';
import { parseCsv, detectSeparator, type Separator } from './read-csv';
import type { RawSheet } from './raw-sheet';

export interface ReadFile {
  format: 'csv' | 'xlsx';
  sheets: RawSheet[];
  /** For CSV: the text encoding found and the separator used. */
  encoding?: TextEncodingName;
  separator?: Separator;
  /** Things noticed about the whole file (a mix of text encodings), in English and Thai. */
  warnings: { message: string; message_th: string }[];
}

export class UnreadableFileError extends Error {}

const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function readSheets(fileName: string, bytes: Uint8Array): Promise<ReadFile> {
  if (isOle(bytes))
    throw new UnreadableFileError(
      `${fileName}: this is an old Excel .xls file; save it as .xlsx or CSV first / ไฟล์ .xls รุ่นเก่า ให้บันทึกเป็น .xlsx หรือ CSV ก่อน`,
    );
  if (isZip(bytes)) {
    try {
      // exceljs is loaded only for a workbook: it takes ~0.5 s to load, most score files are CSV.
      const { readXlsx } = await import('./read-xlsx');
      return { format: 'xlsx', sheets: await readXlsx(bytes, fileName), warnings: [] };
    } catch (err) {
      if (err instanceof FileLimitError) throw err;
      throw new UnreadableFileError(
        `${fileName}: not a readable XLSX workbook (${(err as Error).message}) / อ่านไฟล์ XLSX ไม่ได้`,
      );
    }
  }
  if (/\.xlsx$/i.test(fileName))
    throw new UnreadableFileError(
      `${fileName}: the name says XLSX but the content is not a workbook / ชื่อไฟล์เป็น XLSX แต่เนื้อหาไม่ใช่`,
    );
  const { text, encoding, legacyLines } = decodeText(bytes);
  const separator = detectSeparator(text);
  const warning = legacyLines ? mixedEncodingWarning(legacyLines) : null;
  return {
    format: 'csv',
    encoding,
    separator,
    sheets: [
      {
        name: null,
        rows: parseCsv(text, separator, { file: fileName, limits: SHEET_LIMITS }),
        notes: [],
      },
    ],
    warnings: warning ? [{ message: warning.en, message_th: warning.th }] : [],
  };
}
