// Opens the one DuckDB database per process, migrates it, and hands out connections and transactions.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { databasePath } from '../paths';
import { instanceOptions } from './instance-options';
import { classifyOpenError } from './lock';
import { migrate } from './migrate';
import { rebuildDerived, type Refresh, type RefreshResult } from './derived';
import { commitListeners, inTransaction, transactions } from './transaction';
import { syncFrameworks } from '../frameworks/sync';
import { syncRegistry } from '../registry/sync';
import { syncOfficialFigures } from '../official/sync';
import {
  currentSnapshot,
  openSnapshotInstance,
  readOnlyMode,
  ReadOnlyError,
  snapshotDir,
  SnapshotPublisher,
} from './snapshot';

// Where callers have always found it; the syncs import it from ./transaction so as not to import this module.
export { inTransaction };

export class Database {
  /** Transactions begun in this process so far, and those still running (the snapshot copy checks both). */
  get transactionsStarted(): number {
    return transactions.started;
  }
  get activeTransactions(): number {
    return transactions.active;
  }

  constructor(
    readonly instance: DuckDBInstance,
    readonly path: string,
    /** A read-only replica (ITA_READ_ONLY): transactions are refused with a message naming the writer. */
    readonly readOnly = false,
  ) {}

  /**
   * Calls fn after each transaction committed in this process, by transaction() or inTransaction() (the snapshot
   * publisher listens here; a server holds one database, so every commit is one of its own).
   */
  onCommit(fn: () => void): void {
    commitListeners.add(fn);
  }

  /** Runs fn on a fresh connection, closed afterwards. */
  async withConnection<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const conn = await this.instance.connect();
    try {
      return await fn(conn);
    } finally {
      conn.closeSync();
    }
  }

  /**
   * Runs fn in one transaction: everything it wrote is kept, or nothing is. Bumps the data version on commit.
   * `refresh` says how the derived tables follow (see derived.ts): 'touched' only when fn records every
   * organisation-year it changes with touchOrgYears.
   */
  async transaction<T>(
    fn: (conn: DuckDBConnection) => Promise<T>,
    refresh: Refresh = 'full',
  ): Promise<T> {
    if (this.readOnly) throw new ReadOnlyError();
    return this.withConnection((conn) => inTransaction(conn, fn, refresh));
  }

  /**
   * Rebuilds every derived table from its definition in one transaction (`ita rebuild`); readers keep the old rows
   * until it commits. Nothing is recorded as touched, so the transaction's own refresh has nothing left to do.
   */
  async rebuild(): Promise<RefreshResult> {
    return this.transaction(rebuildDerived, 'touched');
  }

  private version: { value: number; epoch: number } | null = null;

  /**
   * The data version, read from db_meta once per commit made in this process: only this process can write its file
   * (a replica's snapshot never changes), so cached query results are looked up without opening a connection.
   */
  async dataVersion(): Promise<number> {
    const epoch = transactions.committed;
    if (this.version?.epoch === epoch) return this.version.value;
    const value = await this.withConnection(async (conn) => {
      const r = await conn.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'data_version'`);
      return Number(r.getRows()[0]?.[0] ?? 0);
    });
    // Kept only when no commit happened while it was read.
    if (transactions.committed === epoch) this.version = { value, epoch };
    return value;
  }

  close(): void {
    this.instance.closeSync();
  }
}

/** Opens a database at path and brings it up to date: migrations, framework files, the registry, official figures. */
export async function openDatabase(path: string = databasePath()): Promise<Database> {
  const instance = await DuckDBInstance.create(path, instanceOptions(path)).catch(
    (err: unknown) => {
      throw classifyOpenError(err, path);
    },
  );
  const db = new Database(instance, path);
  await db.withConnection(async (conn) => {
    const applied = await migrate(conn);
    const synced = await syncFrameworks(conn);
    await syncRegistry(conn);
    await syncOfficialFigures(conn);
    // A new migration or changed framework rules change what the derived tables hold.
    if (applied.length > 0 && !synced) await inTransaction(conn, async () => undefined);
  });
  return db;
}

/** Opens a database file READ_ONLY, as it is: no migration, no framework or registry sync, no writes. */
export async function openReadOnlyDatabase(path: string): Promise<Database> {
  return new Database(await openSnapshotInstance(path), path, true);
}

const opened = new Map<string, Promise<Database>>();

/**
 * With ITA_SNAPSHOT_DIR set on a writer, publishes a snapshot at open and after each commit (debounced), so
 * read-only servers (ITA_READ_ONLY=1 with the same ITA_SNAPSHOT_DIR) can serve it.
 */
async function openWriter(path: string, dir: string | null): Promise<Database> {
  const db = await openDatabase(path);
  if (dir) {
    const publisher = new SnapshotPublisher(
      db,
      dir,
      Number(process.env.ITA_SNAPSHOT_DELAY_MS ?? 1000),
    );
    db.onCommit(() => publisher.schedule());
    await publisher.publishNow();
  }
  return db;
}

/** How often a read-only server looks for a newer snapshot, ms. */
const SNAPSHOT_CHECK_MS = 250;
/** How long a replaced snapshot stays open for the requests still reading it, ms. */
const SNAPSHOT_GRACE_MS = 30_000;
let replica: { file: string; db: Promise<Database>; checkedAt: number } | null = null;

/** The newest published snapshot, opened read-only; the previous one closes after a grace period. */
function replicaDatabase(dir: string): Promise<Database> {
  const now = Date.now();
  if (replica && now - replica.checkedAt < SNAPSHOT_CHECK_MS) return replica.db;
  const file = currentSnapshot(dir);
  if (!file)
    return Promise.reject(
      new Error(
        `No snapshot has been published in ${dir} yet: start the writer with ITA_SNAPSHOT_DIR=${dir} first.`,
      ),
    );
  if (replica && replica.file === file) {
    replica.checkedAt = now;
    return replica.db;
  }
  const old = replica;
  const db = openReadOnlyDatabase(file);
  replica = { file, db, checkedAt: now };
  db.catch(() => {
    if (replica?.db === db) replica = old;
  });
  if (old)
    void old.db
      .then((d) => setTimeout(() => d.close(), SNAPSHOT_GRACE_MS).unref())
      .catch(() => undefined);
  return db;
}

/**
 * The process-wide database for path (default: ITA_DB or data/ita.duckdb), opened once. With ITA_READ_ONLY=1 it is
 * the latest snapshot of ITA_SNAPSHOT_DIR (or path itself when no folder is set), read-only.
 */
export function getDatabase(path: string = databasePath()): Promise<Database> {
  const dir = snapshotDir();
  if (readOnlyMode() && dir) return replicaDatabase(dir);
  let db = opened.get(path);
  if (!db) {
    db = readOnlyMode() ? openReadOnlyDatabase(path) : openWriter(path, dir);
    opened.set(path, db);
    db.catch(() => opened.delete(path));
  }
  return db;
}
