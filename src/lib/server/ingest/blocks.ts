// The document model every input format is reduced to: paragraphs of text and tables of plain-text cells, in order.

export interface TextBlock {
  kind: 'text';
  text: string;
}

export interface TableBlock {
  kind: 'table';
  /** Cells hold plain text; paragraphs inside a cell are separated by '\n'. Rows are padded to one width. */
  rows: string[][];
}

export type Block = TextBlock | TableBlock;

/** Pads every row with empty cells to the width of the widest row. */
export function padRows(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) =>
    r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r,
  );
}

/** Appends text paragraphs (one per line) as text blocks. */
export function pushParagraphs(blocks: Block[], text: string): void {
  for (const line of text.split('\n'))
    if (line.trim() !== '') blocks.push({ kind: 'text', text: line });
}
