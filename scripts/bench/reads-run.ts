// The read half of the benchmark on its own: every page's data requests on an uncached and a cached server, with the
// slowest named queries from the server's query log (`npx tsx scripts/bench/reads-run.ts <db> [visits]`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/database';
import { loadQuerySpecs } from '../../src/lib/server/queries/query-spec';
import { inProcessMs } from './in-process';
import { pageRequests, type PageRequest } from './page-requests';
import { readSample } from './sample';
import { ensureBuild, startServer, type RunningServer } from './server';
import { median, p95, timed } from './stats';

const [dbArg, visitsArg = '10', outArg] = process.argv.slice(2);
if (!dbArg) {
  console.error(
    'usage: npx tsx scripts/bench/reads-run.ts <database (copied, never written)> [visits] [out.json]',
  );
  process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-reads-'));
const db = path.join(work, 'reads.duckdb');
fs.copyFileSync(dbArg, db);
const log = (s: string) => console.error(s);
ensureBuild(log);

const visits: PageRequest[][] = [];
// The same SQL run in this process before the server starts: the floor each /api/query answer is held to.
const inProcess = new Map<string, number>();
{
  const d = await openDatabase(db);
  const sample = await readSample(d);
  for (let i = 0; i < Number(visitsArg); i++) visits.push(pageRequests(sample, i));
  const specs = loadQuerySpecs(path.join(process.cwd(), 'queries'));
  for (const r of visits.flat())
    if (r.query && !inProcess.has(r.path))
      inProcess.set(r.path, await inProcessMs(d, specs.get(r.query.name)!, r.query.params));
  d.close();
}

async function get(server: RunningServer, p: string): Promise<number> {
  const res = await fetch(server.url + p);
  const body = await res.arrayBuffer();
  if (!res.ok)
    throw new Error(
      `GET ${p} answered ${res.status}: ${Buffer.from(body).toString().slice(0, 300)}`,
    );
  return body.byteLength;
}

interface Sample {
  ms: number;
  bytes: number;
  /** Server CPU during the request, ms (from /proc, in 10 ms ticks: meaningful as an average over many). */
  cpu: number;
}
const endpoint = new Map<string, number>();
async function loop(server: RunningServer, requests: PageRequest[]) {
  const byPage = new Map<string, Sample[]>();
  const cpu0 = server.cpuMs();
  for (const r of requests) {
    const before = server.cpuMs();
    const [ms, bytes] = await timed(() => get(server, r.path));
    const cpu = server.cpuMs() - before;
    if (r.query && !endpoint.has(r.path)) endpoint.set(r.path, ms);
    (byPage.get(r.page) ?? byPage.set(r.page, []).get(r.page)!).push({ ms, bytes, cpu });
  }
  return { byPage, cpuPerRequest: (server.cpuMs() - cpu0) / requests.length };
}

const all = visits.flat();
const queryLog = path.join(work, 'queries.jsonl');
log(`uncached server (${all.length} requests)`);
const uncached = await startServer({
  db,
  env: { ITA_QUERY_CACHE: 'off', ITA_QUERY_LOG: queryLog },
});
// One visit first so that the JIT and DuckDB's caches are warm, as on a server that has been up a while.
for (const r of visits[0]!) await get(uncached, r.path);
fs.writeFileSync(queryLog, '');
const u = await loop(uncached, all);
await uncached.stop();

log('cached server');
const cached = await startServer({ db });
for (const r of all) await get(cached, r.path);
const c = await loop(cached, [...all, ...all, ...all]);
await cached.stop();

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rows = [...u.byPage].map(([page, xs]) => {
  const cs = c.byPage.get(page)!;
  return {
    page,
    requests: xs.length,
    uncached_p95: p95(xs.map((x) => x.ms)),
    uncached_median: median(xs.map((x) => x.ms)),
    cached_p95: p95(cs.map((x) => x.ms)),
    cached_median: median(cs.map((x) => x.ms)),
    kb_median: median(xs.map((x) => x.bytes)) / 1024,
    uncached_cpu: mean(xs.map((x) => x.cpu)),
    cached_cpu: mean(cs.map((x) => x.cpu)),
  };
});
const allU = [...u.byPage.values()].flat().map((x) => x.ms);
const allC = [...c.byPage.values()].flat().map((x) => x.ms);
const f = (x: number) => x.toFixed(1);
console.log(`load ${os.loadavg().map(f).join(' ')}`);
console.log(
  '| page | requests | uncached p95 | uncached median | uncached server CPU | cached p95 | cached median | cached server CPU | KB (median) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.page} | ${r.requests} | ${f(r.uncached_p95)} | ${f(r.uncached_median)} | ${f(r.uncached_cpu)} | ${f(r.cached_p95)} | ${f(r.cached_median)} | ${f(r.cached_cpu)} | ${f(r.kb_median)} |`,
  );
console.log(
  `| all | ${allU.length} | ${f(p95(allU))} | ${f(median(allU))} | ${f(u.cpuPerRequest)} | ${f(p95(allC))} | ${f(median(allC))} | ${f(c.cpuPerRequest)} | |`,
);
const over = [...endpoint].map(([p, ms]) => ({ p, ms, sql: inProcess.get(p)! }));
const within = over.filter((o) => o.ms <= 2 * o.sql + 3);
console.log(
  `endpoint within 2x in-process + 3 ms: ${within.length} of ${over.length}; median endpoint ${f(median(over.map((o) => o.ms)))} ms vs in-process ${f(median(over.map((o) => o.sql)))} ms`,
);
console.log(
  `server CPU per request: uncached ${f(u.cpuPerRequest)} ms, cached ${f(c.cpuPerRequest)} ms`,
);

const lines = fs
  .readFileSync(queryLog, 'utf8')
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { name: string; sqlMs: number; arrowMs: number; rows: number });
const byQuery = new Map<string, typeof lines>();
for (const l of lines) (byQuery.get(l.name) ?? byQuery.set(l.name, []).get(l.name)!).push(l);
const queries = [...byQuery]
  .map(([name, ls]) => ({
    name,
    runs: ls.length,
    sql_median: median(ls.map((l) => l.sqlMs)),
    sql_max: Math.max(...ls.map((l) => l.sqlMs)),
    arrow_median: median(ls.map((l) => l.arrowMs)),
    rows_median: median(ls.map((l) => l.rows)),
  }))
  .sort((a, b) => b.sql_median - a.sql_median);
console.log('\n| query | runs | SQL median | SQL max | Arrow median | rows (median) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const q of queries)
  console.log(
    `| ${q.name} | ${q.runs} | ${f(q.sql_median)} | ${f(q.sql_max)} | ${f(q.arrow_median)} | ${q.rows_median} |`,
  );
if (outArg) fs.copyFileSync(queryLog, outArg.replace(/\.json$/, '') + '.queries.jsonl');
if (outArg)
  fs.writeFileSync(
    outArg,
    JSON.stringify(
      { load: os.loadavg(), rows, queries, u: u.cpuPerRequest, c: c.cpuPerRequest },
      null,
      2,
    ),
  );
fs.rmSync(work, { recursive: true, force: true });
