// The one CSV writer of the product (charts, /api/query, dataset downloads, the CLI): RFC 4180 cells, formulas neutralised.

/** Excel opens UTF-8 CSV as Thai only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text starting with one of these is taken by Excel, LibreOffice and Google Sheets as a formula (=, +, -, @) or
 * has its first character dropped so that what follows is read as one (tab, carriage return): OWASP's list for
 * CSV injection. A Thai bullet line ("- จัดทำช่องทาง…") opens as a broken formula for the same reason.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will show it: a leading single quote when it could start a formula (the
 * quote tells the spreadsheet "this is text" and is not shown), then quoted when it holds a comma, a quote or a
 * line break.
 */
export function csvText(text: string): string {
  const s = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One cell. Numbers (number, bigint) are written as numbers, never quoted or prefixed, so -1.25 stays a number
 * a spreadsheet can compute with; null is empty; a list (any iterable) is its items joined with ';' as text; a date its ISO form; anything else is
 * written as text.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && Symbol.iterator in value)
    return csvText(
      Array.from(value as Iterable<unknown>, (v) => (v == null ? '' : String(v))).join(';'),
    );
  return csvText(String(value));
}

/** One line of cells, without its line break. */
export function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole file: BOM, a header line, a line per row (CRLF, as RFC 4180 writes it). */
export function rowsToCsv(names: string[], rows: Record<string, unknown>[]): string {
  const lines = [csvLine(names)];
  for (const r of rows) lines.push(csvLine(names.map((n) => r[n])));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
