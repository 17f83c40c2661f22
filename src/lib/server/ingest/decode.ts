// Turns a report file's bytes into text, HTML or blocks: detects the container (DOCX, PDF…) and the text encoding from the bytes.
import { decodeMixedLines, mixedEncodingWarning } from '../import/decode-text';
import { FileLimitError } from '../limits/limits';
import { ZipFormatError } from '../limits/zip-check';
import type { Block } from './blocks';
import { DocxProblem, docxToBlocks } from './docx-blocks';
import { checkDocx, checkPdf } from './docx-check';
import { PdfInputProblem, pdfToBlocks, type PdfProblem } from './pdf/pdf-blocks';
import type { SourceFormat } from './types';

/** Input the parser cannot read: the CLI prints the message on one line and exits 2. */
export class ReportInputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export interface DecodedReport {
  format: SourceFormat;
  encoding: string;
  /** The document as text ('txt') or as HTML ('html'); empty for 'docx' and 'pdf', which come as blocks. */
  content: string;
  /** A DOCX's paragraphs and tables (read from its XML), or a PDF's (rebuilt from the positions of its text). */
  blocks?: Block[];
  warnings: string[];
}

const startsWith = (bytes: Uint8Array, sig: number[]): boolean =>
  sig.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .doc / .xls
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** TIS-620 is Windows-874 without the 0x80-0x9F extras (smart quotes, ellipsis, dashes). */
function thaiSingleByteName(bytes: Uint8Array): string {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return 'windows-874';
  return 'tis-620';
}

/** Share of the high bytes that fall where Thai letters sit in TIS-620 (0xA1-0xFB). */
function thaiByteShare(bytes: Uint8Array): number {
  let high = 0;
  let thai = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xa1 && b <= 0xfb) thai++;
  }
  return high === 0 ? 1 : thai / high;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls > n * 0.05;
}

/** Decodes text bytes: a BOM decides, then strict UTF-8, then the Thai single-byte encodings. */
export function decodeText(
  bytes: Uint8Array,
  file: string,
): { text: string; encoding: string; warnings: string[] } {
  const warnings: string[] = [];
  if (startsWith(bytes, [0xff, 0xfe]))
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      warnings,
    };
  if (startsWith(bytes, [0xfe, 0xff]))
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      warnings,
    };
  if (looksBinary(bytes))
    throw new ReportInputError(file, 'this is a binary file, not a text, HTML or DOCX report');
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'utf-8',
      warnings,
    };
  } catch {
    // Not UTF-8: government files are still often saved as TIS-620 / Windows-874, or pasted together from both.
  }
  const mixed = decodeMixedLines(body);
  if (mixed) {
    const w = mixedEncodingWarning(mixed.legacyLines);
    warnings.push(`${file}: ${w.en} (${w.th})`);
    return { text: mixed.text, encoding: 'mixed', warnings };
  }
  const encoding = thaiSingleByteName(bytes);
  if (thaiByteShare(bytes) < 0.8)
    warnings.push(
      `${file}: the text is neither UTF-8 nor clearly Thai TIS-620; it was read as ${encoding} and may be garbled`,
    );
  return { text: new TextDecoder('windows-874').decode(bytes), encoding, warnings };
}

const HTML_MARKERS = /<(!doctype\s+html|html|body|table)\b/i;

/** Reads a report file's bytes. Throws ReportInputError for what it cannot read, saying why. */
export async function decodeReport(bytes: Uint8Array, file: string): Promise<DecodedReport> {
  if (bytes.length === 0) throw new ReportInputError(file, 'the file is empty');
  if (startsWith(bytes, PDF)) return decodePdf(bytes, file);
  if (startsWith(bytes, OLE))
    throw new ReportInputError(
      file,
      'old binary Word (.doc) files are not supported: save the file as DOCX or HTML first',
    );
  if (startsWith(bytes, ZIP)) return decodeDocx(bytes, file);
  const { text, encoding, warnings } = decodeText(bytes, file);
  if (text.trim() === '') throw new ReportInputError(file, 'the file holds no text');
  const format: SourceFormat = HTML_MARKERS.test(text.slice(0, 200_000)) ? 'html' : 'txt';
  return { format, encoding, content: text, warnings };
}

async function decodeDocx(bytes: Uint8Array, file: string): Promise<DecodedReport> {
  let blocks: Block[];
  try {
    checkDocx(file, bytes);
    blocks = await docxToBlocks(bytes);
  } catch (err) {
    if (err instanceof FileLimitError) throw err;
    if (err instanceof ZipFormatError)
      throw new ReportInputError(
        file,
        `this is a ZIP file but not a readable DOCX document: ${err.message}`,
      );
    const why = (err as Error).message;
    throw new ReportInputError(
      file,
      err instanceof DocxProblem
        ? `this is a ZIP file but not a readable DOCX document: ${why}`
        : `the DOCX file could not be read (${why}): open it in Word and save it again`,
    );
  }
  if (blocks.length === 0) throw new ReportInputError(file, 'the DOCX document holds no text');
  return { format: 'docx', encoding: 'utf-8', content: '', blocks, warnings: [] };
}

/** The one sentence a person reads when a PDF cannot be read as text. */
export function pdfProblemMessage(problem: PdfProblem): string {
  switch (problem.kind) {
    case 'scanned':
      return `this PDF has ${problem.pages} page${problem.pages === 1 ? '' : 's'} of images and no text; run OCR first`;
    case 'empty':
      return 'the PDF holds no text';
    case 'encrypted':
      return 'this PDF is password-protected: save it without a password, then try again';
    case 'corrupt':
      return `this PDF is damaged and cannot be read (${problem.detail}): save or export it again`;
  }
}

async function decodePdf(bytes: Uint8Array, file: string): Promise<DecodedReport> {
  checkPdf(file, bytes);
  try {
    const { blocks, warnings } = await pdfToBlocks(bytes);
    return {
      format: 'pdf',
      encoding: 'utf-8',
      content: '',
      blocks,
      warnings: warnings.map((w) => `${file}: ${w}`),
    };
  } catch (err) {
    if (err instanceof PdfInputProblem)
      throw new ReportInputError(file, pdfProblemMessage(err.problem));
    throw err;
  }
}
