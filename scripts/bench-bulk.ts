// Bulk-loading benchmark: ingest of N report copies and score imports of N organisation-years into copies of one
// database, with phase times, transactions and the cost of one derived-table refresh; medians over --repeat runs.
// `tsx scripts/bench-bulk.ts --db national.duckdb [--reports 20,200] [--scores 10000,100000] [--repeat 3]`
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../src/lib/server/db/database';
import { commitScoreImport, previewScoreImport } from '../src/lib/server/import/import-scores';
import { ingestFiles } from '../src/lib/server/ingest/ingest';
import { loadOrgRecords } from '../src/lib/server/registry/resolver';
import { makeReportCopies } from './make-report-copies';
import { makeScoreCsv } from './make-score-file';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const list = (text: string | undefined) => (text ? text.split(',').map(Number) : []);

const source = option('db');
if (!source || !fs.existsSync(source)) {
  console.error(
    'usage: tsx scripts/bench-bulk.ts --db <database file> [--reports 20,200] [--scores 10000,100000] [--repeat 3]',
  );
  process.exit(2);
}
const repeat = Number(option('repeat') ?? 3);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-bulk-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs fn on a fresh copy of the source database; the copy is deleted afterwards. */
async function onCopy<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const file = path.join(work, 'bench.duckdb');
  fs.copyFileSync(source!, file);
  const db = await openDatabase(file);
  try {
    return await fn(db);
  } finally {
    db.close();
    for (const f of [file, `${file}.wal`]) fs.rmSync(f, { force: true });
  }
}

const rows: string[] = [];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// One empty transaction: what every write pays today for the derived tables.
{
  const times: number[] = [];
  await onCopy(async (db) => {
    for (let i = 0; i < repeat; i++) {
      const t = performance.now();
      await db.transaction(async () => undefined);
      times.push(performance.now() - t);
    }
  });
  rows.push(`| one empty transaction (derived refresh) | ${s(median(times))} | | 1 | |`);
}

for (const n of list(option('reports'))) {
  const dir = path.join(work, `reports-${n}`);
  makeReportCopies(n, dir);
  const runs: {
    wall: number;
    cpu: number;
    parse: number;
    write: number;
    tx: number;
    threads: number;
    failed: number;
  }[] = [];
  for (let i = 0; i < repeat; i++) {
    runs.push(
      await onCopy(async (db) => {
        const [t, c] = [performance.now(), cpu()];
        const r = await ingestFiles(db, [dir]);
        return {
          wall: performance.now() - t,
          cpu: cpu() - c,
          parse: r.stats.parseMs,
          write: r.stats.writeMs,
          tx: r.stats.transactions,
          threads: r.stats.threads,
          failed: r.failed.length,
        };
      }),
    );
  }
  const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
  rows.push(
    `| ingest ${n} reports (${m('threads')} parse threads) | ${s(m('wall'))} | parse ${s(m('parse'))}, write ${s(m('write'))}, process CPU ${s(m('cpu'))} | ${m('tx')} (${(m('tx') / n).toFixed(2)} per file) | ${m('failed')} failed |`,
  );
}

for (const n of list(option('scores'))) {
  const times: number[] = [];
  const dry: number[] = [];
  const cpus: number[] = [];
  let counts = '';
  for (let i = 0; i < repeat; i++) {
    await onCopy(async (db) => {
      const orgs = await db.withConnection((c) => loadOrgRecords(c));
      const { csv } = makeScoreCsv({ rows: n, orgs });
      const file = { name: `scores-${n}.csv`, bytes: new TextEncoder().encode(csv) };
      const d = performance.now();
      await previewScoreImport(db, file, { addOrgs: true });
      dry.push(performance.now() - d);
      const [t, c] = [performance.now(), cpu()];
      const r = await commitScoreImport(db, file, { addOrgs: true });
      times.push(performance.now() - t);
      cpus.push(cpu() - c);
      counts = `new ${r.counts.new}, rejected ${r.counts.rejected}, ${r.orgs_added.length} agencies added`;
    });
  }
  rows.push(
    `| score import ${n} organisation-years | ${s(median(times))} | dry run before it ${s(median(dry))}; commit's process CPU ${s(median(cpus))} | 1 | ${counts} |`,
  );
}

fs.rmSync(work, { recursive: true, force: true });
console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; medians of ${repeat}\n`,
);
console.log('| what | time | detail | transactions | outcome |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
