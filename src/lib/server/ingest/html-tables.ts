// Reads HTML (saved web pages, Word HTML, mammoth's DOCX output in the rare fallback) into paragraphs and tables; spans become empty cells.
import { padRows, pushParagraphs, type Block } from './blocks';
import { plainText } from './markup';

interface OpenTable {
  rows: string[][];
  row: string[] | null;
  /** Raw HTML of the open cell, or null outside a cell. */
  cell: string | null;
  cellColspan: number;
  cellRowspan: number;
  /** Columns still covered by a rowspan from an earlier row: column -> rows left. */
  spans: Map<number, number>;
  /** Depth of tables nested inside the open cell; their markup stays in the cell. */
  nested: number;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>/g;
const MAX_SPAN = 50;

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

function fillSpanned(t: OpenTable): void {
  const row = t.row!;
  for (;;) {
    const left = t.spans.get(row.length);
    if (!left) return;
    row.push('');
    if (left <= 1) t.spans.delete(row.length - 1);
    else t.spans.set(row.length - 1, left - 1);
  }
}

function startRow(t: OpenTable): void {
  endRow(t);
  t.row = [];
}

function endCell(t: OpenTable): void {
  if (t.cell === null) return;
  if (!t.row) t.row = [];
  fillSpanned(t);
  const start = t.row.length;
  t.row.push(plainText(t.cell));
  for (let i = 1; i < t.cellColspan; i++) t.row.push('');
  if (t.cellRowspan > 1)
    for (let c = start; c < t.row.length; c++) t.spans.set(c, t.cellRowspan - 1);
  t.cell = null;
}

function endRow(t: OpenTable): void {
  endCell(t);
  if (!t.row) return;
  fillSpanned(t);
  // Columns spanned past the end of this row still count one row down.
  const maxSpanCol = Math.max(-1, ...t.spans.keys());
  while (t.row.length <= maxSpanCol) {
    const left = t.spans.get(t.row.length);
    t.row.push('');
    if (left !== undefined) {
      if (left <= 1) t.spans.delete(t.row.length - 1);
      else t.spans.set(t.row.length - 1, left - 1);
    }
  }
  if (t.row.some((c) => c !== '')) t.rows.push(t.row);
  t.row = null;
}

/** Splits an HTML document into blocks. Text between tables becomes paragraphs. */
export function htmlToBlocks(html: string): Block[] {
  const source = html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(style|script|head|title)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ');
  const blocks: Block[] = [];
  const stack: OpenTable[] = [];
  let outside = '';
  let last = 0;

  const emitText = (raw: string) => {
    const top = stack[stack.length - 1];
    if (!top) outside += raw;
    else if (top.cell !== null) top.cell += raw;
    // Text directly inside <table> or <tr> but outside a cell is stray whitespace; it is dropped.
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    emitText(source.slice(last, m.index));
    last = TAG.lastIndex;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    const top = stack[stack.length - 1];

    if (top && top.nested > 0) {
      if (name === 'table') top.nested += closing ? -1 : 1;
      top.cell += m[0];
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        if (top && top.cell !== null) {
          top.nested = 1;
          top.cell += m[0];
          continue;
        }
        if (!top) {
          pushParagraphs(blocks, plainText(outside));
          outside = '';
        }
        stack.push({
          rows: [],
          row: null,
          cell: null,
          cellColspan: 1,
          cellRowspan: 1,
          spans: new Map(),
          nested: 0,
        });
      } else if (top) {
        endRow(top);
        stack.pop();
        if (top.rows.length > 0) blocks.push({ kind: 'table', rows: padRows(top.rows) });
      }
      continue;
    }
    if (!top) {
      outside += m[0];
      continue;
    }
    if (name === 'tr') {
      if (closing) endRow(top);
      else startRow(top);
    } else if (name === 'td' || name === 'th') {
      if (closing) endCell(top);
      else {
        endCell(top);
        if (!top.row) top.row = [];
        top.cell = '';
        top.cellColspan = spanOf(attrs, 'colspan');
        top.cellRowspan = spanOf(attrs, 'rowspan');
      }
    } else if (top.cell !== null) {
      top.cell += m[0];
    }
  }
  emitText(source.slice(last));
  while (stack.length > 0) {
    const t = stack.pop()!;
    endRow(t);
    if (t.rows.length > 0) blocks.push({ kind: 'table', rows: padRows(t.rows) });
  }
  pushParagraphs(blocks, plainText(outside));
  return blocks;
}
