// Draws a generated document as converted text (tab-separated rows, as the sample reports arrive) or as an HTML page.
import type { DocBlock, GeneratedDoc, HeaderCell, TablePart } from './build';

/** Header rows as a converter writes them: a spanned cell is followed (colspan) or sat under (rowspan) by empty cells. */
export function expandHeader(rows: HeaderCell[][]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const c of row) {
      while (grid[r]![col] !== undefined) col++;
      for (let dr = 0; dr < c.rowspan; dr++)
        for (let dc = 0; dc < c.colspan; dc++)
          grid[r + dr]![col + dc] = dr === 0 && dc === 0 ? c.text : '';
      col += c.colspan;
    }
  });
  return grid;
}

/** A cell of several paragraphs keeps them as <p> elements, as the converter of the sample reports does. */
const textCell = (paras: string[]) =>
  paras.length === 1 ? paras[0]! : paras.map((p) => `<p>${p}</p>`).join(' ');

function textTable(part: TablePart): string {
  const lines = [
    ...(part.header ? expandHeader(part.header) : []),
    ...part.rows.map((r) => r.map(textCell)),
  ];
  return lines.map((l) => l.join('\t')).join('\n');
}

export function renderText(doc: GeneratedDoc): string {
  const out = doc.blocks.map((b: DocBlock) => {
    if (b.kind === 'p') return b.bold ? `**${b.text}**` : b.text;
    if (b.kind === 'page') return `- ${b.number} -`;
    return textTable(b.part);
  });
  return `${out.join('\n\n')}\n`;
}

/** A header label with spaces is typed over several lines in Word and HTML (ระยะเวลา / ดำเนินการ), one paragraph each. */
export const headerLines = (label: string) => label.split(' ').filter((l) => l !== '');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(part: TablePart): string {
  const span = (c: HeaderCell) =>
    `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
  const head = part.header
    ? `<thead>${part.header
        .map(
          (r) =>
            `<tr>${r
              .map(
                (c) =>
                  `<th${span(c)}>${headerLines(c.text)
                    .map((l) => `<p>${esc(l)}</p>`)
                    .join('')}</th>`,
              )
              .join('')}</tr>`,
        )
        .join('')}</thead>`
    : '';
  const body = part.rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td>${c.map((p) => `<p>${esc(p)}</p>`).join('')}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

/** A print-ready page: a Thai font (TLWG's Garuda from Debian, for Chromium's PDF), borders, page breaks. */
export function renderHtml(doc: GeneratedDoc): string {
  const body = doc.blocks
    .map((b) => {
      if (b.kind === 'p') return b.bold ? `<p><b>${esc(b.text)}</b></p>` : `<p>${esc(b.text)}</p>`;
      if (b.kind === 'page')
        return `<p style="break-before: page; text-align: center">- ${b.number} -</p>`;
      return htmlTable(b.part);
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>รายงานผลการดำเนินการ</title>
<style>body{font-family:Garuda,Loma,sans-serif;font-size:11pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:2px;vertical-align:top}p{margin:2px 0}</style>
</head><body>
${body}
</body></html>
`;
}
