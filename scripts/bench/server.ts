// Starts the production server (`node build`) on loopback against a given database, times its cold start and reads its
// peak memory; rebuilds build/ first when the sources are newer than it.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const ROOT = process.cwd();
const BUILD_ENTRY = path.join(ROOT, 'build', 'index.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** True when build/ is missing or older than src/ or the build configuration. */
export function buildIsStale(): boolean {
  if (!fs.existsSync(BUILD_ENTRY)) return true;
  const built = fs.statSync(BUILD_ENTRY).mtimeMs;
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'src')),
    ...['svelte.config.js', 'vite.config.ts', 'package.json'].map((f) =>
      fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0,
    ),
  );
  return sources > built;
}

export function ensureBuild(log: (s: string) => void): void {
  if (!buildIsStale()) return;
  log('build/ is older than the sources: npm run build');
  execFileSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface RunningServer {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first page answered 200. */
  coldStartMs: number;
  /** Peak resident memory so far, MB (VmHWM of the server process). */
  peakRssMb(): number;
  /** CPU time the server process has used so far, ms (user + system, all its threads, DuckDB's included). */
  cpuMs(): number;
  stop(): Promise<void>;
}

function vmHwmMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

const CLOCK_TICKS_PER_SECOND = 100;

// A benchmark that crashes must not leave a server holding its database: stop every child on exit.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
});

function cpuMsOf(pid: number): number {
  // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, counted after the command name's ')'.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

export interface ServerOptions {
  db: string;
  env?: Record<string, string>;
  /** The first page asked for, whose answer ends the cold start. */
  firstPage?: string;
  timeoutMs?: number;
  /** Node options before the entry, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/p'] to profile the start-up. */
  nodeArgs?: string[];
  /** The server's entry file (default build/index.js): another build, e.g. the base commit's, for a before/after. */
  entry?: string;
}

/** Spawns `node build` with ITA_DB and waits until firstPage answers 200. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), options.entry ?? BUILD_ENTRY],
    {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        BODY_SIZE_LIMIT: '25M',
        ITA_DB: options.db,
        ...options.env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  children.add(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = t0 + (options.timeoutMs ?? 120_000);
  const first = options.firstPage ?? '/';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr.slice(-2000)}`);
    if (performance.now() > deadline) {
      child.kill();
      throw new Error(`the server did not answer ${first} in time: ${stderr.slice(-2000)}`);
    }
    try {
      const res = await fetch(url + first);
      await res.arrayBuffer();
      if (res.ok) break;
      throw new Error(`${first} answered ${res.status}: ${stderr.slice(-2000)}`);
    } catch (err) {
      if (err instanceof Error && err.message.includes('answered')) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const coldStartMs = performance.now() - t0;
  const pid = child.pid!;
  return {
    url,
    pid,
    coldStartMs,
    peakRssMb: () => vmHwmMb(pid),
    cpuMs: () => cpuMsOf(pid),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
