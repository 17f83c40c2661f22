// `npm run bench [-- --scale 10]`: builds the national demo (and one N times larger) in a temporary folder, runs the
// production server on loopback against it, and measures each target of issue 11 on this machine; prints the table
// and writes bench/results/<date>.json and .md. Not part of `npm test`: it takes minutes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ita, runScript } from './bench/child';
import { runDataset, type DatasetResult } from './bench/dataset-run';
import { describeMachine } from './bench/machine';
import { markdownTable, writeResults, type BenchResult } from './bench/results';
import { ensureBuild } from './bench/server';

const USAGE = `npm run bench [-- --scale N] [--visits K] [--budget S] [--demo-db FILE] [--scaled-db FILE]

  --scale N          also measure a demo N times larger (N× the organisations); the RSS target is for N = 10
  --visits K         distinct parameter sets per page (default 20)
  --budget S         seconds a CLI write may run before it is stopped and reported as missed (default 120)
  --demo-db FILE     start from a copy of this national demo database instead of building it
  --scaled-db FILE   start from a copy of this scaled demo database instead of building it
  --page-budget S    seconds after which the uncached page loop stops starting new visits (default 240)
  --skip-national    measure only the scaled demo (with --scale)
  --skip-heavy       leave out the reads during heavy jobs (scripts/bench/heavy-run.ts)
  --keep             keep the temporary folder`;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
if (process.argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const scale = Number(option('scale') ?? 1);
const visits = Number(option('visits') ?? 20);
const budgetMs = Number(option('budget') ?? 120) * 1000;
const pageBudgetMs = Number(option('page-budget') ?? 240) * 1000;
if (![scale, visits, budgetMs, pageBudgetMs].every((x) => Number.isInteger(x) && x > 0)) {
  console.error(USAGE);
  process.exit(2);
}

const log = (s: string) => console.error(s);
const machine = describeMachine();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-'));
const notes: string[] = [];
const verdicts: BenchResult['verdicts'] = [];
const pages: BenchResult['pages'] = [];

ensureBuild(log);

async function demoDatabase(label: string, n: number, copyOf: string | undefined): Promise<string> {
  const db = path.join(work, `${label}.duckdb`);
  if (copyOf) {
    fs.copyFileSync(copyOf, db);
    notes.push(`${label}: started from a copy of ${copyOf}`);
    return db;
  }
  log(`[${label}] ita demo${n > 1 ? ` --scale ${n}` : ''}`);
  const run = await ita(['demo', ...(n > 1 ? ['--scale', String(n)] : [])], db, 3_600_000);
  if (run.code !== 0) throw new Error(`ita demo failed: ${run.stderr || run.stdout}`);
  notes.push(
    `${label}: ita demo took ${(run.ms / 1000).toFixed(0)} s (${run.stdout.match(/organisations: [^\n]*/)?.[0] ?? ''})`,
  );
  return db;
}

const datasets: [string, number, string | undefined][] = process.argv.includes('--skip-national')
  ? []
  : [['national', 1, option('demo-db')]];
if (scale > 1) datasets.push([`national ×${scale}`, scale, option('scaled-db')]);
let nationalDb: string | null = null;
for (const [label, n, copyOf] of datasets) {
  const db = await demoDatabase(label.replace(/\W+/g, '-'), n, copyOf);
  if (n === 1) nationalDb = db;
  const r: DatasetResult = await runDataset({
    label,
    db,
    work: path.join(work, label.replace(/\W+/g, '-')),
    visits,
    writeBudgetMs: budgetMs,
    pageBudgetMs,
    log,
  });
  verdicts.push(...r.verdicts);
  pages.push(...r.pages);
  notes.push(...r.notes);
}

// Reads while heavy work runs (issue 14): a national CSV download, 4 concurrent deck PDFs, a large preview.
if (nationalDb && !process.argv.includes('--skip-heavy')) {
  log('[national] reads during heavy jobs (scripts/bench/heavy-run.ts)');
  const run = await runScript(
    'scripts/bench/heavy-run.ts',
    [nationalDb, '--runs', '3'],
    {},
    3_600_000,
  );
  notes.push(
    `heavy-run.ts (exit ${run.code}): reads p95 idle and during heavy jobs, medians of 3 runs:\n\n${run.stdout.trim()}`,
  );
}

// The 500,000-line long-form score import (issue 14), on a copy of the national database, as its own process.
if (nationalDb) {
  log('[national] ita import-scores of a 500,000-line long-form file');
  const run = await runScript(
    path.join('scripts', 'bench-large-import.ts'),
    ['--db', nationalDb],
    {},
    1_200_000,
  );
  notes.push(
    `bench-large-import.ts (exit ${run.code}${run.timedOut ? ', stopped after 20 min' : ''}): ${run.stdout.trim()}`,
  );
}

// Parsing accuracy is measured by its own script (helper `gen`); run it as one call when it is there.
const parseScript = path.join('scripts', 'bench-parse.ts');
if (fs.existsSync(parseScript)) {
  const run = await runScript(parseScript, [], {}, 600_000);
  notes.push(`bench-parse.ts (exit ${run.code}):\n\n\`\`\`\n${run.stdout.trim()}\n\`\`\``);
}

machine.load_after = os.loadavg().map((x) => Math.round(x * 100) / 100);
// One file per day; a run of one dataset only gets its own name, so it does not replace a run of the other.
const only = datasets.length === 1 ? `-${datasets[0]![1] > 1 ? `x${scale}` : 'national'}` : '';
const result: BenchResult = {
  date: new Date().toISOString().slice(0, 10) + only,
  machine,
  verdicts,
  pages,
  notes,
};
await writeResults(result);
console.log(markdownTable(verdicts));
console.log(`\nwritten: bench/results/${result.date}.json and .md`);
if (!process.argv.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
