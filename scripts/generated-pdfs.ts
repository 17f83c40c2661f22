// Generated reports as PDFs, through the two producers offices use: Chromium's print of the HTML, LibreOffice's export of the DOCX.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDocument } from '../src/lib/server/ingest/generator/build';
import { renderHtml } from '../src/lib/server/ingest/generator/render';
import { renderDocx } from '../src/lib/server/ingest/generator/render-docx';
import type { ReportSpec } from '../src/lib/server/ingest/generator/spec';
import { docxOrHtmlToPdfLibreOffice, htmlToPdfChromium } from './pdf-producers';

export type PdfProducer = 'chromium' | 'libreoffice';

/** One PDF per spec, in order; LibreOffice starts once for all of them. */
export async function specsToPdfs(
  specs: ReportSpec[],
  producer: PdfProducer,
): Promise<Uint8Array[]> {
  if (producer === 'chromium')
    return htmlToPdfChromium(specs.map((s) => renderHtml(buildDocument(s))));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-pdfs-'));
  try {
    const docx = await Promise.all(
      specs.map(async (s, i) => {
        const file = path.join(tmp, `report-${String(i).padStart(4, '0')}.docx`);
        fs.writeFileSync(file, await renderDocx(buildDocument(s)));
        return file;
      }),
    );
    const pdfs = await docxOrHtmlToPdfLibreOffice(docx, path.join(tmp, 'pdf'));
    return pdfs.map((p) => new Uint8Array(fs.readFileSync(p)));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
