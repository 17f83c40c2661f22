// Measures every target on one demo database: CLI writes (ingest, score import), the server's cold start, page data
// requests uncached and cached, endpoint against in-process SQL, reads during a bulk write, one web upload, peak memory.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/database';
import { loadQuerySpecs } from '../../src/lib/server/queries/query-spec';
import { ita } from './child';
import { inProcessMs } from './in-process';
import { reportTargets, reportText, writeReports } from './make-reports';
import { writeScoreFile } from './make-scores';
import { pageRequests, type PageRequest, type Sample } from './page-requests';
import type { Verdict } from './results';
import { readSample } from './sample';
import {
  firstChartLine,
  firstChartPages,
  firstChartVerdicts,
  measureFirstCharts,
} from './first-chart';
import { startServer, type RunningServer } from './server';
import { boundedLoop, median, p95, timed } from './stats';

/** An admin's API token for the web writes, made with ita user before the server starts (see benchToken). */
let TOKEN = '';

/** The bench admin (made once per database) and a fresh API token of theirs. */
async function benchToken(db: string): Promise<string> {
  // A second run on the same database finds the account there already; its one-time password is never used.
  await ita(['user', 'add', 'bench-admin', '--role', 'admin'], db, 120_000);
  const made = await ita(
    ['user', 'token', 'create', 'bench-admin', '--name', 'bench'],
    db,
    120_000,
  );
  const token = /^(ita_\S+)$/m.exec(made.stdout)?.[1];
  if (!token) throw new Error(`could not make the bench's API token: ${made.stderr}`);
  return token;
}
const fmt = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(1)} ms`);

export interface DatasetOptions {
  label: string;
  db: string;
  work: string;
  /** How many distinct parameter sets the page loop visits. */
  visits: number;
  /** Budget of each CLI write, ms (a write that runs longer is stopped and reported as missed). */
  writeBudgetMs: number;
  /** Time after which the uncached page loop stops starting new visits, ms. */
  pageBudgetMs: number;
  log: (s: string) => void;
}

export interface DatasetResult {
  verdicts: Verdict[];
  pages: Record<string, number | string>[];
  notes: string[];
}

async function get(server: RunningServer, p: string): Promise<string> {
  const res = await fetch(server.url + p);
  const body = await res.text();
  if (!res.ok) throw new Error(`GET ${p} answered ${res.status}: ${body.slice(0, 300)}`);
  return body;
}

async function countReports(db: string, prefix: string): Promise<number> {
  const d = await openDatabase(db);
  try {
    return await d.withConnection(async (c) =>
      Number(
        (
          await c.runAndReadAll(`SELECT count(*) FROM report WHERE file_name LIKE $p`, {
            p: `%${prefix}%`,
          })
        ).getRows()[0]![0],
      ),
    );
  } finally {
    d.close();
  }
}

export async function runDataset(o: DatasetOptions): Promise<DatasetResult> {
  const verdicts: Verdict[] = [];
  const pages: Record<string, number | string>[] = [];
  const notes: string[] = [];
  const verdict = (v: Omit<Verdict, 'dataset'>) => {
    verdicts.push({ dataset: o.label, ...v });
    o.log(
      `  ${v.what}: ${v.measured} (target ${v.target}) ${v.met === null ? '' : v.met ? 'met' : 'MISSED'}`,
    );
  };

  // 1. In this process, before any server holds the file: parameters, inputs, and the in-process SQL times.
  o.log(`[${o.label}] reading the sample and writing the inputs`);
  const specs = loadQuerySpecs(path.join(process.cwd(), 'queries'));
  let sample: Sample;
  const visits: PageRequest[][] = [];
  const inProcess = new Map<string, number>();
  const reportsDir = path.join(o.work, 'reports');
  const scoreFiles: { n: number; file: string }[] = [];
  let webTarget;
  {
    const db = await openDatabase(o.db);
    sample = await readSample(db);
    for (let i = 0; i < o.visits; i++) visits.push(pageRequests(sample, i));
    for (const r of visits.flat())
      if (r.query && !inProcess.has(r.path))
        inProcess.set(r.path, await inProcessMs(db, specs.get(r.query.name)!, r.query.params));
    writeReports(reportsDir, await reportTargets(db, 200));
    [webTarget] = await reportTargets(db, 1, 200);
    for (const n of [10_000, 100_000]) {
      const file = path.join(o.work, `scores-${n}.csv`);
      scoreFiles.push({ n: await writeScoreFile(db, file, n), file });
    }
    db.close();
  }

  // 2. CLI writes with no server running: 200 reports, then the score files.
  o.log(`[${o.label}] ita ingest of 200 reports`);
  const ingest = await ita(['ingest', reportsDir, '--quiet'], o.db, o.writeBudgetMs);
  const loaded = await countReports(o.db, 'report-');
  verdict({
    what: 'ingest of 200 reports, end to end (ita ingest)',
    measured: ingest.timedOut
      ? `> ${fmt(ingest.ms)} (stopped; ${loaded} of 200 stored)`
      : `${fmt(ingest.ms)} (${loaded} stored)`,
    target: '≤ 20 s',
    met: !ingest.timedOut && ingest.code === 0 && ingest.ms <= 20_000,
    values: { ms: ingest.ms, stored: loaded },
    detail:
      ingest.code && !ingest.timedOut
        ? `exit ${ingest.code}: ${ingest.stderr.slice(-200)}`
        : undefined,
  });
  for (const [i, { n, file }] of scoreFiles.entries()) {
    const asked = [10_000, 100_000][i]!;
    const label = asked === 10_000 ? '10k' : '100k';
    const target = asked === 10_000 ? 5_000 : 30_000;
    if (n < asked) {
      notes.push(
        `${o.label}: the database has ${n} SAO organisation-years, fewer than ${label}: that import was not run (use --scale 10).`,
      );
      continue;
    }
    o.log(`[${o.label}] ita import-scores of ${n} organisation-years`);
    const run = await ita(['import-scores', file], o.db, Math.max(o.writeBudgetMs, target * 3));
    verdict({
      what: `score import, ${label} organisation-years (ita import-scores)`,
      measured: run.timedOut ? `> ${fmt(run.ms)} (stopped)` : fmt(run.ms),
      target: `≤ ${target / 1000} s`,
      met: !run.timedOut && run.code === 0 && run.ms <= target,
      values: { ms: run.ms, org_years: n },
      detail:
        run.code && !run.timedOut
          ? `exit ${run.code}: ${(run.stderr || run.stdout).slice(-200)}`
          : undefined,
    });
  }

  // 3. The uncached server: cold start, page requests, endpoint vs in-process, reads idle and during a write.
  o.log(`[${o.label}] uncached server`);
  let visited = 0;
  TOKEN = await benchToken(o.db);
  const uncached = await startServer({ db: o.db, env: { ITA_QUERY_CACHE: 'off' } });
  let peakRss: number;
  try {
    verdict({
      what: 'server cold start to first page',
      measured: fmt(uncached.coldStartMs),
      target: '≤ 3 s',
      met: uncached.coldStartMs <= 3_000,
      values: { ms: uncached.coldStartMs },
    });
    const byPage = new Map<string, number[]>();
    const totals = new Map<string, number[]>();
    const endpoint = new Map<string, number>();
    const pageLoopEnd = performance.now() + o.pageBudgetMs;
    const cpuBefore = uncached.cpuMs();
    for (const visit of visits) {
      if (visited >= 2 && performance.now() > pageLoopEnd) break;
      visited++;
      const pageTotal = new Map<string, number>();
      for (const r of visit) {
        const [ms] = await timed(() => get(uncached, r.path));
        (byPage.get(r.page) ?? byPage.set(r.page, []).get(r.page)!).push(ms);
        pageTotal.set(r.page, (pageTotal.get(r.page) ?? 0) + ms);
        if (r.query && !endpoint.has(r.path)) endpoint.set(r.path, ms);
      }
      for (const [p, ms] of pageTotal) (totals.get(p) ?? totals.set(p, []).get(p)!).push(ms);
    }
    const all = [...byPage.values()].flat();
    const cpuPerRequest = (uncached.cpuMs() - cpuBefore) / all.length;
    const worst = [...byPage].map(([p, xs]) => [p, p95(xs)] as const).sort((a, b) => b[1] - a[1]);
    verdict({
      what: `page data requests, uncached, p95 over ${visited} parameter sets (${all.length} requests)`,
      measured: `${fmt(p95(all))} (worst page: ${worst[0]![0]} ${fmt(worst[0]![1])})`,
      target: '≤ 50 ms',
      met: worst[0]![1] <= 50,
      values: {
        p95_all: p95(all),
        worst_page_p95: worst[0]![1],
        server_cpu_ms_per_request: cpuPerRequest,
      },
      detail: `server CPU ${fmt(cpuPerRequest)} per request on average`,
    });
    for (const [page, xs] of byPage)
      pages.push({
        dataset: o.label,
        page,
        uncached_p95: p95(xs),
        uncached_median: median(xs),
        page_total_p95: p95(totals.get(page)!),
        requests: xs.length,
      });
    // Endpoint against the same SQL in-process: first (uncached) request per distinct query and parameters.
    const ratios = [...endpoint].map(([p, ms]) => ({
      p,
      ms,
      sql: inProcess.get(p)!,
      over: ms - (2 * inProcess.get(p)! + 3),
    }));
    const worstEndpoint = ratios.sort((a, b) => b.over - a.over)[0]!;
    const within = ratios.filter((r) => r.over <= 0).length;
    verdict({
      what: 'endpoint time against the same SQL in-process',
      measured: `${within} of ${ratios.length} within; worst ${worstEndpoint.p.split('?')[0]} ${fmt(worstEndpoint.ms)} vs ${fmt(worstEndpoint.sql)}`,
      target: '≤ 2× + 3 ms',
      met: within === ratios.length,
      values: {
        within,
        of: ratios.length,
        worst_endpoint_ms: worstEndpoint.ms,
        worst_sql_ms: worstEndpoint.sql,
      },
    });

    // Reads during a bulk write: the same read loop idle, then while the 10k score file is committed through the server.
    const readSet = visits
      .slice(0, 3)
      .flat()
      .filter((r) => r.page !== 'national')
      .map((r) => r.path);
    const readLoop = async (until: () => boolean, max: number) => {
      const times: number[] = [];
      for (let i = 0; i < max && !until(); i++)
        times.push((await timed(() => get(uncached, readSet[i % readSet.length]!)))[0]);
      return times;
    };
    const idle = await readLoop(() => false, readSet.length);
    const file = scoreFiles[0]!;
    let writing = true;
    const writeStart = performance.now();
    const write = fetch(`${uncached.url}/api/import/scores/commit`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'x-file-name': 'bench-web-scores.csv',
        'content-type': 'application/octet-stream',
      },
      body: fs
        .readFileSync(file.file)
        .toString('utf8')
        .replace(/(\d+\.\d)(\d)\b/g, (_, a, b) => `${a}${(Number(b) + 1) % 10}`),
    }).then(async (r) => {
      const text = await r.text();
      writing = false;
      if (!r.ok) throw new Error(`score commit answered ${r.status}: ${text.slice(0, 300)}`);
      return performance.now() - writeStart;
    });
    write.catch(() => undefined); // awaited below; a failure must not crash the process mid-loop
    // Bounded: on a large database the write may outlast the budget; the reads stop, the write is still awaited.
    const readsEnd = performance.now() + o.writeBudgetMs;
    const during = await readLoop(() => !writing || performance.now() > readsEnd, 100_000);
    const writeMs = await write;
    const ratio = p95(during) / p95(idle);
    verdict({
      what: `reads p95 during a bulk write (web commit of ${file.n} organisation-years, ${fmt(writeMs)})`,
      measured: `${fmt(p95(during))} during vs ${fmt(p95(idle))} idle (${ratio.toFixed(1)}×, ${during.length} reads)`,
      target: '≤ 2× idle',
      met: during.length > 0 && ratio <= 2,
      values: {
        during_p95: p95(during),
        idle_p95: p95(idle),
        reads_during: during.length,
        write_ms: writeMs,
      },
    });

    // One report stored through the web, until its organisation's page shows it.
    const t = webTarget!;
    const name = `bench-web-${t.code}.txt`;
    const [storeMs, visible] = await timed(async () => {
      const res = await fetch(
        `${uncached.url}/api/import/report/store?org_code=${t.code}&who=bench`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${TOKEN}`,
            'x-file-name': encodeURIComponent(name),
            'content-type': 'application/octet-stream',
          },
          body: reportText(t, 0),
        },
      );
      const body = await res.text();
      if (!res.ok) throw new Error(`report store answered ${res.status}: ${body.slice(0, 300)}`);
      const year = (JSON.parse(body) as { fiscal_year?: number }).fiscal_year ?? 2565;
      // The page's own data request, then its measures (the query the page ran) checked for a real one.
      await get(uncached, `/org/${t.code}/__data.json?year=${year}`);
      const measures = JSON.parse(
        await get(
          uncached,
          `/api/query/org_measures?code=${t.code}&fiscal_year=${year}&format=json`,
        ),
      ) as { synthetic: boolean }[];
      return measures.some((m) => !m.synthetic);
    });
    verdict({
      what: 'one report stored through the web, request to visible on its organisation page',
      measured: `${fmt(storeMs)}${visible ? '' : ' (NOT visible on the page)'}`,
      target: '≤ 1 s',
      met: visible && storeMs <= 1_000,
      values: { ms: storeMs },
    });
    peakRss = uncached.peakRssMb();
  } finally {
    await uncached.stop();
  }

  // 4. The cached server: every request once to fill the cache, then again.
  o.log(`[${o.label}] cached server`);
  const cached = await startServer({ db: o.db });
  try {
    const paths = visits.slice(0, visited).flat();
    for (const r of paths) await get(cached, r.path);
    const byPage = new Map<string, number[]>();
    const cpuBefore = cached.cpuMs();
    await boundedLoop(
      async (i) => {
        const r = paths[i]!;
        const [ms] = await timed(() => get(cached, r.path));
        (byPage.get(r.page) ?? byPage.set(r.page, []).get(r.page)!).push(ms);
      },
      paths.length,
      120_000,
    );
    const worst = [...byPage].map(([p, xs]) => [p, p95(xs)] as const).sort((a, b) => b[1] - a[1]);
    const cpuPerRequest = (cached.cpuMs() - cpuBefore) / [...byPage.values()].flat().length;
    verdict({
      detail: `server CPU ${fmt(cpuPerRequest)} per request on average`,
      what: 'page data requests, cached, p95',
      measured: `${fmt(p95([...byPage.values()].flat()))} (worst page: ${worst[0]![0]} ${fmt(worst[0]![1])})`,
      target: '≤ 5 ms',
      met: worst[0]![1] <= 5,
      values: { p95_all: p95([...byPage.values()].flat()), worst_page_p95: worst[0]![1] },
    });
    for (const row of pages) {
      const xs = byPage.get(row.page as string);
      if (xs) row.cached_p95 = p95(xs);
    }
    // The first chart a reader sees, in a fresh browser each visit (issue 12).
    o.log(`[${o.label}] first chart in the browser`);
    const first = await measureFirstCharts(cached.url, firstChartPages(sample));
    for (const v of firstChartVerdicts(first)) verdict(v);
    notes.push(...first.map(firstChartLine));
    peakRss = Math.max(peakRss, cached.peakRssMb());
  } finally {
    await cached.stop();
  }
  verdict({
    what: 'server peak RSS',
    measured: `${peakRss.toFixed(0)} MB`,
    target: '≤ 1.5 GB (at 10×)',
    met: peakRss <= 1536,
    values: { mb: peakRss },
  });
  return { verdicts, pages, notes };
}
