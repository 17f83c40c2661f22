// Remakes data/fixtures/reports/pdf/: each sample report as HTML, DOCX and PDF (LibreOffice and Chromium), plus a
// scanned-style PDF. Run with `npx tsx scripts/make-pdf-fixtures.ts` (needs chromium and libreoffice-writer).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Block } from '../src/lib/server/ingest/blocks';
import { textToBlocks } from '../src/lib/server/ingest/text-tables';
import {
  CHROMIUM,
  convertWithLibreOffice,
  docxOrHtmlToPdfLibreOffice,
  htmlToPdfChromium,
} from './pdf-producers';

const REPORTS = path.resolve('data/reports');
const OUT = path.resolve('data/fixtures/reports/pdf');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell or paragraph: one <p> per line, as Word writes a cell with several paragraphs. */
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((l) => `<p>${escape(l)}</p>`)
    .join('');

/** Column widths as a typist would set them: wide where the text is long, never too narrow for a short word. */
function colgroup(rows: string[][]): string {
  const width = rows[0]?.length ?? 0;
  const chars = Array.from({ length: width }, (_, c) =>
    Math.max(6, Math.sqrt(rows.reduce((n, r) => n + (r[c]?.length ?? 0), 0) / rows.length) * 4),
  );
  const total = chars.reduce((a, b) => a + b, 0);
  return `<colgroup>${chars.map((w) => `<col width="${Math.round((100 * w) / total)}%">`).join('')}</colgroup>`;
}

/**
 * The report as a person would have typed it: memo text as paragraphs, each table of the converted text as a bordered
 * table whose first row is its header (<thead>, so Chromium repeats it on each printed page, as Word does).
 */
export function reportHtml(blocks: Block[], title: string): string {
  const body = blocks
    .map((b) => {
      if (b.kind === 'text') return paragraphs(b.text);
      const [head, ...rows] = b.rows;
      const tr = (cells: string[], tag: 'th' | 'td') =>
        `<tr>${cells.map((c) => `<${tag} valign="top">${paragraphs(c)}</${tag}>`).join('')}</tr>`;
      return (
        '<table width="100%" border="1" cellpadding="4" cellspacing="0">' +
        colgroup(b.rows) +
        (head ? `<thead>${tr(head, 'th')}</thead>` : '') +
        `<tbody>${rows.map((r) => tr(r, 'td')).join('')}</tbody></table>`
      );
    })
    .join('\n');
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
body{font-family:'Sarabun','TH Sarabun New','Loma',sans-serif;font-size:12pt;line-height:1.3}
p{margin:0 0 4pt 0}
table{border-collapse:collapse;width:100%;margin:8pt 0;font-size:10pt}
th,td{border:1px solid #000;padding:3pt;vertical-align:top;text-align:left}
th{font-weight:bold}
</style></head>
<body>
${body}
</body></html>
`;
}

/** A page that holds only a picture of the report's first page: what a scanner gives, with no text layer. */
async function scannedPdf(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  let png: Buffer;
  try {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.setContent(html);
    png = await page.screenshot({ type: 'jpeg', quality: 40 });
  } finally {
    await browser.close();
  }
  const img = `<!doctype html><html><head><meta charset="utf-8"><style>@page{margin:0}body{margin:0}</style></head>
<body><img style="width:170mm;display:block" src="data:image/jpeg;base64,${png.toString('base64')}"></body></html>`;
  const [pdf] = await htmlToPdfChromium([img]);
  return pdf!;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const names = fs
    .readdirSync(REPORTS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const htmlPaths: string[] = [];
  const htmls: string[] = [];
  for (const name of names) {
    const stem = path.parse(name).name;
    const blocks = textToBlocks(fs.readFileSync(path.join(REPORTS, name), 'utf8'));
    const html = reportHtml(blocks, stem);
    const p = path.join(OUT, `${stem}.html`);
    fs.writeFileSync(p, html);
    htmlPaths.push(p);
    htmls.push(html);
  }

  // HTML → DOCX → PDF through LibreOffice, as an office saves a Word file as PDF.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-fixtures-'));
  try {
    const docx = await convertWithLibreOffice(htmlPaths, tmp, 'docx:MS Word 2007 XML');
    for (const d of docx) fs.copyFileSync(d, path.join(OUT, path.basename(d)));
    const pdfs = await docxOrHtmlToPdfLibreOffice(
      docx.map((d) => path.join(OUT, path.basename(d))),
      path.join(tmp, 'pdf'),
    );
    for (const p of pdfs)
      fs.copyFileSync(p, path.join(OUT, `${path.parse(p).name}.libreoffice.pdf`));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  // HTML → PDF through Chromium's print, as a web page saved as PDF.
  const printed = await htmlToPdfChromium(htmls);
  names.forEach((name, i) =>
    fs.writeFileSync(path.join(OUT, `${path.parse(name).name}.chromium.pdf`), printed[i]!),
  );

  fs.writeFileSync(path.join(OUT, 'scanned.pdf'), await scannedPdf(htmls[0]!));
  console.log(`wrote ${fs.readdirSync(OUT).length} files to ${OUT}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
