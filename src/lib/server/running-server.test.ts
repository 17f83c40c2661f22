// The discovery file: written with this process's URL and pid, found while that process lives, ignored once it is gone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  adPath,
  advertiseOnceOpen,
  advertiseServer,
  findServer,
  serverUrlFromEnv,
} from './running-server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-running-server-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('serverUrlFromEnv', () => {
  it.each([
    [{}, 'http://127.0.0.1:3000'],
    [{ PORT: '8080' }, 'http://127.0.0.1:8080'],
    [{ HOST: '0.0.0.0', PORT: '80' }, 'http://127.0.0.1:80'],
    [{ HOST: '::', PORT: '3000' }, 'http://127.0.0.1:3000'],
    [{ HOST: '10.0.0.5' }, 'http://10.0.0.5:3000'],
    [{ HOST: '::1', PORT: '4000' }, 'http://[::1]:4000'],
    [{ ITA_SERVER_URL: 'https://ita.example.org/', PORT: '1' }, 'https://ita.example.org'],
  ])('%j → %s', (env, url) => {
    expect(serverUrlFromEnv(env)).toBe(url);
  });
});

describe('advertiseServer and findServer', () => {
  it('writes <db>.server.json that findServer returns while this process lives', () => {
    const db = path.join(dir, 'a.duckdb');
    advertiseServer(db, 'http://127.0.0.1:3999');
    expect(fs.existsSync(`${db}.server.json`)).toBe(true);
    expect(findServer(db)).toMatchObject({ url: 'http://127.0.0.1:3999', pid: process.pid, db });
  });

  it('ignores a file left by a process that has ended', () => {
    const db = path.join(dir, 'b.duckdb');
    const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
      encoding: 'utf8',
    });
    const pid = Number(ended.stdout.trim());
    fs.writeFileSync(
      adPath(db),
      JSON.stringify({ url: 'http://127.0.0.1:1', pid, db, started_at: '2026-01-01T00:00:00Z' }),
    );
    expect(findServer(db)).toBeNull();
  });

  it('finds nothing without a file, or with a file that is not one', () => {
    const db = path.join(dir, 'c.duckdb');
    expect(findServer(db)).toBeNull();
    fs.writeFileSync(adPath(db), 'not json');
    expect(findServer(db)).toBeNull();
  });

  it.each([
    ['ends on its own', ''],
    [
      "shuts down as adapter-node does (the 'sveltekit:shutdown' event)",
      "process.emit('sveltekit:shutdown', 'SIGTERM'); console.log(fs.existsSync(file));",
    ],
  ])('removes the file when the server %s', (_what, extra) => {
    const db = path.join(dir, `d-${extra.length}.duckdb`);
    const script = path.join(dir, `serve-${extra.length}.ts`);
    fs.writeFileSync(
      script,
      `import fs from 'node:fs';
       import { advertiseServer } from ${JSON.stringify(path.resolve('src/lib/server/running-server.ts'))};
       const file = ${JSON.stringify(adPath(db))};
       advertiseServer(${JSON.stringify(db)}, 'http://127.0.0.1:1');
       console.log(fs.existsSync(file));
       ${extra}`,
    );
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(extra ? ['true', 'false'] : ['true']);
    expect(fs.existsSync(adPath(db))).toBe(false);
  });

  it('writes nothing for an in-memory database', () => {
    advertiseServer(':memory:', 'http://127.0.0.1:1');
    expect(fs.existsSync(':memory:.server.json')).toBe(false);
  });

  it('advertises only once the database is open, and only once', async () => {
    const db = path.join(dir, 'e.duckdb');
    advertiseOnceOpen(() => Promise.reject(new Error('held by another process')), db, 'http://a');
    await new Promise((r) => setTimeout(r, 10));
    expect(fs.existsSync(adPath(db))).toBe(false);
    advertiseOnceOpen(() => Promise.resolve(), db, 'http://b');
    await new Promise((r) => setTimeout(r, 10));
    expect(findServer(db)?.url).toBe('http://b');
    advertiseOnceOpen(() => Promise.resolve(), db, 'http://c');
    await new Promise((r) => setTimeout(r, 10));
    expect(findServer(db)?.url).toBe('http://b');
  });
});
