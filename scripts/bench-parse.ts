// Report-parsing benchmark over a fixed generated corpus: accuracy per field against the ground truth, and throughput per format.
// Run by `npm run bench` (scripts/bench.ts), or alone: `npx tsx scripts/bench-parse.ts`.
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { reportSpecArb } from '../src/lib/server/ingest/generator/arbitraries';
import {
  compareReport,
  type Comparison,
  type Field,
} from '../src/lib/server/ingest/generator/compare';
import { GENERATED_FORMATS, renderSpec } from '../src/lib/server/ingest/generator/render-spec';
import { truthOf, type ReportSpec } from '../src/lib/server/ingest/generator/spec';
import { parseReportBytes } from '../src/lib/server/ingest/parse-report';
import { specsToPdfs } from './generated-pdfs';

const SEED = 4242026;

export interface BenchParseOptions {
  /** Generated reports per text format (txt, html, docx); at least 500 for the issue's targets. */
  reports?: number;
  /** Of those, how many are also printed to PDF (half Chromium, half LibreOffice). */
  pdfReports?: number;
  /** Timed runs per format; the median is reported. */
  runs?: number;
}

interface File {
  name: string;
  bytes: Uint8Array;
  spec: ReportSpec;
}

/** A parse compared with the truth, or a refusal (which finds nothing). */
type Outcome = Comparison | { refused: string; measures: number };

interface Tally {
  reports: number;
  measures: number;
  org: number;
  fiscal_year: number;
  round: number;
  round_evidence: number;
  measure_count: number;
  found: number;
  status: number;
  claims: number;
  /** Measures found with the right status, in a report whose round and organisation are right: the issue's target. */
  target: number;
  refused: number;
  refusal: string | null;
  wrong: Partial<Record<Field, number>>;
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function tally(results: Outcome[]): Tally {
  const t: Tally = {
    reports: results.length,
    measures: 0,
    org: 0,
    fiscal_year: 0,
    round: 0,
    round_evidence: 0,
    measure_count: 0,
    found: 0,
    status: 0,
    claims: 0,
    target: 0,
    refused: 0,
    refusal: null,
    wrong: {},
  };
  for (const r of results) {
    if ('refused' in r) {
      t.refused++;
      t.refusal ??= r.refused;
      t.measures += r.measures;
      continue;
    }
    const bad = new Set(r.mismatches.map((m) => m.field));
    for (const m of r.mismatches) t.wrong[m.field] = (t.wrong[m.field] ?? 0) + 1;
    t.measures += r.measures;
    t.found += r.found;
    t.status += r.rightStatus;
    for (const f of [
      'org',
      'fiscal_year',
      'round',
      'round_evidence',
      'measure_count',
      'claims',
    ] as const)
      if (!bad.has(f)) t[f]++;
    if (!bad.has('org') && !bad.has('round')) t.target += r.rightStatus;
  }
  return t;
}

/** Files timed again after the first run: enough for a steady rate, few enough that `npm run bench` stays within its budget. */
const REPEAT_FILES = 100;

/** The first run parses every file (accuracy and a rate); later runs time the first REPEAT_FILES; the median rate counts. */
async function timedParse(
  files: File[],
  runs: number,
): Promise<{ results: Outcome[]; perSecond: number; perCpuSecond: number }> {
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let results: Outcome[] = [];
  for (let run = 0; run < runs; run++) {
    const batch = run === 0 ? files : files.slice(0, REPEAT_FILES);
    const out: Outcome[] = [];
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const f of batch) {
      try {
        const { report } = await parseReportBytes(f.name, f.bytes);
        out.push(compareReport(report, truthOf(f.spec)));
      } catch (err) {
        out.push({ refused: (err as Error).message, measures: f.spec.measures.length });
      }
    }
    const used = process.cpuUsage(cpuStarted);
    rates.push(batch.length / ((performance.now() - started) / 1000));
    cpuRates.push(batch.length / ((used.user + used.system) / 1e6));
    if (run === 0) results = out;
  }
  return { results, perSecond: median(rates), perCpuSecond: median(cpuRates) };
}

export async function benchParse(opts: BenchParseOptions = {}): Promise<void> {
  const n = opts.reports ?? 500;
  const nPdf = opts.pdfReports ?? 60;
  const runs = opts.runs ?? 3;
  const benchStarted = performance.now();
  const specs = fc.sample(reportSpecArb({ maxMeasures: 10 }), { seed: SEED, numRuns: n });
  console.log(
    `\n## Report parsing: ${n} generated reports (seed ${SEED}) per format, ${nPdf} of them also as PDF\n`,
  );

  const corpora: [string, File[]][] = [];
  for (const format of GENERATED_FORMATS)
    corpora.push([
      format,
      await Promise.all(
        specs.map(async (spec, i) => ({ ...(await renderSpec(spec, format, `g${i}`)), spec })),
      ),
    ]);
  const pdfStarted = performance.now();
  for (const producer of ['chromium', 'libreoffice'] as const) {
    const part = specs.slice(0, nPdf).filter((_, i) => (i % 2 === 0) === (producer === 'chromium'));
    try {
      const pdfs = await specsToPdfs(part, producer);
      corpora.push([
        `pdf (${producer})`,
        pdfs.map((bytes, i) => ({ name: `g${i}.pdf`, bytes, spec: part[i]! })),
      ]);
    } catch (err) {
      console.log(`PDF through ${producer} skipped: ${(err as Error).message}`);
    }
  }
  console.log(`(made the PDFs in ${((performance.now() - pdfStarted) / 1000).toFixed(1)} s)\n`);

  // The first parse builds the national registry resolver: keep it out of the timings.
  await parseReportBytes(corpora[0]![1][0]!.name, corpora[0]![1][0]!.bytes);
  const rows: [string, Tally, string][] = [];
  for (const [label, files] of corpora) {
    const { results, perSecond, perCpuSecond } = await timedParse(files, runs);
    const t = tally(results);
    // Refusals take no time: a speed over refused files says nothing.
    const speed =
      t.refused === t.reports
        ? '-'
        : `${perSecond.toFixed(1)} (${perCpuSecond.toFixed(1)} per CPU s)`;
    rows.push([label, t, speed]);
  }

  console.log(
    '| format | reports | reports/s (median of ' +
      runs +
      ' runs) | measures found, right status, round and org | measures found | status (and reason) | organisation | fiscal year | round | round evidence | measure count | claims | refused |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [label, t, perSecond] of rows)
    console.log(
      `| ${label} | ${t.reports} | ${perSecond} | ${pct(t.target, t.measures)} | ${pct(t.found, t.measures)} | ${pct(t.status, t.measures)} | ${pct(t.org, t.reports)} | ${pct(t.fiscal_year, t.reports)} | ${pct(t.round, t.reports)} | ${pct(t.round_evidence, t.reports)} | ${pct(t.measure_count, t.reports)} | ${pct(t.claims, t.reports)} | ${t.refused} |`,
    );
  console.log(
    '\nTargets: ≥ 99 % of measures found with the right status, round and organisation; txt/html/docx ≥ 50 reports/s, PDF ≥ 5 reports/s.',
  );
  console.log('Mismatches by field (reports, or measures for measure_found/status/status_reason):');
  for (const [label, t] of rows)
    console.log(
      `  ${label}: ${
        Object.entries(t.wrong)
          .map(([f, c]) => `${f} ${c}`)
          .join(', ') || 'none'
      }${t.refusal ? `; refused ${t.refused}: ${t.refusal}` : ''}`,
    );
  console.log(
    `(the parsing benchmark took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const num = (v: string | undefined) => (v ? Number(v) : undefined);
  await benchParse({
    reports: num(process.env.BENCH_PARSE_REPORTS),
    pdfReports: num(process.env.BENCH_PARSE_PDFS),
    runs: num(process.env.BENCH_PARSE_RUNS),
  });
}
