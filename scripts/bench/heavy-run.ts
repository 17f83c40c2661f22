// Reads while heavy work runs (issue 14): page data requests' p95 idle, then during (a) a national CSV download,
// (b) 4 concurrent deck PDFs, (c) a large score preview, and (d, with --cases d) the
// national CSV asked again once built; each case on a fresh server, several runs, medians reported.
// `npx tsx scripts/bench/heavy-run.ts <demo db (copied, never written)> [--runs 3] [--entry build/index.js] [--out f.json]`
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/database';
import { writeScoreFile } from './make-scores';
import { pageRequests } from './page-requests';
import { readSample } from './sample';
import { ensureBuild, startServer, type RunningServer } from './server';
import { median, p95, timed } from './stats';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const dbArg = process.argv[2];
if (!dbArg || dbArg.startsWith('--')) {
  console.error(
    'usage: npx tsx scripts/bench/heavy-run.ts <db> [--runs N] [--entry <build>/index.js] [--out file.json] [--cases a,b,c]',
  );
  process.exit(2);
}
const runs = Number(option('runs') ?? 3);
const entry = option('entry');
const cases = (option('cases') ?? 'a,b,c').split(',');
const log = (s: string) => console.error(s);
if (!entry) ensureBuild(log);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-heavy-'));
const db = path.join(work, 'heavy.duckdb');
fs.copyFileSync(dbArg, db);
const scoreFile = path.join(work, 'scores.csv');
let readSet: string[];
let scoreRows: number;
{
  const d = await openDatabase(db);
  const sample = await readSample(d);
  readSet = [0, 1, 2]
    .flatMap((i) => pageRequests(sample, i))
    .filter((r) => r.page !== 'national')
    .map((r) => r.path);
  scoreRows = await writeScoreFile(d, scoreFile, 1_000_000);
  d.close();
}
const scoreBytes = fs.readFileSync(scoreFile);
log(
  `read set: ${readSet.length} requests; preview file: ${scoreRows} organisation-years, ${(scoreBytes.length / 1e6).toFixed(1)} MB`,
);

async function get(server: RunningServer, p: string): Promise<void> {
  const res = await fetch(server.url + p);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${p} answered ${res.status}`);
}

async function readLoop(server: RunningServer, until: () => boolean, max: number) {
  const times: number[] = [];
  for (let i = 0; i < max && !until(); i++)
    times.push((await timed(() => get(server, readSet[i % readSet.length]!)))[0]);
  return times;
}

/** Sends a request again after its Retry-After while it answers 503 (as a client told "being prepared" would). */
async function fetchPatiently(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; bytes: number; tries: number }> {
  for (let tries = 1; ; tries++) {
    const res = await fetch(url, init);
    const body = await res.arrayBuffer();
    const retry = Number(res.headers.get('retry-after'));
    if (res.status !== 503 || !retry || tries > 200)
      return { status: res.status, bytes: body.byteLength, tries };
    await new Promise((r) => setTimeout(r, Math.min(retry, 5) * 1000));
  }
}

const deck = (i: number) =>
  JSON.stringify({
    title: `bench deck ${i}`,
    charts: [
      { chart: 'total-distribution', search: '' },
      { chart: 'grade-distribution', search: '' },
      { chart: 'area-pass-ranking', search: '' },
    ],
  });

const heavy: Record<string, (s: RunningServer) => Promise<string>> = {
  a: async (s) => {
    const r = await fetchPatiently(`${s.url}/data/download?format=csv`);
    return `national CSV: ${r.status}, ${(r.bytes / 1e6).toFixed(0)} MB, ${r.tries} request(s)`;
  },
  b: async (s) => {
    const all = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        fetchPatiently(`${s.url}/deck/pdf`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: deck(i),
        }),
      ),
    );
    return `4 deck PDFs: ${all.map((r) => `${r.status}/${(r.bytes / 1e3).toFixed(0)}kB`).join(' ')}`;
  },
  // (d) the same national CSV again, once built: from disk after, from the in-memory cache on the base.
  d: async (s) => {
    const r = await fetchPatiently(`${s.url}/data/download?format=csv`);
    return `national CSV, built before: ${r.status}, ${(r.bytes / 1e6).toFixed(0)} MB, ${r.tries} request(s)`;
  },
  c: async (s) => {
    const r = await fetchPatiently(`${s.url}/api/import/scores/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'bench-scores.csv' },
      body: scoreBytes,
    });
    return `preview of ${(scoreBytes.length / 1e6).toFixed(1)} MB: ${r.status}`;
  },
};

interface CaseRun {
  idle_p95: number;
  during_p95: number;
  during_median: number;
  during_max: number;
  reads: number;
  heavy_ms: number;
  peak_rss_mb: number;
  what: string;
}
const results: Record<string, CaseRun[]> = {};
for (const c of cases) {
  results[c] = [];
  for (let run = 0; run < runs; run++) {
    // A national export kept on disk by an earlier run would not be built again: every run starts without it.
    fs.rmSync(`${db}.exports`, { recursive: true, force: true });
    // Uncached (as the bench's reads-during-a-write): every read runs its SQL, so a stalled event loop or busy cores show.
    const server = await startServer({ db, entry, env: { ITA_QUERY_CACHE: 'off' } });
    try {
      for (const p of readSet) await get(server, p); // warm: JIT, DuckDB buffers
      if (c === 'd') await fetchPatiently(`${server.url}/data/download?format=csv`);
      const idle = await readLoop(server, () => false, readSet.length * 2);
      let busy = true;
      const t0 = performance.now();
      const job = heavy[c]!(server).finally(() => (busy = false));
      job.catch(() => undefined);
      // A heavy job that starts slowly must not be missed: the loop reads until it is done (at least 5 reads).
      const during = await readLoop(server, () => !busy, 100_000);
      const what = await job;
      const heavyMs = performance.now() - t0;
      const row: CaseRun = {
        idle_p95: p95(idle),
        during_p95: p95(during),
        during_median: median(during),
        during_max: Math.max(...during),
        reads: during.length,
        heavy_ms: heavyMs,
        peak_rss_mb: server.peakRssMb(),
        what,
      };
      results[c]!.push(row);
      log(
        `[${c} run ${run + 1}] ${what}; ${(heavyMs / 1000).toFixed(1)} s; reads p95 ${row.during_p95.toFixed(0)} ms during vs ${row.idle_p95.toFixed(0)} idle (${during.length} reads, max ${row.during_max.toFixed(0)} ms); peak RSS ${row.peak_rss_mb.toFixed(0)} MB`,
      );
    } finally {
      await server.stop();
    }
  }
}

const f = (x: number) => x.toFixed(1);
console.log(`load ${os.loadavg().map(f).join(' ')}; ${runs} runs per case, medians`);
console.log(
  '| case | idle p95 ms | during p95 ms | ratio | during max ms | reads during | heavy job s | peak RSS MB |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const names: Record<string, string> = {
  a: '(a) national CSV download',
  b: '(b) 4 concurrent deck PDFs',
  c: '(c) large score preview',
  d: '(d) national CSV once built',
};
const summary: Record<string, Record<string, number>> = {};
for (const [c, rs] of Object.entries(results)) {
  const m = (k: keyof CaseRun) => median(rs.map((r) => r[k] as number));
  const ratio = median(rs.map((r) => r.during_p95 / r.idle_p95));
  summary[c] = {
    idle_p95: m('idle_p95'),
    during_p95: m('during_p95'),
    ratio,
    heavy_ms: m('heavy_ms'),
  };
  console.log(
    `| ${names[c]} | ${f(m('idle_p95'))} | ${f(m('during_p95'))} | ${ratio.toFixed(2)}× | ${f(m('during_max'))} | ${m('reads')} | ${f(m('heavy_ms') / 1000)} | ${m('peak_rss_mb').toFixed(0)} |`,
  );
}
const out = option('out');
if (out)
  fs.writeFileSync(
    out,
    JSON.stringify({ load: os.loadavg(), entry, runs, results, summary }, null, 2),
  );
fs.rmSync(work, { recursive: true, force: true });
