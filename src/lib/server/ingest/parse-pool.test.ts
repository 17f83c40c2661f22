// The parse pool: workers give what the calling thread gives, name the file when it cannot be read, and survive it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { projectPath } from '../paths';
import { loadOrgRecords, OrgResolver, type OrgRecord } from '../registry/resolver';
import { inThreadParser, startParsePool, type ReportParser } from './parse-pool';

const SAMPLES = [
  '000_7b65a3b7a86215a5.txt',
  '002_4c4a9c54fc41eb39.txt',
  '003_deb62b3327a31e92.txt',
];

let orgs: OrgRecord[];
let pool: ReportParser | null;

beforeAll(async () => {
  const db = await openDatabase(':memory:');
  orgs = await db.withConnection((c) => loadOrgRecords(c));
  db.close();
  pool = await startParsePool(new OrgResolver(orgs), 2, undefined, { inThread: false });
});
afterAll(() => pool?.close());

describe('startParsePool', () => {
  it('starts its workers under vitest, from the TypeScript source', () => {
    expect(pool?.threads).toBe(2);
  });

  it('parses the samples on its workers exactly as the calling thread does', async () => {
    const here = inThreadParser(new OrgResolver(orgs));
    const inputs = SAMPLES.map((f) => ({
      name: f,
      bytes: fs.readFileSync(projectPath('data', 'reports', f)),
    }));
    const [pooled, local] = await Promise.all([
      Promise.all(inputs.map((i) => pool!.parse(i.name, i.bytes))),
      Promise.all(inputs.map((i) => here.parse(i.name, i.bytes))),
    ]);
    expect(pooled.map((p) => p.report.org.code)).toEqual(['6940907', '6940108', '6330311']);
    expect(pooled).toEqual(local);
  });

  it('rejects an unreadable file with a message naming it, and goes on parsing', async () => {
    await expect(pool!.parse('empty.txt', new Uint8Array())).rejects.toThrow(
      'empty.txt: the file is empty',
    );
    const bytes = fs.readFileSync(projectPath('data', 'reports', SAMPLES[1]!));
    expect((await pool!.parse('again.txt', bytes)).report.org.code).toBe('6940108');
  });

  it('gives null where workers cannot start (a bundle without the worker files), so the caller parses itself', async () => {
    const missing = new URL('./no-such-worker.js', import.meta.url);
    expect(await startParsePool(new OrgResolver([]), 1, missing)).toBeNull();
  });

  it('parses in the calling thread while its workers start, and without them when they never do', async () => {
    // A worker that loads but never says it is ready.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-pool-'));
    const boot = path.join(dir, 'never-ready.mjs');
    fs.writeFileSync(boot, `setInterval(() => undefined, 1000);`);
    const stuck = await startParsePool(new OrgResolver(orgs), 1, pathToFileURL(boot));
    try {
      const bytes = fs.readFileSync(projectPath('data', 'reports', SAMPLES[0]!));
      expect((await stuck!.parse('here.txt', bytes)).report.org.code).toBe('6940907');
      await expect(stuck!.parse('empty.txt', new Uint8Array())).rejects.toThrow(
        'empty.txt: the file is empty',
      );
    } finally {
      await stuck?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails only the file a worker was holding when it dies, and answers the next with a fresh worker', async () => {
    // A worker that starts, then dies on its first file.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-pool-'));
    const boot = path.join(dir, 'dies.mjs');
    fs.writeFileSync(
      boot,
      `import { parentPort } from 'node:worker_threads';
       parentPort.postMessage({ ready: true });
       parentPort.on('message', () => process.exit(3));`,
    );
    const dying = await startParsePool(new OrgResolver([]), 1, pathToFileURL(boot), {
      inThread: false,
    });
    try {
      await expect(dying!.parse('a.txt', new Uint8Array([1]))).rejects.toThrow(
        'the parser stopped on this file (exit code 3)',
      );
      await expect(dying!.parse('b.txt', new Uint8Array([1]))).rejects.toThrow('exit code 3');
    } finally {
      await dying?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
