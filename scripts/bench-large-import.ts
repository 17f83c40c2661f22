// The 500,000-line score import (issue 14): a long-form CSV of every organisation-year the database can give, loaded by
// `ita import-scores` into a copy of the database; prints wall time, the CLI's peak RSS and the counts, and exits 1
// when the import fails or its counts are not the file's.
// `tsx scripts/bench-large-import.ts --db <database file> [--lines 500000] [--dry-run]`
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/database';
import { loadOrgRecords } from '../src/lib/server/registry/resolver';
import { makeScoreCsv } from './make-score-file';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const source = option('db');
const lines = Number(option('lines') ?? 500_000);
const dryRun = process.argv.includes('--dry-run');
if (!source || !fs.existsSync(source) || !Number.isInteger(lines) || lines < 11) {
  console.error(
    'usage: tsx scripts/bench-large-import.ts --db <database file> [--lines 500000] [--dry-run]',
  );
  process.exit(2);
}

/** Every process under pid (tsx starts node as a child), read from /proc. */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let children: string;
    try {
      children = fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8');
    } catch {
      return;
    }
    for (const c of children.trim().split(/\s+/).filter(Boolean).map(Number)) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Peak resident memory (VmHWM) of a process, MB; 0 once it has gone. */
function peakMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-large-'));
try {
  const db = path.join(work, 'bench.duckdb');
  fs.copyFileSync(source, db);
  const file = path.join(work, `scores-long-${lines}.csv`);
  const made = await (async () => {
    const d = await openDatabase(db);
    try {
      const orgs = await d.withConnection((c) => loadOrgRecords(c));
      const m = makeScoreCsv({ rows: lines, orgs, shape: 'long' });
      fs.writeFileSync(file, m.csv);
      return { orgYears: m.orgYears, lines: m.lines, addedOrgs: m.addedOrgs };
    } finally {
      d.close();
    }
  })();
  const mb = fs.statSync(file).size / 1e6;

  const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const args = ['src/cli/ita.ts', 'import-scores', file, '--json', '--add-orgs'];
  if (dryRun) args.push('--dry-run');
  const t0 = performance.now();
  const child = spawn(process.execPath, [tsx, ...args], {
    env: { ...process.env, ITA_DB: db },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const peaks = new Map<number, number>();
  const poll = setInterval(() => {
    for (const pid of [child.pid!, ...descendants(child.pid!)])
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peakMb(pid)));
  }, 100);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - t0) / 1000;
  const peak = Math.max(0, ...peaks.values());

  let counts: Record<string, number> | null = null;
  try {
    counts = (JSON.parse(stdout) as { counts: Record<string, number> }).counts;
  } catch {
    // Reported below with the exit code and the end of stderr.
  }
  const accepted = counts ? counts.new! + counts.changed! + counts.unchanged! : -1;
  const ok = code === 0 && counts !== null && counts.rejected === 0 && accepted === made.orgYears;
  console.log(
    `score import, long form: ${made.lines} lines (${made.orgYears} organisation-years, ${mb.toFixed(0)} MB)` +
      `${dryRun ? ', dry run' : ''}: ${seconds.toFixed(1)} s, peak RSS ${peak.toFixed(0)} MB, ` +
      `counts ${JSON.stringify(counts)}, ${ok ? 'every organisation-year accepted' : `FAILED (exit ${code})`}`,
  );
  if (!ok) console.log(stderr.slice(-1000));
  process.exitCode = ok ? 0 : 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
