// Benchmarks, run with `npm run bench`: demo generation and loading, named-query latency (derived tables vs live
// views, cached vs uncached), Arrow vs JSON payloads, and report parsing. Numbers from one run are compared as
// ratios, since these machines are shared and absolute times move with the load.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/database';
import { loadDemo } from '../src/lib/server/demo/load';
import { parseReportFile } from '../src/lib/server/ingest/parse-report';
import { serialise } from '../src/lib/server/queries/query-format';
import { queryRunner } from '../src/lib/server/queries/query-runner';
import { benchParse } from './bench-parse';

const REPEAT = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

const db = await openDatabase(':memory:');
console.log('# ITA dashboard benchmarks\n');
const [demoMs, demo] = await time(() => loadDemo(db, {}));
console.log(
  `demo: ${demo.counts.orgs} SAOs, ${demo.counts.scores} score rows, ${demo.counts.measures} measure rows`,
);
console.log(
  `  generate scores ${ms(demo.timings.scoresMs)}, measures ${ms(demo.timings.measuresMs)}, load ${ms(demo.timings.loadMs)}, total ${ms(demoMs)}\n`,
);

// Derived tables against the live views they are built from (migration 011).
console.log('| query over | derived table | live view | ratio |');
console.log('|---|---|---|---|');
const DERIVED_CASES = [
  {
    label: 'org_year, FY 2568, by province',
    from: 'org_year',
    sql: (t: string) =>
      `SELECT o.province_code, avg(y.total), avg(y.passed::INT) FROM ${t} y JOIN org o ON o.code = y.org_code WHERE y.fiscal_year = 2568 GROUP BY 1`,
  },
  {
    label: 'measure_current, completion by round',
    from: 'measure_current',
    sql: (t: string) => `SELECT round, avg((status = 'completed')::INT) FROM ${t} GROUP BY 1`,
  },
  {
    label: 'indicator_stats (weak flags), FY 2568',
    from: 'indicator_stats',
    sql: (t: string) =>
      `SELECT code, avg((value < median_province)::INT) FROM ${t} WHERE fiscal_year = 2568 GROUP BY 1`,
  },
];
for (const c of DERIVED_CASES) {
  const run = async (from: string) => {
    const times: number[] = [];
    for (let i = 0; i < REPEAT; i++)
      times.push(
        (await time(() => db.withConnection((conn) => conn.runAndReadAll(c.sql(from)))))[0],
      );
    return median(times);
  };
  const [t, v] = [await run(c.from), await run(`${c.from}_v`)];
  console.log(`| ${c.label} | ${ms(t)} | ${ms(v)} | ${(v / t).toFixed(1)}× |`);
}

// Named queries as the pages call them: first call (uncached) and again (cached by data version).
const runner = queryRunner(db);
console.log('\n| named query | uncached | cached | rows |');
console.log('|---|---|---|---|');
for (const [name, params] of [
  ['data_inventory', {}],
  ['year_summary', {}],
  ['year_summary', { province: '94' }],
  ['total_histogram', {}],
  ['org_scores', { fiscal_year: '2568' }],
] as [string, Record<string, string>][]) {
  const [first, r] = await time(() => runner.run(name, params));
  const [again] = await time(() => runner.run(name, params));
  console.log(
    `| ${name} ${JSON.stringify(params)} | ${ms(first)} | ${ms(again)} | ${r.table.numRows} |`,
  );
}

// What goes over the wire for the largest contract query.
const { table } = await runner.run('org_scores', { fiscal_year: '2568' });
const sizes: string[] = [];
for (const format of ['arrow', 'json', 'csv'] as const) {
  const [t, out] = await time(async () => serialise(table, format));
  const bytes = typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength;
  sizes.push(`${format} ${(bytes / 1024).toFixed(0)} kB in ${ms(t)}`);
}
console.log(`\norg_scores FY 2568 (${table.numRows} rows): ${sizes.join('; ')}`);

// Report parsing.
const dir = path.join(process.cwd(), 'data', 'reports');
console.log('\n| sample report | parse (median of 5) | measures |');
console.log('|---|---|---|');
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(dir, f)));
  const times: number[] = [];
  let measures = 0;
  for (let i = 0; i < REPEAT; i++) {
    const [t, r] = await time(() => parseReportFile({ name: f, bytes }));
    times.push(t);
    measures = r.report.measures.length;
  }
  console.log(`| ${f} | ${ms(median(times))} | ${measures} |`);
}
db.close();

// Parse accuracy and throughput over a generated corpus in every format (scripts/bench-parse.ts).
await benchParse();
