// Runs work in one transaction on a connection: BEGIN/COMMIT or ROLLBACK, the derived tables refreshed, the data
// version bumped. Apart from database.ts so that the syncs database.ts runs at open can import it without a cycle.
import type { DuckDBConnection } from '@duckdb/node-api';
import { refreshDerived, startTouched, type Refresh } from './derived';

/** Transactions begun in this process, those still running and those committed (Database reads them). */
export const transactions = { started: 0, active: 0, committed: 0 };
/** Called after each commit in this process (Database.onCommit adds to it). */
export const commitListeners = new Set<() => void>();

/**
 * Runs fn inside BEGIN/COMMIT on the given connection; rolls back and rethrows on any error. With refresh 'touched'
 * the derived tables are refreshed for the organisation-years fn recorded (touchOrgYears), otherwise rebuilt whole.
 */
export async function inTransaction<T>(
  conn: DuckDBConnection,
  fn: (conn: DuckDBConnection) => Promise<T>,
  refresh: Refresh = 'full',
): Promise<T> {
  transactions.started++;
  transactions.active++;
  try {
    const result = await inTransactionOnce(conn, fn, refresh);
    transactions.committed++;
    for (const listener of commitListeners) listener();
    return result;
  } finally {
    transactions.active--;
  }
}

async function inTransactionOnce<T>(
  conn: DuckDBConnection,
  fn: (conn: DuckDBConnection) => Promise<T>,
  refresh: Refresh,
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
