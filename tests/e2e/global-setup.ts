// Browser-test setup: a fresh database with the demo data and an admin account (with an API token), the built app
// served by Node on a free port.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    dbPath: string;
    /** The admin the import tests sign in as, and an API token of theirs for writes from scripts. */
    admin: { login: string; password: string; token: string };
  }
}

const root = process.cwd();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer at ${url} within ${ms} ms`);
}

let server: ChildProcess | null = null;

export default async function setup(project: TestProject) {
  const buildDir = process.env.ITA_BUILD_DIR ?? 'build';
  if (!fs.existsSync(path.join(root, buildDir, 'index.js')))
    throw new Error('Run `npm run build` before the browser tests');
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'tmp', 'e2e-'));
  const dbPath = path.join(dir, 'ita.duckdb');
  // The national demo data, exactly as `npm run demo` loads it.
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/ita.ts', 'demo'],
    {
      env: { ...process.env, ITA_DB: dbPath },
      stdio: 'inherit',
    },
  );
  // The admin, made as a person would with the CLI before the first start (never a default password).
  const ita = (args: string[], input?: string) =>
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/ita.ts', ...args],
      { env: { ...process.env, ITA_DB: dbPath }, input, encoding: 'utf8' },
    );
  const admin = { login: 'e2e-admin', password: 'e2e admin password', token: '' };
  ita(
    ['user', 'add', admin.login, '--role', 'admin', '--name', 'ผู้ทดสอบ e2e', '--password-stdin'],
    `${admin.password}\n`,
  );
  admin.token = /^(ita_\S+)$/m.exec(
    ita(['user', 'token', 'create', admin.login, '--name', 'e2e']),
  )![1]!;
  const port = await freePort();
  server = spawn(process.execPath, [path.join(buildDir, 'index.js')], {
    env: {
      ...process.env,
      ITA_DB: dbPath,
      PORT: String(port),
      HOST: '127.0.0.1',
      // The shipped notebooks and the notebooks test's fixtures (a broken block, a malformed file).
      ITA_NOTEBOOKS_DIR: ['notebooks', 'tests/e2e/notebooks'].join(path.delimiter),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(`${baseURL}/api/query/provinces?format=json`, 60_000);
  project.provide('baseURL', baseURL);
  project.provide('dbPath', dbPath);
  project.provide('admin', admin);
  return async () => {
    server?.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
