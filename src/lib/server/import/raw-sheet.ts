// The in-memory form of one table read from a file: cells as a person sees them, before any meaning is given to them.

export type CellValue = string | number | null;

export interface SheetNote {
  /** 1-based spreadsheet row. */
  row: number;
  /** 0-based column index. */
  col: number;
  message: string;
  message_th: string;
}

export interface RawSheet {
  /** Sheet name for XLSX; null for CSV. */
  name: string | null;
  /** rows[i] is spreadsheet row i + 1; cells of a merged range all carry the range's value. */
  rows: CellValue[][];
  /** Things noticed while reading (formulas without stored results, error cells). */
  notes: SheetNote[];
}

/** A cell as text (numbers in plain notation), trimmed; '' when blank. */
export function cellText(v: CellValue | undefined): string {
  if (v == null) return '';
  return typeof v === 'number' ? String(v) : v.trim();
}
