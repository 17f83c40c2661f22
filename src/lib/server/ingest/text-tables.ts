// Reads converted text: tab-separated lines (or Markdown pipe rows) are table rows, other lines are paragraphs.
import { padRows, pushParagraphs, type Block } from './blocks';
import { plainText } from './markup';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function cellsOf(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map(plainText);
  if (PIPE_ROW.test(line)) return line.trim().slice(1, -1).split('|').map(plainText);
  return null;
}

/** Splits converted text into blocks; a blank or plain line ends a table. */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (table.length > 0) blocks.push({ kind: 'table', rows: padRows(table) });
    table = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (PIPE_RULE.test(line) && table.length > 0) continue;
    const cells = cellsOf(line);
    if (cells && cells.some((c) => c !== '')) {
      table.push(cells);
      continue;
    }
    if (cells) {
      // A row of empty cells is still part of the table (a spacer); it carries nothing.
      continue;
    }
    flush();
    pushParagraphs(blocks, plainText(line));
  }
  flush();
  return blocks;
}
