// Changes to a converted-text report that keep its meaning (columns reordered, headers reworded, rows split, digits, encoding, format).
import { toArabicDigits, toThaiDigits } from '../../../thai/digits';
import type { DocBlock, GeneratedDoc } from './build';
import { HEADER_WORDINGS, RESULT_GROUP_WORDINGS, type ColumnRole } from './vocabulary';

type Segment = { kind: 'lines'; lines: string[] } | { kind: 'table'; rows: string[][] };

/** Lines with a tab are table rows (as the converter writes them); runs of them are one table. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const line of text.split('\n')) {
    const isRow = line.includes('\t');
    const last = out[out.length - 1];
    if (isRow && last?.kind === 'table') last.rows.push(line.split('\t'));
    else if (isRow) out.push({ kind: 'table', rows: [line.split('\t')] });
    else if (last?.kind === 'lines') last.lines.push(line);
    else out.push({ kind: 'lines', lines: [line] });
  }
  return out;
}

export function joinSegments(segs: Segment[]): string {
  return segs
    .map((s) => (s.kind === 'lines' ? s.lines : s.rows.map((r) => r.join('\t'))).join('\n'))
    .join('\n');
}

/** The header labels of the three sample reports, by what they mean (spaces removed). */
const SAMPLE_LABELS: Record<string, ColumnRole | 'group'> = {
  ลำดับ: 'seq',
  มาตรการ: 'name',
  'มาตรการ/กิจกรรม': 'name',
  แนวทางการปฏิบัติ: 'guideline',
  'ขั้นตอน/วิธีการปฏิบัติ': 'steps',
  วิธีดำเนินการ: 'steps',
  ผู้รับผิดชอบ: 'responsible',
  การกำกับติดตาม: 'monitoring',
  รายละเอียดการดำเนินงาน: 'detail',
  ระยะเวลา: 'period',
  ระยะเวลาการดำเนินงาน: 'period',
  ระยะเวลาในการดำเนินการ: 'period',
  ผลการดำเนินการ: 'group',
  ผลผลิต: 'output',
  ผลลัพธ์: 'outcome',
  หมายเหตุ: 'note',
  สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม: 'result',
  ผลลัพธ์หรือความสำเร็จในการดำเนินการ: 'outcome',
};

export const labelRole = (cell: string): ColumnRole | 'group' | null =>
  SAMPLE_LABELS[cell.replace(/\s+/g, '')] ?? null;

/** How many of a table's first rows are header rows (0, 1 or 2). */
function headerHeight(rows: string[][]): number {
  if (!rows[0] || !rows[0].some((c) => labelRole(c) === 'name')) return 0;
  const second = rows[1];
  if (
    second &&
    second.some((c) => c.trim() !== '') &&
    second.every((c) => c.trim() === '' || labelRole(c))
  )
    return 2;
  return 1;
}

/** Column groups: a column whose top header cell is empty under a two-row header belongs to the group on its left. */
function columnGroups(rows: string[][], width: number): number[][] {
  const groups: number[][] = [];
  const two = headerHeight(rows) === 2;
  for (let j = 0; j < width; j++) {
    const top = rows[0]![j] ?? '';
    if (j > 0 && two && top.trim() === '' && (rows[1]![j] ?? '').trim() !== '')
      groups[groups.length - 1]!.push(j);
    else groups.push([j]);
  }
  return groups;
}

/** Every table's columns in reverse order (a spanned header's columns stay together, in their order). */
export function reverseColumns(text: string): string {
  const segs = segments(text).map((s) => {
    if (s.kind !== 'table' || headerHeight(s.rows) === 0) return s;
    const width = Math.max(...s.rows.map((r) => r.length));
    const padded = s.rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
    const order = columnGroups(padded, width).reverse().flat();
    return { kind: 'table' as const, rows: padded.map((r) => order.map((j) => r[j]!)) };
  });
  return joinSegments(segs);
}

/** Each header label replaced by another real wording of the same column (the `pick`-th other one). */
export function rewordHeaders(text: string, pick = 1): string {
  const segs = segments(text).map((s) => {
    const h = s.kind === 'table' ? headerHeight(s.rows) : 0;
    if (s.kind !== 'table' || h === 0) return s;
    const rows = s.rows.map((r, i) =>
      i >= h
        ? r
        : r.map((c) => {
            const role = labelRole(c);
            if (!role) return c;
            const list = role === 'group' ? RESULT_GROUP_WORDINGS : HEADER_WORDINGS[role];
            const others = list.filter((w) => w.replace(/\s+/g, '') !== c.replace(/\s+/g, ''));
            return others[pick % others.length]!;
          }),
    );
    return { kind: 'table' as const, rows };
  });
  return joinSegments(segs);
}

/**
 * The first body row of the first table goes over a page break: its longest cell other than the measure's is cut at
 * a paragraph or word boundary near the middle, and the rest continues under a page number and the repeated header,
 * in a row whose other cells are empty.
 */
export function splitFirstRow(text: string): string {
  const segs = segments(text);
  const index = segs.findIndex((s) => s.kind === 'table' && headerHeight(s.rows) > 0);
  const table = segs[index] as Extract<Segment, { kind: 'table' }>;
  const h = headerHeight(table.rows);
  const row = table.rows[h]!;
  const nameCol = table.rows[0]!.findIndex((c) => labelRole(c) === 'name');
  let col = -1;
  row.forEach((c, j) => {
    if (
      j !== nameCol &&
      labelRole(table.rows[0]![j] ?? '') !== 'seq' &&
      c.length > (row[col]?.length ?? 0)
    )
      col = j;
  });
  const cellText = row[col]!;
  const mid = cellText.length / 2;
  const cuts = [...cellText.matchAll(/<\/p>\s*<p>|\s+/g)].map((m) => m.index!);
  const cut = cuts.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid))[0]!;
  const boundary = cellText.slice(cut).match(/^(<\/p>\s*<p>|\s+)/)![0];
  const first = cellText.slice(0, cut) + (boundary.startsWith('<') ? '</p>' : '');
  const rest = (boundary.startsWith('<') ? '<p>' : '') + cellText.slice(cut + boundary.length);
  const continued = row.map((_, j) => (j === col ? rest : ''));
  const before: Segment = {
    kind: 'table',
    rows: [...table.rows.slice(0, h), row.map((c, j) => (j === col ? first : c))],
  };
  const after: Segment = {
    kind: 'table',
    rows: [...table.rows.slice(0, h), continued, ...table.rows.slice(h + 1)],
  };
  const pageNumber: Segment = { kind: 'lines', lines: ['', '- ๙ -', ''] };
  return joinSegments([
    ...segs.slice(0, index),
    before,
    pageNumber,
    after,
    ...segs.slice(index + 1),
  ]);
}

/** The last table once more at the end, as an appendix (ภาคผนวก) repeats it. */
export function repeatLastTable(text: string): string {
  const segs = segments(text);
  const last = [...segs].reverse().find((s) => s.kind === 'table' && headerHeight(s.rows) > 0)!;
  return `${text.replace(/\n*$/, '')}\n\nภาคผนวก\n\n${joinSegments([last])}\n`;
}

export const thaiDigits = toThaiDigits;
export const arabicDigits = toArabicDigits;

/** Windows-874 bytes outside the Thai block (TIS-620 plus Microsoft's punctuation). */
const CP874_EXTRA: Record<number, number> = {
  0x20ac: 0x80,
  0x2026: 0x85,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0xa0: 0xa0,
};

/** Encodes text as TIS-620 / Windows-874, the legacy Thai encoding; a character it cannot hold is an error. */
export function encodeTis620(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out[n++] = cp;
    else if (cp >= 0x0e01 && cp <= 0x0e5b) out[n++] = cp - 0x0e00 + 0xa0;
    else if (CP874_EXTRA[cp] !== undefined) out[n++] = CP874_EXTRA[cp]!;
    else throw new Error(`U+${cp.toString(16).toUpperCase()} (${ch}) has no TIS-620 byte`);
  }
  return out.slice(0, n);
}

/** A cell's converter HTML (<p>, <ul><li>) as plain paragraphs. */
export function cellParagraphs(cell: string): string[] {
  const paras = cell
    .replace(/<\/?(p|li|ul|ol|br)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paras.length > 0 ? paras : [''];
}

/** The converted text as a document (paragraphs without markdown marks, tables of plain cells), for the HTML and DOCX renderers. */
export function textToDocument(text: string): GeneratedDoc {
  const blocks: DocBlock[] = [];
  for (const s of segments(text)) {
    if (s.kind === 'table') {
      const width = Math.max(...s.rows.map((r) => r.length));
      blocks.push({
        kind: 'table',
        part: {
          header: null,
          rows: s.rows.map((r) =>
            [...r, ...Array<string>(width - r.length).fill('')].map(cellParagraphs),
          ),
        },
      });
      continue;
    }
    for (const line of s.lines) {
      const t = line
        .replace(/\*\*/g, '')
        .replace(/^#+\s*/, '')
        .trim();
      if (t !== '') blocks.push({ kind: 'p', text: t });
    }
  }
  return { blocks };
}
