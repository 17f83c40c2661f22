// Remakes data/fixtures/reports/generated/: generated reports as PDFs (half Chromium, half LibreOffice) with their
// ground truth, so unit tests read PDFs without a browser. Run with `npx tsx scripts/make-generated-pdfs.ts`.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { reportSpecArb } from '../src/lib/server/ingest/generator/arbitraries';
import { truthOf } from '../src/lib/server/ingest/generator/spec';
import { specsToPdfs, type PdfProducer } from './generated-pdfs';

const PDF_FIXTURE_SEED = 9092026;
const COUNT = 20;
const OUT = path.resolve('data/fixtures/reports/generated');

const specs = fc.sample(reportSpecArb({ maxMeasures: 6 }), {
  seed: PDF_FIXTURE_SEED,
  numRuns: COUNT,
});
fs.mkdirSync(OUT, { recursive: true });
const entries: { file: string; producer: PdfProducer; truth: ReturnType<typeof truthOf> }[] = [];
for (const producer of ['chromium', 'libreoffice'] as const) {
  const part = specs.filter((_, i) => (i % 2 === 0) === (producer === 'chromium'));
  const pdfs = await specsToPdfs(part, producer);
  pdfs.forEach((pdf, k) => {
    const index = specs.indexOf(part[k]!);
    const file = `${String(index).padStart(2, '0')}.${producer}.pdf`;
    fs.writeFileSync(path.join(OUT, file), pdf);
    entries.push({ file, producer, truth: truthOf(part[k]!) });
  });
}
entries.sort((a, b) => a.file.localeCompare(b.file));
fs.writeFileSync(
  path.join(OUT, 'truth.json'),
  `${JSON.stringify({ seed: PDF_FIXTURE_SEED, count: COUNT, script: 'scripts/make-generated-pdfs.ts', reports: entries }, null, 1)}\n`,
);
console.log(`wrote ${entries.length} PDFs and truth.json to ${OUT}`);
