// Prints, for each committed generated PDF, the mismatches its PDF alone has (not its text twin) and the median parse time.
// Run with `npx tsx scripts/pdf-corpus-report.mts [file-prefix]`; a failure its .txt twin shares is text-level parsing.
import fs from 'node:fs';
import fc from 'fast-check';
import { reportSpecArb } from '../src/lib/server/ingest/generator/arbitraries';
import { truthOf } from '../src/lib/server/ingest/generator/spec';
import { renderSpec } from '../src/lib/server/ingest/generator/render-spec';
import { parseReportBytes } from '../src/lib/server/ingest/parse-report';
import { compareReport, type Mismatch } from '../src/lib/server/ingest/generator/compare';

const DIR = 'data/fixtures/reports/generated';
// The seed and sample size of scripts/make-generated-pdfs.ts: the same specs, so each PDF meets its text twin.
const specs = fc.sample(reportSpecArb({ maxMeasures: 6 }), { seed: 9092026, numRuns: 20 });
const only = process.argv[2];
const times: number[] = [];
let clean = 0;
const key = (m: Mismatch) => JSON.stringify(m);
for (let i = 0; i < specs.length; i++) {
  const file = `${String(i).padStart(2, '0')}.${i % 2 === 0 ? 'chromium' : 'libreoffice'}.pdf`;
  if (only && !file.startsWith(only)) continue;
  const truth = truthOf(specs[i]!);
  const txt = await renderSpec(specs[i]!, 'txt');
  const textMismatches = compareReport(
    (await parseReportBytes(txt.name, txt.bytes)).report,
    truth,
  ).mismatches;
  const t0 = performance.now();
  const { report } = await parseReportBytes(file, fs.readFileSync(`${DIR}/${file}`));
  times.push(performance.now() - t0);
  const seen = new Set(textMismatches.map(key));
  const pdfOnly = compareReport(report, truth).mismatches.filter((m) => !seen.has(key(m)));
  if (pdfOnly.length === 0) clean++;
  console.log(`${file}: text twin ${textMismatches.length} mismatches; PDF only ${pdfOnly.length}`);
  for (const m of textMismatches) console.log('   TXT', key(m).slice(0, 300));
  for (const m of pdfOnly) console.log('   PDF', key(m).slice(0, 300));
}
times.sort((a, b) => a - b);
console.log(
  `${clean}/${times.length} PDFs without PDF-only mismatches; parse time median ${times[times.length >> 1]?.toFixed(0)} ms (${times.map((x) => x.toFixed(0)).join(', ')})`,
);
