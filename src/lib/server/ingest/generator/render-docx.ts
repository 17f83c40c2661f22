// Draws a generated document as a Word file (the docx package): tables with merged header cells, page breaks.
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { GeneratedDoc, TablePart } from './build';
import { headerLines } from './render';

const FONT = 'Garuda';
const run = (text: string, bold = false) => new TextRun({ text, bold, font: FONT, size: 22 });

function table(part: TablePart): Table {
  const rows: TableRow[] = [];
  for (const r of part.header ?? [])
    rows.push(
      new TableRow({
        tableHeader: true,
        children: r.map(
          (c) =>
            new TableCell({
              children: headerLines(c.text).map((l) => new Paragraph({ children: [run(l, true)] })),
              columnSpan: c.colspan,
              rowSpan: c.rowspan,
            }),
        ),
      }),
    );
  for (const r of part.rows)
    rows.push(
      new TableRow({
        children: r.map(
          (c) => new TableCell({ children: c.map((p) => new Paragraph({ children: [run(p)] })) }),
        ),
      }),
    );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

export async function renderDocx(doc: GeneratedDoc): Promise<Uint8Array> {
  const children: FileChild[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'p') children.push(new Paragraph({ children: [run(b.text, b.bold)] }));
    else if (b.kind === 'page')
      children.push(new Paragraph({ pageBreakBefore: true, children: [run(`- ${b.number} -`)] }));
    else {
      children.push(table(b.part));
      // Word needs a paragraph between two tables, or it joins them into one.
      children.push(new Paragraph({ children: [] }));
    }
  }
  const file = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(file));
}
