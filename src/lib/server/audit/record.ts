// Writes audit_log rows on the connection of the write they record, inside its transaction (never a transaction of its own).
import { LIST, VARCHAR, listValue, type DuckDBConnection } from '@duckdb/node-api';
import type { AuditAction } from '../../audit/actions';
import type { Actor } from '../auth/actor';
import { insertRows, type InsertColumn } from '../ingest/insert-rows';

/** What one write did. Only `action` is required; the actor comes separately (who, how, from where). */
export interface AuditEntry {
  action: AuditAction;
  /** The organisations whose data the write changed (DLA codes). */
  orgCodes?: readonly (string | null)[];
  /** Their provinces (2 digits). Default: looked up from orgCodes in the org table. */
  provinceCodes?: readonly string[];
  /** The file written (score file, report), or the report a correction is about. */
  file?: { hash: string | null; name: string | null } | null;
  /** What the write amounted to, as JSON. */
  counts?: Record<string, unknown> | null;
  /** Corrections and user changes: the changed fields before and after. Never a password or a token. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** One line a person reads on the admin page. */
  message?: string | null;
  /** When the write happened (default: now); corrections pass their own time so both agree. */
  at?: Date;
}

// JSON columns are bound as text: DuckDB casts it to JSON on insert, and refuses text that is not JSON.
const COLUMNS: InsertColumn[] = [
  { name: 'changed_at', type: VARCHAR, cast: 'TIMESTAMP' },
  { name: 'via', type: VARCHAR },
  { name: 'actor_name', type: VARCHAR },
  { name: 'user_id', type: VARCHAR },
  { name: 'ip', type: VARCHAR },
  { name: 'action', type: VARCHAR },
  { name: 'org_codes', type: LIST(VARCHAR) },
  { name: 'province_codes', type: LIST(VARCHAR) },
  { name: 'file_hash', type: VARCHAR },
  { name: 'file_name', type: VARCHAR },
  { name: 'counts', type: VARCHAR },
  { name: 'before', type: VARCHAR },
  { name: 'after', type: VARCHAR },
  { name: 'message', type: VARCHAR },
];

/** DuckDB TIMESTAMP text of a moment, in UTC (as the other write tables keep it). */
const utc = (d: Date): string => d.toISOString().replace('T', ' ').replace('Z', '');

const json = (v: Record<string, unknown> | null | undefined): string | null =>
  v === null || v === undefined
    ? null
    : JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));

/** The province of each of these organisation codes that has one. */
async function provincesOf(
  conn: DuckDBConnection,
  codes: readonly string[],
): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = (
    await conn.runAndReadAll(
      `SELECT code, province_code FROM org
       WHERE code IN (SELECT unnest($codes)) AND province_code IS NOT NULL`,
      { codes: listValue([...codes]) },
      { codes: LIST(VARCHAR) },
    )
  ).getRowsJS() as [string, string][];
  return new Map(rows);
}

const distinctSorted = (values: Iterable<string | null | undefined>): string[] =>
  [...new Set([...values].filter((v): v is string => typeof v === 'string' && v !== ''))].sort();

/**
 * Records one or more writes by `actor`. Call it on the write's own connection inside its transaction, after the
 * write: if the write rolls back the rows go with it, and if this insert fails (the actor is not one the table
 * accepts) the write rolls back with it.
 */
export async function recordAudit(
  conn: DuckDBConnection,
  actor: Actor,
  entries: AuditEntry | readonly AuditEntry[],
): Promise<void> {
  const list: readonly AuditEntry[] = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (list.length === 0) return;
  const orgs = list.map((e) => distinctSorted(e.orgCodes ?? []));
  const lookup = list.some((e) => e.provinceCodes === undefined)
    ? await provincesOf(conn, distinctSorted(orgs.flat()))
    : new Map<string, string>();
  const now = new Date();
  await insertRows(
    conn,
    'audit_log',
    COLUMNS,
    list.map((e, i) => [
      utc(e.at ?? now),
      actor.via,
      actor.name,
      actor.userId,
      actor.ip,
      e.action,
      listValue(orgs[i]!),
      listValue(distinctSorted(e.provinceCodes ?? orgs[i]!.map((c) => lookup.get(c)))),
      e.file?.hash ?? null,
      e.file?.name ?? null,
      json(e.counts),
      json(e.before),
      json(e.after),
      e.message ?? null,
    ]),
  );
}
