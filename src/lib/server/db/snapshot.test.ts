// Read-only replicas: two separate read-only processes (the CLI's `ita query`, which opens the database the way the
// server does, through getDatabase) over one published snapshot answer exactly as the writer does, while the writer
// keeps its own file open; a write publishes a new snapshot that a read-only database switches to; replicas refuse writes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../auth/actor';
import { checkWriteAccess } from '../import-web/write-access';
import { projectPath } from '../paths';
import { serialise } from '../queries/query-format';
import { queryRunner } from '../queries/query-runner';
import { getDatabase, openDatabase, type Database } from './database';
import { FIXTURE_DIR, loadFixtureScores } from './fixture-db';
import { currentSnapshot, publishSnapshot, SnapshotPublisher } from './snapshot';
import { inTransaction, openReadOnlyDatabase } from './database';

const QUERIES: [string, Record<string, string>][] = [
  ['year_summary', {}],
  ['org_years', { code: '6940907' }],
  ['org_scores', { fiscal_year: '2566' }],
  ['area_pass_ranking', { fiscal_year: '2566', province: '94' }],
];

/**
 * One read-only process: opens the database as the server does (getDatabase, here with ITA_READ_ONLY and
 * ITA_SNAPSHOT_DIR) and prints each query's JSON, one per line. One process per replica keeps the test short.
 */
function replicaAnswers(dir: string): Promise<unknown[]> {
  const lib = (p: string) => JSON.stringify(projectPath('src', 'lib', 'server', p));
  const script = `
    const { getDatabase } = await import(${lib('db/database.ts')});
    const { queryRunner } = await import(${lib('queries/query-runner.ts')});
    const { serialise } = await import(${lib('queries/query-format.ts')});
    const runner = queryRunner(await getDatabase());
    for (const [name, params] of ${JSON.stringify(QUERIES)})
      console.log(serialise((await runner.run(name, params)).table, 'json'));
    process.exit(0);`;
  const tsx = path.join(projectPath('node_modules'), 'tsx', 'dist', 'cli.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, '--input-type=module', '-e', script], {
      // ITA_DB names a file that does not exist: a replica must not touch it.
      env: {
        ...process.env,
        ITA_READ_ONLY: '1',
        ITA_SNAPSHOT_DIR: dir,
        ITA_DB: path.join(dir, 'not-here.duckdb'),
      },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('exit', (code) =>
      code === 0
        ? resolve(
            out
              .trim()
              .split('\n')
              .map((line) => JSON.parse(line)),
          )
        : reject(new Error(`the replica exited ${code}: ${err}`)),
    );
  });
}

describe('read-only replicas over a published snapshot', () => {
  let tmp: string;
  let dir: string;
  let writer: Database;
  let publisher: SnapshotPublisher;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-snapshot-'));
    dir = path.join(tmp, 'snapshots');
    writer = await openDatabase(path.join(tmp, 'writer.duckdb'));
    await loadFixtureScores(writer, `${FIXTURE_DIR}/scores.csv`);
    publisher = new SnapshotPublisher(writer, dir, 10);
    writer.onCommit(() => publisher.schedule());
    await publisher.publishNow();
  }, 60_000);

  afterAll(() => {
    writer?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('gives two read-only processes the same answers as the writer, while the writer holds its file', async () => {
    const runner = queryRunner(writer);
    const expected: unknown[][] = [];
    for (const [name, params] of QUERIES) {
      const rows = JSON.parse(serialise((await runner.run(name, params)).table, 'json') as string);
      expect(rows.length, name).toBeGreaterThan(0);
      expected.push(rows);
    }
    const [a, b] = await Promise.all([replicaAnswers(dir), replicaAnswers(dir)]);
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
  }, 240_000);

  it('publishes after a write, and a read-only database moves to the new snapshot', async () => {
    const saved = { ro: process.env.ITA_READ_ONLY, dir: process.env.ITA_SNAPSHOT_DIR };
    process.env.ITA_READ_ONLY = '1';
    process.env.ITA_SNAPSHOT_DIR = dir;
    try {
      const count = (db: Database) =>
        db.withConnection(async (c) =>
          Number((await c.runAndReadAll(`SELECT count(*) FROM score`)).getRows()[0]![0]),
        );
      const before = await getDatabase();
      expect(before.readOnly).toBe(true);
      const n = await count(before);
      const published = currentSnapshot(dir);
      // Through inTransaction on a connection, as the score import commits (import/commit.ts): it publishes too.
      await writer.withConnection((conn) =>
        inTransaction(conn, (c) =>
          c.run(
            `INSERT INTO score VALUES ('6940907', 2568, 'TOTAL', 90, 'synthetic', now()::TIMESTAMP, NULL)`,
          ),
        ),
      );
      for (let i = 0; i < 200 && currentSnapshot(dir) === published; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(currentSnapshot(dir)).not.toBe(published);
      await new Promise((r) => setTimeout(r, 300)); // the replica looks for a new snapshot every 250 ms
      const after = await getDatabase();
      expect(after).not.toBe(before);
      expect(await count(after)).toBe(n + 1);
      expect(await count(before)).toBe(n); // requests still on the old snapshot see it whole

      await expect(after.transaction(async () => undefined)).rejects.toThrow(
        /read-only snapshot.*send writes to the writer/,
      );
    } finally {
      process.env.ITA_READ_ONLY = saved.ro;
      process.env.ITA_SNAPSHOT_DIR = saved.dir;
      if (saved.ro === undefined) delete process.env.ITA_READ_ONLY;
      if (saved.dir === undefined) delete process.env.ITA_SNAPSHOT_DIR;
    }
  }, 60_000);

  it('copies table by table when the file cannot be copied (an in-memory database)', async () => {
    const memory = await openDatabase(':memory:');
    try {
      await loadFixtureScores(memory, `${FIXTURE_DIR}/scores.csv`);
      const file = await publishSnapshot(memory, path.join(tmp, 'from-memory'));
      const copy = await openReadOnlyDatabase(file);
      try {
        const total = (db: Database) =>
          db.withConnection(async (c) =>
            (await c.runAndReadAll(`SELECT count(*), sum(value) FROM score`))
              .getRows()[0]!
              .map(Number),
          );
        expect(await total(copy)).toEqual(await total(memory));
        expect(await copy.dataVersion()).toBe(await memory.dataVersion());
      } finally {
        copy.close();
      }
    } finally {
      memory.close();
    }
  }, 60_000);

  it('refuses web writes on a replica even to an admin, naming the writer', () => {
    const refusal = checkWriteAccess(cliActor(), 'report_store', true);
    expect(refusal).toMatchObject({ ok: false, status: 403, code: 'read_only' });
    expect(refusal.ok === false && refusal.message).toMatch(/writer/);
    expect(refusal.ok === false && refusal.message_th).toMatch(/อ่านได้อย่างเดียว/);
    expect(checkWriteAccess(cliActor(), 'report_store', false)).toEqual({ ok: true });
  });
});
