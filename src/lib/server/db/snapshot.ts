// Read-only replicas: the writer publishes consistent DuckDB snapshots into a folder with an atomically renamed
// `current` pointer; read-only processes open the snapshot it names and move to a newer one when it changes.
//
// DuckDB lets one process write a database file, and nobody else open it while it does; any number of processes may
// open a file READ_ONLY when nobody writes it. So readers never share the writer's file: they read copies.
import { DuckDBInstance } from '@duckdb/node-api';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database';
import { instanceOptions } from './instance-options';

/** The folder snapshots are published to (writer) or read from (read-only servers). */
export const SNAPSHOT_DIR_ENV = 'ITA_SNAPSHOT_DIR';
/** Set to 1 (or true) to serve the latest snapshot read-only and refuse writes. */
export const READ_ONLY_ENV = 'ITA_READ_ONLY';
/** Where writes go, shown to people whose write a read-only server refused. */
export const WRITER_URL_ENV = 'ITA_WRITER_URL';
/** The file in the snapshot folder that names the current snapshot. */
export const CURRENT = 'current';
/** How many snapshots stay on disk: a reader that has not switched yet keeps reading the one before. */
const KEEP = 3;

type Env = Record<string, string | undefined>;

export const snapshotDir = (env: Env = process.env): string | null =>
  env[SNAPSHOT_DIR_ENV]?.trim() || null;
export const readOnlyMode = (env: Env = process.env): boolean =>
  ['1', 'true', 'yes'].includes((env[READ_ONLY_ENV] ?? '').trim().toLowerCase());

export class ReadOnlyError extends Error {
  constructor(env: Env = process.env) {
    const writer = env[WRITER_URL_ENV]?.trim();
    super(
      `This server serves a read-only snapshot (${READ_ONLY_ENV}=1) and cannot store anything: send writes to the ` +
        `writer${writer ? ` at ${writer}` : ' (the one server started without ITA_READ_ONLY)'}. / เซิร์ฟเวอร์นี้อ่านได้อย่างเดียว ` +
        `กรุณาบันทึกข้อมูลที่เซิร์ฟเวอร์หลัก${writer ? ` ${writer}` : ''}`,
    );
  }
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The snapshot file `current` names, or null when nothing was published yet. */
export function currentSnapshot(dir: string): string | null {
  try {
    const name = fs.readFileSync(path.join(dir, CURRENT), 'utf8').trim();
    return name ? path.join(dir, name) : null;
  } catch {
    return null;
  }
}

let sequence = 0;

/**
 * The fast way: CHECKPOINT (the file then holds every committed change, the WAL is empty) and copy the file, when no
 * transaction ran meanwhile. Seconds faster than COPY FROM DATABASE on the national data; false when it cannot be
 * sure the copy is whole (a write started, an in-memory database), and the caller copies table by table instead.
 */
async function copyCheckpointedFile(db: Database, tmp: string, version: number): Promise<boolean> {
  if (db.path === ':memory:' || !fs.existsSync(db.path) || db.activeTransactions > 0) return false;
  const started = db.transactionsStarted;
  const quiet = () => db.activeTransactions === 0 && db.transactionsStarted === started;
  try {
    await db.withConnection((conn) => conn.run('CHECKPOINT'));
    if (!quiet()) return false;
    await fs.promises.copyFile(db.path, tmp);
    if (!quiet()) throw new Error('a write began during the copy');
    // The copy must open and hold the version the writer had.
    const instance = await DuckDBInstance.create(tmp, { access_mode: 'READ_ONLY' });
    try {
      const conn = await instance.connect();
      const r = await conn.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'data_version'`);
      conn.closeSync();
      if (Number(r.getRows()[0]?.[0]) !== version)
        throw new Error('the copy holds another version');
    } finally {
      instance.closeSync();
    }
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * Copies the database, as one transaction sees it (or as the last checkpoint left it), into a new file in dir and points `current` at it (write to a
 * temporary name, then rename: a reader sees the old pointer or the new one, never half a file). Returns its path.
 */
export async function publishSnapshot(db: Database, dir: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const version = await db.dataVersion();
  const name = `snap-${String(version).padStart(8, '0')}-${Date.now()}-${process.pid}-${sequence++}.duckdb`;
  const file = path.join(dir, name);
  const tmp = `${file}.tmp`;
  if (!(await copyCheckpointedFile(db, tmp, version)))
    await db.withConnection(async (conn) => {
      const source = String(
        (await conn.runAndReadAll('SELECT current_database()')).getRows()[0]![0],
      );
      const alias = `snapshot_out_${process.pid}_${sequence}`;
      await conn.run(`ATTACH ${quote(tmp)} AS ${ident(alias)}`);
      try {
        await conn.run(`COPY FROM DATABASE ${ident(source)} TO ${ident(alias)}`);
      } finally {
        await conn.run(`DETACH ${ident(alias)}`);
      }
    });
  fs.renameSync(tmp, file);
  const pointer = path.join(dir, `${CURRENT}.${process.pid}.tmp`);
  fs.writeFileSync(pointer, name);
  fs.renameSync(pointer, path.join(dir, CURRENT));
  pruneSnapshots(dir, name);
  return file;
}

function pruneSnapshots(dir: string, keep: string): void {
  const snaps = fs
    .readdirSync(dir)
    .filter((f) => /^snap-.*\.duckdb$/.test(f) && f !== keep)
    .sort();
  // Deleting a file a reader still has open is safe on Linux: the reader keeps its copy until it closes it.
  for (const f of snaps.slice(0, Math.max(0, snaps.length - (KEEP - 1))))
    fs.rmSync(path.join(dir, f), { force: true });
}

/**
 * Publishes after writes, at most one copy at a time and not more often than every `delayMs`: a burst of uploads
 * makes one snapshot. Errors are reported, not thrown: a failed copy must not fail the write that caused it.
 */
export class SnapshotPublisher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;
  last: Promise<string | null> = Promise.resolve(null);

  constructor(
    private readonly db: Database,
    readonly dir: string,
    private readonly delayMs = 1000,
    private readonly onError: (err: unknown) => void = (err) =>
      console.error(`snapshot not published: ${String(err)}`),
  ) {}

  schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.delayMs);
    this.timer.unref();
  }

  /** Publishes now (waiting for a copy already under way), e.g. at start-up. */
  async publishNow(): Promise<string | null> {
    if (this.running) await this.running;
    return this.run();
  }

  private run(): Promise<string | null> {
    this.timer = null;
    const p = publishSnapshot(this.db, this.dir).catch((err) => {
      this.onError(err);
      return null;
    });
    this.running = p;
    this.last = p.finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    });
    return this.last;
  }
}

/** Opens a snapshot file READ_ONLY (several processes may do so at once). */
export async function openSnapshotInstance(file: string): Promise<DuckDBInstance> {
  return DuckDBInstance.create(file, { ...instanceOptions(file), access_mode: 'READ_ONLY' });
}
