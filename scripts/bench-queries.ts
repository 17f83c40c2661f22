// Named-query timing: each query of queries/ (and, with --before, of an older copy of that folder) run uncached with
// the parameters the pages send, alternating the two so that the machine's noise falls on both; prints medians in ms.
// With --plans it compares DuckDB's physical plans of the two folders instead (a verdict that a loaded machine's noise
// cannot blur: the same plan cannot be slower).
// `tsx scripts/bench-queries.ts --db demo.duckdb [--before DIR] [--repeat 7] [--only name,name] [--plans]`
import fs from 'node:fs';
import { openDatabase } from '../src/lib/server/db/database';
import { QueryRunner } from '../src/lib/server/queries/query-runner';
import { bindParams } from '../src/lib/server/queries/query-params';
import { loadQuerySpecs } from '../src/lib/server/queries/query-spec';
import { projectPath } from '../src/lib/server/paths';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const file = option('db');
if (!file || !fs.existsSync(file)) {
  console.error(
    'usage: tsx scripts/bench-queries.ts --db <database> [--before DIR] [--repeat 7] [--only a,b]',
  );
  process.exit(2);
}
const repeat = Number(option('repeat') ?? 7);
const only = option('only')?.split(',');

// What the pages ask for: the national SAO view and one province (ปัตตานี) and district, FY 2567 against 2566.
const year = { fiscal_year: '2567' };
const nation = { ...year, type: 'sao' };
const province = { ...year, type: 'sao', province: '94' };
const district = { ...province, district: '9409' };
const change = { compare: '2566', threshold: '1' };
const weak = (w: string, peer: string) => ({ weak: w, peer, lowest_n: '2' });
const org = { code: '6940907', fiscal_year: '2567' };
const CASES: Record<string, Record<string, string>[]> = {
  area_pass_ranking: [nation, province],
  // The map: its national default (provinces), every SAO nationally (by=org), a province's organisations.
  org_map: [
    { ...nation, level: 'province', far: '2.5' },
    { ...nation, level: 'org', far: '2.5', indicator: '10' },
    { ...province, level: 'org', far: '2.5' },
  ],
  change_histogram: [
    { ...nation, ...change },
    { ...province, ...change },
  ],
  change_indicators: [
    { ...nation, ...change },
    { ...province, ...change },
  ],
  change_orgs: [
    { ...province, ...change },
    { ...nation, ...change, movers: '10' },
  ],
  change_summary: [
    { ...nation, ...change },
    { ...district, ...change },
  ],
  change_transitions: [
    { ...nation, ...change },
    { ...province, ...change },
  ],
  grade_distribution: [{ type: 'sao' }, { type: 'sao', province: '94' }],
  indicator_heatmap: [
    { ...nation, ...weak('pass_mark', 'province') },
    { ...province, ...weak('peer_median', 'province') },
    { ...province, ...weak('peer_median', 'similar') },
  ],
  indicator_summary: [
    { ...nation, ...weak('pass_mark', 'province') },
    { ...district, ...weak('peer_median', 'district') },
    { ...province, ...weak('peer_median', 'similar') },
  ],
  measure_completion_by_category: [nation, province],
  measure_completion_by_indicator: [nation, province],
  measure_completion_trend: [{ type: 'sao' }, { type: 'sao', province: '94' }],
  measure_lowest_orgs: [
    { ...nation, round: '12m' },
    { ...province, round: '12m' },
  ],
  measure_table: [nation, { ...province, status: 'completed' }],
  official_area_by_type: [{ fiscal_year: '2567' }, province],
  org_indicator_benchmark: [
    { ...org, peer: 'province' },
    { ...org, peer: 'similar' },
  ],
  org_measure_response: [
    { ...org, ...weak('peer_median', 'province') },
    { ...org, ...weak('peer_median', 'similar') },
  ],
  org_rank: [org],
  org_similar: [org],
  org_weak_indicators: [
    { ...org, ...weak('pass_mark', 'province') },
    { ...org, ...weak('peer_median', 'similar') },
  ],
  province_headline: [{ province: '94', fiscal_year: '2567', compare_year: '2566', type: 'sao' }],
  province_orgs: [
    { ...province, compare_year: '2566', ...weak('pass_mark', 'province') },
    { ...province, compare_year: '2566', ...weak('peer_median', 'similar') },
  ],
  total_histogram: [{ type: 'sao' }, { type: 'sao', province: '94' }],
  type_counts: [{ fiscal_year: '2567' }, { fiscal_year: '2567', province: '94' }],
  year_summary: [{ type: 'sao' }, { type: 'sao', province: '94' }],
};

const db = await openDatabase(file);
const after = new QueryRunner(db, loadQuerySpecs(projectPath('queries')), false);
const beforeDir = option('before');
const before = beforeDir ? new QueryRunner(db, loadQuerySpecs(beforeDir), false) : null;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
// Each query gets only the parameters its header declares (the pages send the same scope to all of them).
function ownParams(r: QueryRunner, name: string, params: Record<string, string>) {
  const declared = new Set(r.spec(name).params.map((p) => p.name));
  return Object.fromEntries(Object.entries(params).filter(([k]) => declared.has(k)));
}
/** Wall and CPU milliseconds of one uncached run; CPU (DuckDB's threads included) is steadier on a busy machine. */
async function time(
  r: QueryRunner,
  name: string,
  params: Record<string, string>,
): Promise<{ wall: number; cpu: number }> {
  const own = ownParams(r, name, params);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await r.run(name, own);
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

/** The physical plan without its row estimates, which move with nothing but statistics. */
async function plan(r: QueryRunner, name: string, params: Record<string, string>): Promise<string> {
  const b = bindParams(r.spec(name), ownParams(r, name, params));
  const rows = await db.withConnection(async (c) =>
    (await c.runAndReadAll(`EXPLAIN ${r.spec(name).sql}`, b.values, b.types)).getRows(),
  );
  return rows
    .map((x) => String(x[1]))
    .join('\n')
    .replace(/~\d+ rows?/g, '');
}

if (process.argv.includes('--plans')) {
  if (!before) throw new Error('--plans compares with --before DIR');
  let same = 0;
  for (const [name, sets] of Object.entries(CASES)) {
    if ((only && !only.includes(name)) || !before.specs.has(name)) continue;
    for (const params of sets) {
      const [pb, pa] = [await plan(before, name, params), await plan(after, name, params)];
      const equal = pb === pa;
      if (equal) same++;
      else if (process.argv.includes('--show')) {
        const dir = fs.mkdtempSync('/tmp/plans-');
        fs.writeFileSync(`${dir}/before.txt`, pb);
        fs.writeFileSync(`${dir}/after.txt`, pa);
        console.log(`  plans in ${dir}`);
      }
      console.log(`${equal ? 'same plan ' : 'DIFFERENT '} ${name} ${JSON.stringify(params)}`);
    }
  }
  console.log(`${same} cases with the same plan`);
  db.close();
  process.exit(0);
}

console.log(
  before
    ? '| query | parameters | before ms | after ms | change | before CPU ms | after CPU ms | CPU change |'
    : '| query | parameters | ms | CPU ms |',
);
console.log(
  before ? '| --- | --- | --: | --: | --: | --: | --: | --: |' : '| --- | --- | --: | --: |',
);
const pct = (a: number, b: number) => {
  const x = ((a - b) / b) * 100;
  return `${x >= 0 ? '+' : ''}${x.toFixed(0)} %`;
};
for (const [name, sets] of Object.entries(CASES)) {
  if (only && !only.includes(name)) continue;
  for (const params of sets) {
    const a: { wall: number; cpu: number }[] = [];
    const b: { wall: number; cpu: number }[] = [];
    const compared = before !== null && before.specs.has(name);
    // One warm-up each, then alternate.
    await time(after, name, params);
    if (compared) await time(before, name, params);
    for (let i = 0; i < repeat; i++) {
      if (compared) b.push(await time(before, name, params));
      a.push(await time(after, name, params));
    }
    const shown = Object.entries(params)
      .filter(([k]) => !['fiscal_year', 'lowest_n', 'threshold', 'compare'].includes(k))
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    const [wa, ca] = [median(a.map((x) => x.wall)), median(a.map((x) => x.cpu))];
    if (compared) {
      const [wb, cb] = [median(b.map((x) => x.wall)), median(b.map((x) => x.cpu))];
      console.log(
        `| ${name} | ${shown} | ${wb.toFixed(1)} | ${wa.toFixed(1)} | ${pct(wa, wb)} | ${cb.toFixed(0)} | ${ca.toFixed(0)} | ${pct(ca, cb)} |`,
      );
    } else console.log(`| ${name} | ${shown} | ${wa.toFixed(1)} | ${ca.toFixed(0)} |`);
  }
}
db.close();
