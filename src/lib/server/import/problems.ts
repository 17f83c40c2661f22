// Problems found while importing a score file: what was wrong and where (file, sheet, row, column), in English and Thai.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  file: string;
  /** The sheet name for XLSX; null for CSV, which has no sheets. */
  sheet: string | null;
  /** The row number a person sees in a spreadsheet program (1-based); null when the problem is about the whole file or sheet. */
  row: number | null;
  /** The column letter a person sees (A, B, ..., AA); null when the problem is about a whole row. */
  column: string | null;
  message: string;
  message_th: string;
}

/** Where in a file a cell or a row sits. */
export interface Place {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
}

/** Spreadsheet column letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function problem(
  severity: Severity,
  place: Place,
  message: string,
  message_th: string,
): Problem {
  return { severity, ...place, message, message_th };
}

/** 0-based column index for a column letter: A → 0, AA → 26. */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** In reading order: by sheet (as the file orders them), then row, then column; file-level problems first. */
export function sortProblems(problems: Problem[], sheetOrder: (string | null)[]): Problem[] {
  const sheetIndex = (s: string | null) => sheetOrder.indexOf(s);
  const colKey = (c: string | null) => (c === null ? -1 : columnIndex(c));
  return [...problems].sort(
    (a, b) =>
      sheetIndex(a.sheet) - sheetIndex(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      colKey(a.column) - colKey(b.column),
  );
}

/** One line for a person: "file, sheet 'x', row 7, column D: message (Thai)". */
export function describeProblem(p: Problem): string {
  const where = [
    p.file,
    p.sheet !== null ? `sheet '${p.sheet}'` : null,
    p.row !== null ? `row ${p.row}` : null,
    p.column !== null ? `column ${p.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${p.severity.toUpperCase()} ${where}: ${p.message} / ${p.message_th}`;
}
