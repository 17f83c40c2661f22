// The limits every uploaded or imported file is held to, in one place: each number with the reason for it.

/** A frozen set of numbers, typed as numbers (not literals) so that a test can pass smaller ones. */
const numbers = <T extends Record<string, number>>(o: T): Readonly<{ [K in keyof T]: number }> =>
  Object.freeze(o);

/**
 * ZIP containers (XLSX, DOCX). Checked on the central directory before anything is inflated, then again while each
 * entry is inflated (a directory can lie about sizes).
 */
export const ZIP_LIMITS = numbers({
  /** An XLSX has 10-50 parts, a DOCX with pictures a few hundred; 100,000 entries is a directory bomb. */
  maxEntries: 5_000,
  /** One part inflated. The largest real sheet part seen (a national file, 50,000 rows) is ~30 MB. */
  maxEntryBytes: 100 * 1024 * 1024,
  /** All parts inflated together: what exceljs or the DOCX reader hold at most. */
  maxTotalBytes: 150 * 1024 * 1024,
  /** Sheet XML compresses 10-30 times, 100 at most for very regular data; a zip bomb's ratio is ~1,000. */
  maxRatio: 200,
  /** Parts smaller than this are never refused for their ratio (a tiny part of repeated text compresses well). */
  ratioFloorBytes: 1024 * 1024,
});

/** Spreadsheets (XLSX after the ZIP checks; CSV after decoding). */
export const SHEET_LIMITS = numbers({
  /** The target is 500,000-row score imports; a little room above it. */
  maxRows: 600_000,
  /** Score files are 10-60 columns wide (indicators, sub-indicators, tools); Excel 2003 stopped at 256. */
  maxColumns: 1_024,
  /**
   * Cells holding something. 500,000 rows of a long file (5 columns) is 2.5 million; exceljs needs about 200 bytes a
   * cell, so this keeps a workbook's model inside the reader's memory budget.
   */
  maxCells: 3_000_000,
  /** Excel's own limit on the text of one cell (32,767 characters). */
  maxCellChars: 32_767,
  /** Distinct strings of a workbook: never more than its cells. */
  maxSharedStrings: 3_000_000,
});

/** Measure reports (DOCX, PDF, text). */
export const REPORT_LIMITS = numbers({
  /** word/document.xml inflated: a 60-page report with tables is 1-5 MB of XML. */
  maxDocumentXmlBytes: 40 * 1024 * 1024,
  /** Paragraphs (w:p) in a report's body: a 60-page report has ~3,000. */
  maxParagraphs: 100_000,
  /** Tables (w:tbl): reports have a handful, long ones a few hundred (one per page). */
  maxTables: 5_000,
  /** PDF objects (n 0 obj): a 60-page report has ~2,000; a PDF of a million objects is built to exhaust a reader. */
  maxPdfObjects: 200_000,
});

/**
 * The worker threads that parse files. The whole server must stay under ~1 GB for any one file: the heap limits
 * below bound the worker's JavaScript heap (what exceljs, pdfjs and our readers allocate); buffers outside the heap
 * (the file's bytes, inflated parts) are bounded by the ZIP limits above.
 */
export const PARSE_BUDGET = numbers({
  /**
   * The time any file may take (a hostile file is answered within the 10 s). The real reports read in under
   * 1 s, and the worker loads its libraries before the clock starts.
   */
  timeoutMs: 8_000,
  /**
   * More time per MB of input: a legitimate 500,000-row CSV (10.5 MB) takes ~3 s to parse and as long again to hand
   * its rows back on a busy machine; every MB a file has to be read also came through the upload limit.
   */
  msPerMb: 1_000,
  /** V8's old generation of the worker. */
  maxOldGenerationSizeMb: 640,
  /** V8's young generation of the worker. */
  maxYoungGenerationSizeMb: 64,
});

/** The time budget of a file of `bytes`. */
export const parseTimeMs = (bytes: number, budget: typeof PARSE_BUDGET = PARSE_BUDGET): number =>
  Math.round(budget.timeoutMs + (budget.msPerMb * bytes) / 1024 / 1024);

export type LimitKind = 'too_large' | 'too_slow';

/** A file refused because it goes beyond a limit: says which, with the number, in English and Thai. */
export class FileLimitError extends Error {
  constructor(
    readonly file: string,
    readonly kind: LimitKind,
    /** What went beyond which limit, in English: "the sheet has 5,000 columns; at most 1,024 are read". */
    readonly detail: string,
    readonly detail_th: string,
  ) {
    super(`${file}: ${FileLimitError.lead(kind)}: ${detail}`);
  }

  static lead(kind: LimitKind): string {
    return kind === 'too_slow'
      ? 'this file took too long to read'
      : 'this file is too large to read';
  }

  static leadTh(kind: LimitKind): string {
    return kind === 'too_slow' ? 'ไฟล์นี้ใช้เวลาอ่านนานเกินไป' : 'ไฟล์นี้ใหญ่เกินกว่าจะอ่านได้';
  }

  /** The English sentence without the file name. */
  get sentence(): string {
    return `${FileLimitError.lead(this.kind)}: ${this.detail}`;
  }

  get sentence_th(): string {
    return `${FileLimitError.leadTh(this.kind)}: ${this.detail_th}`;
  }
}

/** 1234567 → "1,234,567": numbers in limit messages are read by people. */
export const count = (n: number): string => n.toLocaleString('en-US');

/** Bytes as MB with one decimal (kB below one MB). */
export const mb = (n: number): string =>
  n < 1024 * 1024
    ? `${Math.ceil(n / 1024)} kB`
    : `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
