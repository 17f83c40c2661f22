// Derived-table refresh benchmark: CPU and wall time of one refresh for 1, 50, 2,000, 10,000 touched organisation-years
// (and a full rebuild) on a copy of a database, each rolled back, with the time of every statement it ran.
// `tsx scripts/bench-derived.ts --db national.duckdb [--sizes 1,50,2000,10000] [--repeat 3] [--what scores|all] [--log]`
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDatabase } from '../src/lib/server/db/database';
import {
  rebuildDerived,
  refreshDerived,
  startTouched,
  touchOrgYears,
} from '../src/lib/server/db/derived';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const source = option('db');
if (!source || !fs.existsSync(source)) {
  console.error(
    'usage: tsx scripts/bench-derived.ts --db <database file> [--sizes 1,50,2000,10000] [--repeat 3] [--what scores|all] [--log]',
  );
  process.exit(2);
}
const sizes = (option('sizes') ?? '1,50,2000,10000').split(',').map(Number);
const repeat = Number(option('repeat') ?? 3);
const what = option('what') === 'scores' ? 'scores' : 'all';
const log = process.argv.includes('--log');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-derived-'));
const file = path.join(work, 'bench.duckdb');
fs.copyFileSync(source, file);
const db = await openDatabase(file);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The connection with each run/runAndReadAll timed, so a slow statement shows by name. */
function timedConnection(conn: DuckDBConnection, lines: string[]): DuckDBConnection {
  return new Proxy(conn, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if ((prop !== 'run' && prop !== 'runAndReadAll') || typeof v !== 'function') return v;
      return async (sql: string, ...rest: unknown[]) => {
        const [c0, w0] = [cpu(), performance.now()];
        const r = await (v as (...a: unknown[]) => Promise<unknown>).call(target, sql, ...rest);
        const text = sql.replace(/\s+/g, ' ').slice(0, 110);
        lines.push(
          `    ${(cpu() - c0).toFixed(0).padStart(6)} ms cpu ${(performance.now() - w0).toFixed(0).padStart(6)} ms wall  ${text}`,
        );
        return r;
      };
    },
  });
}

/** n organisation-years spread over the country and the years (every k-th SAO-year in code order). */
const pick = (n: number) =>
  `SELECT org_code, fiscal_year FROM (
     SELECT org_code, fiscal_year, row_number() OVER (ORDER BY hash(org_code || fiscal_year)) AS i FROM org_year)
   WHERE i <= ${n}`;

console.log(
  `database ${source}; refresh of ${what === 'scores' ? 'score-only' : 'score and measure'} writes; median of ${repeat}`,
);
console.log('| touched organisation-years | CPU ms | wall ms |');
console.log('|---|---|---|');
for (const n of [...sizes, Infinity]) {
  const cpus: number[] = [];
  const walls: number[] = [];
  let detail: string[] = [];
  for (let i = 0; i < repeat; i++) {
    await db.withConnection(async (raw) => {
      const lines: string[] = [];
      const conn = timedConnection(raw, lines);
      await raw.run('BEGIN TRANSACTION');
      try {
        await startTouched(raw);
        if (Number.isFinite(n))
          await touchOrgYears(raw, pick(n), undefined, what === 'scores' ? 'scores' : null);
        const [c0, w0] = [cpu(), performance.now()];
        await (Number.isFinite(n) ? refreshDerived(conn, 'touched') : rebuildDerived(conn));
        cpus.push(cpu() - c0);
        walls.push(performance.now() - w0);
        detail = lines;
      } finally {
        await raw.run('ROLLBACK');
      }
    });
  }
  console.log(
    `| ${Number.isFinite(n) ? n.toLocaleString('en') : 'full rebuild'} | ${median(cpus).toFixed(0)} | ${median(walls).toFixed(0)} |`,
  );
  if (log) console.log(detail.join('\n'));
}
db.close();
fs.rmSync(work, { recursive: true, force: true });
