// Joins the physical tables of a document into logical measure tables (one per header, across page breaks) and collects the narrative.
import type { Block } from './blocks';
import { guessColumns, headerFromContent } from './column-evidence';
import { findHeader, repeatsHeader, signature, type Header } from './columns';
import { numberedMeasures } from './numbered-measures';

export interface RawRow {
  /** 1-based number of the logical table and of the row inside it, for messages. */
  table: number;
  row: number;
  cells: string[];
}

export interface MeasureTable {
  index: number;
  header: Header;
  rows: RawRow[];
}

/** A paragraph outside measure tables. section grows at every measure table, so context does not leak across tables. */
export interface NarrativeLine {
  text: string;
  section: number;
}

export interface OtherTable {
  rows: string[][];
  section: number;
  /** How many narrative lines come before it. */
  after: number;
}

export interface DocumentParts {
  tables: MeasureTable[];
  narrative: NarrativeLine[];
  /** Tables that are not measure tables (score tables, signature blocks…), kept for claims. */
  otherTables: OtherTable[];
  /** Columns guessed from their cells, tables found by their content, measures read from paragraphs. */
  warnings: string[];
}

/** Page numbers and "(ต่อ)" lines between two parts of one table do not end it. */
const PAGE_FURNITURE =
  /^[\s\-–—(]*((หน้า|page)\s*)?[\d๐-๙]+(\s*(\/|จาก)\s*[\d๐-๙]+)?[\s\-–—)]*$|^\(?\s*(ต่อ|ต่อหน้า.*|ต่อจากหน้า.*)\s*\)?$/i;

export function splitDocument(blocks: Block[]): DocumentParts {
  const tables: MeasureTable[] = [];
  const narrative: NarrativeLine[] = [];
  const otherTables: OtherTable[] = [];
  const warnings: string[] = [];
  let current: MeasureTable | null = null;
  /** The last measure table and the text read since it: a caption such as "ตารางที่ ๒ (ต่อ)" may sit between its parts. */
  let last: MeasureTable | null = null;
  let textSince: string[] = [];
  let section = 0;

  const addRows = (t: MeasureTable, rows: string[][]) => {
    for (let r = 0; r < rows.length; r++) {
      const again = repeatsHeader(rows, r, t.header);
      if (again > 0) {
        r += again - 1;
        continue;
      }
      t.rows.push({ table: t.index, row: t.rows.length + 1, cells: rows[r]! });
    }
  };

  for (const block of blocks) {
    if (block.kind === 'text') {
      if (current && PAGE_FURNITURE.test(block.text)) continue;
      current = null;
      textSince.push(block.text);
      narrative.push({ text: block.text, section });
      continue;
    }
    const found = findHeader(block.rows);
    if (found) {
      for (const pre of block.rows.slice(0, found.start)) {
        const line = pre.filter((c) => c !== '').join(' ');
        if (line) narrative.push({ text: line, section });
      }
      const body = block.rows.slice(found.start + found.header.height);
      if (current && signature(current.header) === signature(found.header)) {
        addRows(current, body);
      } else {
        section++;
        current = { index: tables.length + 1, header: found.header, rows: [] };
        tables.push(current);
        addRows(current, body);
      }
      last = current;
      textSince = [];
      continue;
    }
    // A table without a header at the width of the last measure table is that table after a page break, when
    // nothing but a short caption came between.
    const width = last?.header.roles.length;
    const caption = textSince.length <= 2 && textSince.every((t) => t.length <= 80);
    if (last && caption && block.rows[0] && block.rows[0].length === width) {
      addRows(last, block.rows);
      current = last;
      textSince = [];
      continue;
    }
    // No header, or one the parser does not know: still a measure table when its cells are measure names.
    const byContent = headerFromContent(block.rows);
    if (byContent) {
      section++;
      current = { index: tables.length + 1, header: byContent.header, rows: [] };
      tables.push(current);
      warnings.push(
        `table ${current.index}: ${byContent.header.height === 0 ? 'no header' : 'a header the parser does not know'}; read as a measure table because its cells name measures (มาตรการ…)`,
      );
      addRows(current, block.rows.slice(byContent.header.height));
      last = current;
      textSince = [];
      continue;
    }
    current = null;
    otherTables.push({ rows: block.rows, section, after: narrative.length });
  }
  for (const t of tables)
    t.header = guessColumns(
      t.header,
      t.rows.map((r) => r.cells),
      t.index,
      warnings,
    );
  if (tables.length === 0) {
    // No table at all: measures may be written as numbered paragraphs ("๑. มาตรการ…" and lines of ผลการดำเนินการ).
    const found = numberedMeasures(narrative.map((l) => l.text));
    if (found) {
      tables.push({ index: 1, header: found.header, rows: found.rows });
      const used = new Set(found.lines);
      const kept = narrative.filter((_, i) => !used.has(i));
      for (const o of otherTables) o.after -= found.lines.filter((i) => i < o.after).length;
      narrative.length = 0;
      narrative.push(...kept);
      warnings.push(
        `no measure table; ${found.rows.length} measure(s) read from numbered paragraphs (ตรวจสอบ / check them)`,
      );
    }
  }
  return { tables, narrative, otherTables, warnings };
}
