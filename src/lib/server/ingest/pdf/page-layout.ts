// Rebuilds one PDF page's reading order from positioned text: lines, paragraphs, and tables whose cells come from borders.
import { repairThai } from '../../../thai/thai-repair';
import type { PdfPage, Rule, TextPiece } from './pdf-pages';

export interface Line {
  text: string;
  x: number;
  right: number;
  /** Baseline, measured down from the page top. */
  y: number;
  size: number;
}

/** What a page holds, top to bottom: lines of running text and tables (rows of plain-text cells). */
export type PageItem =
  | { kind: 'line'; line: Line }
  | {
      kind: 'table';
      top: number;
      bottom: number;
      rows: string[][];
      /** The side borders run past the last (first) row border: a row cut by the page break. */
      openBottom: boolean;
      openTop: boolean;
    };

const MARK_ONLY = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+$/;
const THAI_END = /[\u0E01-\u0E4E]$/;
const THAI_START = /^[\u0E01-\u0E4E]/;
/** A line that opens a list item or a numbered paragraph starts a new paragraph inside a cell. */
export const LIST_START = /^\s*([-–•●▪○·*]|\(?[0-9๐-๙]{1,2}(\.[0-9๐-๙]{1,2})*[.)](\s|$|[^0-9๐-๙]))/;

/** Joins two pieces of one sentence: Thai runs on without a space (Thai marks words by none), anything else with one. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  if (/\s$/.test(a) || /^\s/.test(b)) return a + b;
  return THAI_END.test(a) && THAI_START.test(b) ? a + b : `${a} ${b}`;
}

/**
 * Groups pieces into lines by baseline (within a third of the font size) and joins each line's pieces from left to
 * right, with a space where the gap is wider than an eighth of the font size (a narrow space). Thai marks that a producer placed as
 * pieces of their own (raised or lowered) join the line nearest to them, without a space, right after the piece drawn
 * before them: a mark has no width and is drawn where the pen stands after its letter, which is also where the next
 * piece starts (LibreOffice with Garuda: ผ | ู | ้ | รับ, the marks at x of รับ), so x alone cannot order them.
 */
export function piecesToLines(pieces: TextPiece[]): Line[] {
  // Each piece's place in the content stream: the order the producer drew them in.
  const order = new Map<TextPiece, number>(pieces.map((p, i) => [p, i]));
  const solid = pieces.filter((p) => p.text.trim() !== '' && !MARK_ONLY.test(p.text.trim()));
  const marks = pieces.filter((p) => MARK_ONLY.test(p.text.trim()));
  solid.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; size: number; pieces: TextPiece[] }[] = [];
  for (const p of solid) {
    const g = groups.find((l) => Math.abs(l.y - p.y) <= Math.max(l.size, p.size) * 0.35);
    if (g) g.pieces.push(p);
    else groups.push({ y: p.y, size: p.size, pieces: [p] });
  }
  for (const m of marks) {
    let best: (typeof groups)[number] | null = null;
    for (const g of groups) {
      const d = Math.abs(g.y - m.y);
      if (d <= g.size * 0.9 && (!best || d < Math.abs(best.y - m.y))) best = g;
    }
    if (best) {
      const mark = { ...m, text: m.text.trim(), width: 0 };
      order.set(mark, order.get(m)!);
      best.pieces.push(mark);
    }
  }
  return groups
    .map((g) => {
      // Text drawn twice a fraction of a point apart is a bold made by overprinting: one copy is the text.
      const ps = attachMarks(g.pieces, order).filter(
        (p, i, all) =>
          !all
            .slice(0, i)
            .some(
              (q) =>
                q.text === p.text &&
                Math.abs(q.x - p.x) < p.size * 0.2 &&
                Math.abs(q.y - p.y) < p.size * 0.2,
            ),
      );
      let text = '';
      let end = -Infinity;
      for (const p of ps) {
        const mark = MARK_ONLY.test(p.text);
        const gap = p.x - end;
        if (!mark && text !== '' && gap > g.size * 0.12 && !/\s$/.test(text)) text += ' ';
        text += p.text;
        end = Math.max(end, p.x + p.width);
      }
      return {
        text: repairThai(text.replace(/\s+/g, ' ').trim()),
        x: ps[0]!.x,
        right: end,
        y: g.y,
        size: g.size,
      };
    })
    .filter((l) => l.text !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * A line's pieces left to right, each mark placed right after the piece of the line drawn just before it (its
 * letter, or the mark before it on the same letter); a mark drawn first on its line keeps its x-position.
 */
function attachMarks(pieces: TextPiece[], order: Map<TextPiece, number>): TextPiece[] {
  const isMark = (p: TextPiece) => MARK_ONLY.test(p.text);
  const byOrder = [...pieces].sort((a, b) => order.get(a)! - order.get(b)!);
  const after = new Map<TextPiece, TextPiece[]>();
  const placed: TextPiece[] = [];
  byOrder.forEach((p, i) => {
    const prev = byOrder[i - 1];
    if (isMark(p) && prev) after.set(prev, [...(after.get(prev) ?? []), p]);
    else placed.push(p);
  });
  const out: TextPiece[] = [];
  const emit = (p: TextPiece) => {
    out.push(p);
    for (const m of after.get(p) ?? []) emit(m);
  };
  for (const p of placed.sort((a, b) => a.x - b.x)) emit(p);
  return out;
}

/** The text of one table cell: wrapped lines run on, a list marker starts a new paragraph ('\n'). */
export function cellText(lines: Line[]): string {
  const paras: string[] = [];
  for (const l of lines) {
    if (paras.length === 0 || LIST_START.test(l.text)) paras.push(l.text);
    else paras[paras.length - 1] = joinText(paras[paras.length - 1]!, l.text);
  }
  return paras.join('\n');
}

/** Sorted distinct values, those closer than `tol` merged (their mean kept). */
function clusters(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

/** Tolerance, in points, for borders that should meet or line up (producers round differently). */
const TOL = 2;

interface Grid {
  openTop: boolean;
  openBottom: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
  xs: number[];
  ys: number[];
  h: Rule[];
  v: Rule[];
}

/** Joins pieces of one border line (Chromium draws each cell's border apart) into one line. */
function mergeCollinear(rules: Rule[], dir: 'h' | 'v'): Rule[] {
  const at = (r: Rule) => (dir === 'h' ? r.y1 : r.x1);
  const from = (r: Rule) => (dir === 'h' ? r.x1 : r.y1);
  const to = (r: Rule) => (dir === 'h' ? r.x2 : r.y2);
  const sorted = [...rules].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: Rule[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(at(last) - at(r)) <= 0.15 && from(r) <= to(last) + TOL) {
      if (dir === 'h') last.x2 = Math.max(last.x2, r.x2);
      else last.y2 = Math.max(last.y2, r.y2);
    } else out.push({ ...r });
  }
  return out;
}

/** Groups borders that touch into tables; a table has at least two horizontal and two vertical borders. */
function findGrids(rules: Rule[]): Grid[] {
  const h = mergeCollinear(
    rules.filter((r) => r.y1 === r.y2),
    'h',
  );
  const v = mergeCollinear(
    rules.filter((r) => r.x1 === r.x2 && r.y1 !== r.y2),
    'v',
  );
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touches = (a: Rule, b: Rule) =>
    a.x1 - TOL <= b.x2 && b.x1 - TOL <= a.x2 && a.y1 - TOL <= b.y2 && b.y1 - TOL <= a.y2;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++)
      if (touches(all[i]!, all[j]!)) parent[find(i)] = find(j);
  const groups = new Map<number, Rule[]>();
  all.forEach((r, i) => {
    const k = find(i);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  });
  const grids: Grid[] = [];
  for (const g of groups.values())
    for (const part of splitStacked(g)) {
      const grid = gridOf(part);
      if (grid) grids.push(grid);
    }
  return grids;
}

const xsAt = (v: Rule[]) =>
  clusters(
    v.map((r) => r.x1),
    TOL,
  );
/** Column lines of one table line up within a point; two tables stacked by a typist differ by more. */
const subset = (a: number[], b: number[]) => a.every((x) => b.some((y) => Math.abs(x - y) <= 1.2));

/**
 * Two tables printed one under the other touch and form one group of borders. They part at a row border where the
 * columns above and below differ both ways (a header cell spanning columns only removes a column line).
 */
function splitStacked(rules: Rule[]): Rule[][] {
  const h = rules.filter((r) => r.y1 === r.y2);
  const v = rules.filter((r) => r.x1 === r.x2 && r.y1 !== r.y2);
  const ys = clusters(
    h.map((r) => r.y1),
    TOL,
  );
  const cuts: number[] = [];
  for (const y of ys.slice(1, -1)) {
    const above = xsAt(v.filter((r) => r.y1 < y - TOL && r.y2 >= y - TOL));
    const below = xsAt(v.filter((r) => r.y2 > y + TOL && r.y1 <= y + TOL));
    if (above.length >= 2 && below.length >= 2 && !subset(above, below) && !subset(below, above))
      cuts.push(y);
  }
  if (cuts.length === 0) return [rules];
  const edges = [-Infinity, ...cuts, Infinity];
  return edges.slice(1).map((bottom, i) => {
    const top = edges[i]!;
    return [
      ...h.filter((r) => r.y1 >= top - TOL && r.y1 <= bottom + TOL),
      ...v
        .filter((r) => r.y2 > top + TOL && r.y1 < bottom - TOL)
        .map((r) => ({ ...r, y1: Math.max(r.y1, top), y2: Math.min(r.y2, bottom) })),
    ];
  });
}

function gridOf(g: Rule[]): Grid | null {
  const gh = g.filter((r) => r.y1 === r.y2);
  const gv = g.filter((r) => r.x1 === r.x2 && r.y1 !== r.y2);
  const xs = xsAt(gv);
  const ys = clusters(
    gh.map((r) => r.y1),
    TOL,
  );
  if (xs.length < 2 || ys.length < 2) return null;
  // A row cut by a page break has no border on the cut side (Chromium): the side borders still reach the page's last
  // line (or start at its first), and that end closes the table.
  const vTop = Math.min(...gv.map((r) => r.y1));
  const vBottom = Math.max(...gv.map((r) => r.y2));
  const edge = (y: number): Rule => ({ x1: xs[0]!, y1: y, x2: xs[xs.length - 1]!, y2: y });
  const openBottom = vBottom > ys[ys.length - 1]! + TOL * 2;
  const openTop = vTop < ys[0]! - TOL * 2;
  if (openBottom) {
    ys.push(vBottom);
    gh.push(edge(vBottom));
  }
  if (openTop) {
    ys.unshift(vTop);
    gh.push(edge(vTop));
  }
  return {
    openTop,
    openBottom,
    left: xs[0]!,
    right: xs[xs.length - 1]!,
    top: ys[0]!,
    bottom: ys[ys.length - 1]!,
    xs,
    ys,
    h: gh,
    v: gv,
  };
}

const bandOf = (edges: number[], v: number): number => {
  for (let i = 0; i < edges.length - 1; i++) if (v < edges[i + 1]!) return i;
  return edges.length - 2;
};

/**
 * pdfjs joins text drawn close together on one baseline into one piece, with a space where the glyphs stand apart:
 * Chromium's narrow number column gives `2 มาตรการ…` reaching over the border into the next cell. A piece that crosses
 * a column border is cut at the space nearest to it (characters taken as equally wide); one without a space stays
 * whole, as text that overflows its cell.
 */
function splitAtBorders(p: TextPiece, borders: number[]): TextPiece[] {
  const inside = borders.filter((x) => x > p.x + 0.5 && x < p.x + p.width - 0.5);
  if (inside.length === 0 || !/\s/.test(p.text.trim())) return [p];
  const x = inside[0]!;
  const at = (i: number) => p.x + (p.width * i) / p.text.length;
  let cut = -1;
  for (const m of p.text.matchAll(/\s+/g))
    if (m.index > 0 && (cut === -1 || Math.abs(at(m.index) - x) < Math.abs(at(cut) - x)))
      cut = m.index;
  if (cut === -1) return [p];
  const rest = p.text.slice(cut).trimStart();
  const left: TextPiece = { ...p, text: p.text.slice(0, cut), width: Math.max(0, x - p.x - 0.5) };
  const right: TextPiece = {
    ...p,
    text: rest,
    x: x + 0.5,
    width: Math.max(0, p.x + p.width - x - 0.5),
  };
  return [left, ...splitAtBorders(right, inside.slice(1))];
}

/**
 * Reads a bordered table: cells of the grid that no border separates are one cell (spans), whose text goes to its
 * top-left position and leaves the others empty, as the HTML reader does with rowspan/colspan.
 */
function readGrid(grid: Grid, pieces: TextPiece[]): string[][] {
  const { xs, ys } = grid;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const hasV = (x: number, y1: number, y2: number) =>
    grid.v.some((r) => Math.abs(r.x1 - x) <= TOL && r.y1 - TOL <= y1 && r.y2 + TOL >= y2);
  const hasH = (y: number, x1: number, x2: number) =>
    grid.h.some((r) => Math.abs(r.y1 - y) <= TOL && r.x1 - TOL <= x1 && r.x2 + TOL >= x2);
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    // The top-left cell of a span represents it.
    if (ra < rb) parent[rb] = ra;
    else parent[ra] = rb;
  };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const midY1 = ys[r]! + (ys[r + 1]! - ys[r]!) * 0.25;
      const midY2 = ys[r + 1]! - (ys[r + 1]! - ys[r]!) * 0.25;
      if (c + 1 < cols && !hasV(xs[c + 1]!, midY1, midY2)) union(r * cols + c, r * cols + c + 1);
      const midX1 = xs[c]! + (xs[c + 1]! - xs[c]!) * 0.25;
      const midX2 = xs[c + 1]! - (xs[c + 1]! - xs[c]!) * 0.25;
      if (r + 1 < rows && !hasH(ys[r + 1]!, midX1, midX2)) union(r * cols + c, (r + 1) * cols + c);
    }
  const inCell = new Map<number, TextPiece[]>();
  const crossed = (p: TextPiece) =>
    xs.slice(1, -1).filter((x) => hasV(x, p.y - p.size * 0.7, p.y - p.size * 0.1));
  for (const p of pieces.flatMap((q) => splitAtBorders(q, crossed(q)))) {
    const r = bandOf(ys, p.y - p.size * 0.3);
    const c = bandOf(xs, p.x + Math.min(p.width / 2, p.size * 0.3));
    const k = find(r * cols + c);
    inCell.set(k, [...(inCell.get(k) ?? []), p]);
  }
  const out: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(''));
  for (const [k, ps] of inCell) out[Math.floor(k / cols)]![k % cols] = cellText(piecesToLines(ps));
  return out.filter((row) => row.some((c) => c !== ''));
}

/** A page's lines outside tables and its tables, top to bottom. */
export function layoutPage(page: PdfPage): PageItem[] {
  const grids = findGrids(page.rules).filter(
    (g) => g.right - g.left > page.width * 0.2 && g.bottom - g.top > 8,
  );
  const inside = (g: Grid, p: TextPiece) => {
    const y = p.y - p.size * 0.3;
    const x = p.x + Math.min(p.width / 2, p.size * 0.3);
    return x >= g.left - TOL && x <= g.right + TOL && y >= g.top - TOL && y <= g.bottom + TOL;
  };
  const byGrid = grids.map(() => [] as TextPiece[]);
  const loose: TextPiece[] = [];
  for (const p of page.pieces) {
    const i = grids.findIndex((g) => inside(g, p));
    if (i === -1) loose.push(p);
    else byGrid[i]!.push(p);
  }
  const items: PageItem[] = piecesToLines(loose).map((line) => ({ kind: 'line', line }));
  grids.forEach((g, i) => {
    const rows = readGrid(g, byGrid[i]!);
    if (rows.length > 0)
      items.push({
        kind: 'table',
        top: g.top,
        bottom: g.bottom,
        rows,
        openBottom: g.openBottom,
        openTop: g.openTop,
      });
  });
  const top = (it: PageItem) => (it.kind === 'line' ? it.line.y : it.top);
  return items.sort((a, b) => top(a) - top(b));
}
