// Opens the one DuckDB database per process, migrates it, and hands out connections and transactions.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { databasePath } from '../paths';
import { classifyOpenError } from './lock';
import { migrate } from './migrate';
import {
  rebuildDerived,
  refreshDerived,
  startTouched,
  type Refresh,
  type RefreshResult,
} from './derived';
import { syncFrameworks } from '../frameworks/sync';
import { syncRegistry } from '../registry/sync';

export class Database {
  constructor(
    readonly instance: DuckDBInstance,
    readonly path: string,
  ) {}

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
    return this.withConnection((conn) => inTransaction(conn, fn, refresh));
  }

  /**
   * Rebuilds every derived table from its definition in one transaction (`ita rebuild`); readers keep the old rows
   * until it commits. Nothing is recorded as touched, so the transaction's own refresh has nothing left to do.
   */
  async rebuild(): Promise<RefreshResult> {
    return this.withConnection((conn) => inTransaction(conn, rebuildDerived, 'touched'));
  }

  async dataVersion(): Promise<number> {
    return this.withConnection(async (conn) => {
      const r = await conn.runAndReadAll(`SELECT value FROM db_meta WHERE key = 'data_version'`);
      return Number(r.getRows()[0]?.[0] ?? 0);
    });
  }

  close(): void {
    this.instance.closeSync();
  }
}

/**
 * Runs fn inside BEGIN/COMMIT on the given connection; rolls back and rethrows on any error. With refresh 'touched'
 * the derived tables are refreshed for the organisation-years fn recorded (touchOrgYears), otherwise rebuilt whole.
 */
export async function inTransaction<T>(
  conn: DuckDBConnection,
  fn: (conn: DuckDBConnection) => Promise<T>,
  refresh: Refresh = 'full',
): Promise<T> {
  await conn.run('BEGIN TRANSACTION');
  try {
    await startTouched(conn);
    const result = await fn(conn);
    // Derived tables follow the data in the same transaction, so readers never see them out of step.
    await refreshDerived(conn, refresh);
    await conn.run(
      `UPDATE db_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'data_version'`,
    );
    await conn.run('COMMIT');
    return result;
  } catch (err) {
    await conn.run('ROLLBACK');
    throw err;
  }
}

/** Opens a database at path and brings it up to date: migrations, framework files, the organisation registry. */
export async function openDatabase(path: string = databasePath()): Promise<Database> {
  const instance = await DuckDBInstance.create(path).catch((err: unknown) => {
    throw classifyOpenError(err, path);
  });
  const db = new Database(instance, path);
  await db.withConnection(async (conn) => {
    const applied = await migrate(conn);
    const synced = await syncFrameworks(conn);
    await syncRegistry(conn);
    // A new migration or changed framework rules change what the derived tables hold.
    if (applied.length > 0 && !synced) await inTransaction(conn, async () => undefined);
  });
  return db;
}

const opened = new Map<string, Promise<Database>>();

/** The process-wide database for path (default: ITA_DB or data/ita.duckdb), opened once. */
export function getDatabase(path: string = databasePath()): Promise<Database> {
  let db = opened.get(path);
  if (!db) {
    db = openDatabase(path);
    opened.set(path, db);
    db.catch(() => opened.delete(path));
  }
  return db;
}
