// Turns a PDF report into the Block[] every format is reduced to: pages read in order, running headers and page numbers dropped.
import { type Block, padRows } from '../blocks';
import { joinText, layoutPage, LIST_START, type Line, type PageItem } from './page-layout';
import { openPdf, PdfReadError, type PdfPage } from './pdf-pages';

/**
 * A measure report runs to a few dozen pages; past this many the rest is annexes (photos, orders) and reading it
 * would only make a large upload slow. The pages left out are named in a warning.
 */
export const MAX_PDF_PAGES = 60;
/** Share of the page height, at the top and at the bottom, where running headers, footers and page numbers sit. */
const MARGIN_ZONE = 0.09;
/** Pages searched for images when they hold no text; a PDF whose first pages all lack text is taken for a scan. */
const BLANK_PAGES_LOOKED_AT = 3;
const hasText = (page: PdfPage) => page.pieces.some((p) => p.text.trim() !== '');
const PAGE_NUMBER =
  /^[-–—\s]*(หน้า|page)?\s*[0-9๐-๙]{1,3}(\s*(\/|จาก|of)\s*[0-9๐-๙]{1,3})?[-–—\s]*$/i;

export type PdfProblem =
  | { kind: 'scanned'; pages: number }
  | { kind: 'empty' }
  | { kind: 'encrypted' }
  | { kind: 'corrupt'; detail: string };

/** A PDF the parser cannot read as text; decode.ts words the message for the user. */
export class PdfInputProblem extends Error {
  constructor(readonly problem: PdfProblem) {
    super(problem.kind);
  }
}

export interface PdfBlocks {
  blocks: Block[];
  pages: number;
  warnings: string[];
}

const inMargin = (page: PdfPage, line: Line) =>
  line.y < page.height * MARGIN_ZONE || line.y > page.height * (1 - MARGIN_ZONE);
const shape = (text: string) => text.replace(/[0-9๐-๙]+/g, '#').replace(/\s+/g, ' ');

/** Lines in the top or bottom margin that are page numbers, or that recur on most pages (running headers, footers). */
function runningLines(pages: { page: PdfPage; items: PageItem[] }[]): Set<Line> {
  const seen = new Map<string, number>();
  for (const { page, items } of pages) {
    const shapes = new Set<string>();
    for (const it of items)
      if (it.kind === 'line' && inMargin(page, it.line)) shapes.add(shape(it.line.text));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const drop = new Set<Line>();
  for (const { page, items } of pages)
    for (const it of items) {
      if (it.kind !== 'line' || !inMargin(page, it.line)) continue;
      const n = seen.get(shape(it.line.text)) ?? 0;
      if (
        PAGE_NUMBER.test(it.line.text) ||
        (pages.length >= 2 && n >= Math.max(2, pages.length / 2))
      )
        drop.add(it.line);
    }
  return drop;
}

/**
 * Joins a page's lines into paragraphs: a line runs on from the one above when that one reached the right margin,
 * sits at the page's usual line distance (no paragraph spacing), has the same font size, and this line starts at the left margin (a first-line
 * indent starts a paragraph) and opens no list item. Thai lines break between words, so "reached" allows a word.
 */
function paragraphs(lines: Line[], left: number, right: number): string[] {
  const out: string[] = [];
  // Space between paragraphs is wider than between lines of one paragraph, by a little.
  const steps = lines
    .slice(1)
    .map((l, i) => l.y - lines[i]!.y)
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  // The line distance is the short one: a memo has many one-line paragraphs, whose distance is the long one.
  const step = steps[Math.floor(steps.length / 5)] ?? Infinity;
  let prev: Line | null = null;
  for (const l of lines) {
    const runsOn =
      prev !== null &&
      l.y - prev.y <= Math.min(prev.size * LINE_HEIGHT_MAX, step * 1.15) &&
      Math.abs(l.size - prev.size) < 0.5 &&
      prev.right >= right - prev.size * 7 &&
      l.x <= left + l.size &&
      !LIST_START.test(l.text) &&
      !repeatsOpening(out[out.length - 1]!, l.text);
    if (runsOn) out[out.length - 1] = joinText(out[out.length - 1]!, l.text);
    else out.push(l.text);
    prev = l;
  }
  return out;
}

/**
 * A line that opens with the word the paragraph opened with is a parallel paragraph, not its next line: a full line
 * `ตัวชี้วัดที่ ๖ … ต้องพัฒนา` followed by `ตัวชี้วัดที่ ๒ …` (Thai words run on without spaces, so the text up to the
 * first space is a long run that a wrapped line repeats only by starting anew). Short openings prove nothing.
 */
function repeatsOpening(paragraph: string, line: string): boolean {
  const opening = (t: string) => /^\S+/.exec(t.trim())?.[0] ?? '';
  const a = opening(paragraph);
  return a.length >= 5 && a === opening(line);
}

/**
 * The widest line distance, in font sizes, a paragraph's lines can have: Thai fonts are tall (Garuda's lines are 1.88
 * font sizes apart in LibreOffice, Sarabun's about 1.5); wider is a blank line between paragraphs.
 */
const LINE_HEIGHT_MAX = 2;

type TableItem = Extract<PageItem, { kind: 'table' }>;
const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Word, LibreOffice and browsers let a table row break across a page: its first part ends one page, its second part
 * opens the next, under the repeated header. The parts become one row again when the table on the next page has the
 * same columns and the first one was cut: its side borders run off the page (no bottom border), or it reaches the
 * bottom of the text area, leaving less than a line free (a whole row that did not fit would have left more).
 */
function joinCutRows(pages: { page: PdfPage; items: PageItem[] }[]): void {
  const bottomOf = (it: PageItem) => (it.kind === 'line' ? it.line.y : it.bottom);
  const textBottom = Math.max(...pages.flatMap((p) => p.items.map(bottomOf)));
  for (let i = 1; i < pages.length; i++) {
    const before = pages[i - 1]!.items;
    const last = before[before.length - 1];
    if (last?.kind !== 'table') continue;
    const a: TableItem = last;
    const width = a.rows[0]?.length ?? 0;
    const sizes = pages[i - 1]!.page.pieces.map((p) => p.size).sort((x, y) => x - y);
    const line = (sizes[Math.floor(sizes.length / 2)] ?? 12) * 1.6;
    // The repeated header may come as a table of its own, or as the first rows of the continued table; it is a
    // header row any table of this width opened with so far. A two-row header (ผลการดำเนินการ over ผลผลิต /
    // ผลลัพธ์) has a second row whose first cell is empty, spanned by the first row's.
    const heads = pages
      .slice(0, i)
      .flatMap((p) => p.items)
      .flatMap((it) =>
        it.kind === 'table' && it.rows[0]?.length === width
          ? it.rows.slice(0, it.rows[1]?.[0]?.trim() === '' ? 2 : 1)
          : [],
      );
    const isHead = (row: string[]) =>
      heads.some((h) => row.every((c, k) => sameText(c, h[k] ?? '')));
    let cont: { table: TableItem; row: number } | null = null;
    // A header repeated shorter than it is (LibreOffice clips a repeated heading row to its first lines): its cells
    // begin the header's, and the lines cut off spill into the row below, where they are not that row's text.
    let clipped: { whole: string[]; shown: string[] } | null = null;
    for (const it of pages[i]!.items) {
      if (it.kind !== 'table' || it.rows[0]?.length !== width) break;
      const r = it.rows.findIndex((row, k) => {
        const whole = k === 0 ? heads.find((h) => beginsHeader(row, h)) : undefined;
        if (whole) {
          // The header is read whole again, so that it reads as the repeated header it is.
          clipped = { whole, shown: row };
          it.rows[0] = [...whole];
          return false;
        }
        return !isHead(row);
      });
      if (r !== -1) {
        cont = { table: it, row: r };
        break;
      }
    }
    if (cont && clipped) {
      const { whole, shown } = clipped;
      const row = cont.table.rows[cont.row]!;
      cont.table.rows[cont.row] = row.map((c, k) =>
        dropLeading(c, bare(whole[k] ?? '').slice(bare(shown[k] ?? '').length)),
      );
    }
    if (!cont || width === 0) continue;
    if (isHead(a.rows[a.rows.length - 1]!)) {
      dropCutHeader(a, pages[i]!.items);
      continue;
    }
    const more = cont.table.rows[cont.row]!;
    if (!a.openBottom && !cont.table.openTop) {
      // Without open borders the page end is the only sign; a row that opens with its own number is a new row.
      if (a.bottom < textBottom - line) continue;
      if (/^\(?[0-9๐-๙]{1,3}(\.[0-9๐-๙]{1,2})*[.)]?(\s|$)/.test(more[0] ?? '')) continue;
    }
    a.rows[a.rows.length - 1] = a.rows[a.rows.length - 1]!.map((c, k) => {
      const m = more[k] ?? '';
      const lead = m.split('\n')[0] ?? '';
      return c === '' || m === '' || LIST_START.test(lead)
        ? [c, m].filter(Boolean).join('\n')
        : joinText(c, m);
    });
    cont.table.rows.splice(cont.row, 1);
  }
}

const bare = (t: string) => t.replace(/\s+/g, '');

/** Each cell begins the header's cell of its column, at least two say something, and one stops short of it. */
function beginsHeader(row: string[], head: string[]): boolean {
  const said = row.filter((c) => bare(c) !== '').length;
  return (
    said >= 2 &&
    row.every((c, k) => bare(head[k] ?? '').startsWith(bare(c))) &&
    row.some((c, k) => bare(c) !== bare(head[k] ?? ''))
  );
}

/** The cell without its opening characters when they are the start of `spill` (spaces not counted), else as it is. */
function dropLeading(cell: string, spill: string): string {
  let j = 0;
  let at = 0;
  for (let k = 0; k < cell.length && j < spill.length; k++) {
    if (/\s/.test(cell[k]!)) continue;
    if (cell[k] !== spill[j]) break;
    j++;
    at = k + 1;
  }
  // A letter or two in common is chance; a spilled line is a word at least.
  return j >= 3 ? cell.slice(at).trimStart() : cell;
}

/**
 * A header row cut by the page end: its first part closes one page, and the next page repeats the whole header and
 * then prints the rest of the cut row. The whole header says it all; both parts go.
 */
function dropCutHeader(a: TableItem, items: PageItem[]): void {
  // The whole header and the rest of the cut row: the first two rows of the page's leading tables.
  const tables = items.filter((it): it is TableItem => it.kind === 'table').slice(0, 2);
  const rows = tables.flatMap((t) => t.rows.map((row, r) => ({ t, r, row })));
  const [whole, rest] = rows;
  if (!whole || !rest || rest.row.length !== whole.row.length) return;
  const part = a.rows[a.rows.length - 1]!;
  const splits = part.every((c, k) => {
    const w = bare(whole.row[k] ?? '');
    const r = bare(rest.row[k] ?? '');
    return w === bare(c) + r;
  });
  if (!splits || rest.row.every((c) => c === '')) return;
  a.rows.pop();
  rest.t.rows.splice(rest.r, 1);
}

/** Reads a PDF's text into blocks. Throws PdfInputProblem when it has no text layer or cannot be opened. */
export async function pdfToBlocks(bytes: Uint8Array): Promise<PdfBlocks> {
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  try {
    pdf = await openPdf(bytes);
  } catch (err) {
    if (err instanceof PdfReadError)
      throw new PdfInputProblem(
        err.kind === 'encrypted' ? { kind: 'encrypted' } : { kind: 'corrupt', detail: err.message },
      );
    throw err;
  }
  const warnings: string[] = [];
  const read: { page: PdfPage; items: PageItem[] }[] = [];
  try {
    const n = Math.min(pdf.pages, MAX_PDF_PAGES);
    for (let i = 1; i <= n; i++) {
      const page = await pdf.page(i, { imagesOfBlankPage: i <= BLANK_PAGES_LOOKED_AT });
      read.push({ page, items: layoutPage(page) });
      // A scan has no text on any page: after the first few, the rest would only cost time.
      if (i === BLANK_PAGES_LOOKED_AT && read.every((r) => !hasText(r.page))) break;
    }
  } catch (err) {
    throw new PdfInputProblem({ kind: 'corrupt', detail: (err as Error).message });
  } finally {
    await pdf.close();
  }
  const textPages = read.filter((r) => hasText(r.page));
  if (textPages.length === 0) {
    if (read.some((r) => r.page.images > 0))
      throw new PdfInputProblem({ kind: 'scanned', pages: pdf.pages });
    throw new PdfInputProblem({ kind: 'empty' });
  }
  if (pdf.pages > MAX_PDF_PAGES)
    warnings.push(
      `only the first ${MAX_PDF_PAGES} of ${pdf.pages} pages were read (อ่านเฉพาะ ${MAX_PDF_PAGES} หน้าแรกจาก ${pdf.pages} หน้า)`,
    );
  const blank = read.filter((r) => !textPages.includes(r));
  if (blank.length > 0)
    warnings.push(
      `page${blank.length > 1 ? 's' : ''} ${blank.map((r) => r.page.number).join(', ')} hold no text (images only, or empty) and were not read`,
    );

  const drop = runningLines(read);
  const pages = read.map(({ page, items }) => ({
    page,
    items: items.filter((it) => it.kind !== 'line' || !drop.has(it.line)),
  }));
  joinCutRows(pages);
  const blocks: Block[] = [];
  // The text area's edges come from the whole document: a page of short lines (a signature, a heading over a table)
  // would otherwise take its longest short line for the right margin and run its lines together.
  const allLines = pages.flatMap(({ items }) =>
    items.flatMap((it) => (it.kind === 'line' ? [it.line] : [])),
  );
  const right = Math.max(0, ...allLines.map((l) => l.right));
  const left = Math.min(...allLines.map((l) => l.x));
  for (const { items } of pages) {
    let run: Line[] = [];
    const flush = () => {
      for (const text of paragraphs(run, left, right)) blocks.push({ kind: 'text', text });
      run = [];
    };
    for (const it of items) {
      if (it.kind === 'line') run.push(it.line);
      else {
        flush();
        if (it.rows.length > 0) blocks.push({ kind: 'table', rows: padRows(it.rows) });
      }
    }
    flush();
  }
  return { blocks, pages: pdf.pages, warnings };
}
