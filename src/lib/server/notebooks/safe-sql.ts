// Runs a notebook's SQL safely: one SELECT checked by DuckDB's own parser against a list of readable relations and
// functions, in a read-only transaction on a connection of its own, stopped after a time limit and a row limit.
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBTypeId } from '@duckdb/node-api';
import type { Database } from '../db/database';
import type { ResultColumn } from '../../features/notebooks/notebook-types';

/**
 * Why this design (tried on DuckDB 1.5.6): a second instance opened READ_ONLY on the file the server holds read-write
 * opens in the same process (DuckDB's file lock is per process) but reads a file another instance is checkpointing,
 * which DuckDB does not support; and `SET enable_external_access=false` is global, so setting it on a notebook
 * connection switched off the app's own COPY and read_csv. So notebook SQL runs on a fresh connection of the app's
 * instance, and what it may touch is decided before it runs, from the parse tree DuckDB gives (json_serialize_sql):
 * one SELECT statement, reading only the relations below, calling no table function outside TABLE_FUNCTIONS and no
 * function that reaches files, settings or sequences. It runs inside BEGIN TRANSACTION READ ONLY, so a write that got
 * past the check would still be refused by DuckDB itself.
 */

/** The tables and views a notebook may read: the data the pages show, never accounts, sessions, tokens or the audit log. */
export const READABLE_RELATIONS: ReadonlySet<string> = new Set([
  'org',
  'org_code_alias',
  'org_lineage',
  'org_registry_change',
  'org_year',
  'org_year_lineage',
  'score_current',
  'indicator_value',
  'indicator_median',
  'indicator_stats',
  'measure_current',
  'report_current',
  'report',
  'claim',
  'framework',
  'framework_indicator',
  'framework_grade',
  'official_source',
  'official_national',
  'official_by_type',
  'official_rating',
  'official_type_figure',
  'import_batch',
]);

/** Table functions a notebook may call: generators and the app's own table macros over the readable data (022). */
const TABLE_FUNCTIONS: ReadonlySet<string> = new Set([
  'range',
  'generate_series',
  'unnest',
  'org_in_area',
  'similar_orgs',
  'peer_values',
  'weak_flags',
]);

/** Scalar functions that reach outside the query's rows: files, settings, the environment, sequences, extensions. */
const REFUSED_FUNCTION =
  /^(read_|duckdb_|pragma_|parquet_|glob$|getenv$|current_setting$|nextval$|currval$|setseed$|query$|query_table$|sql_auto_complete$|which_secret$|load_extension$|install_extension$|json_serialize_sql$|json_deserialize_sql$|json_execute_serialized_sql$)/;

export interface SafeLimits {
  /** Stop the query after this many milliseconds. */
  timeoutMs: number;
  /** Refuse a result with more rows than this. */
  rowLimit: number;
}

export const DEFAULT_LIMITS: SafeLimits = { timeoutMs: 10_000, rowLimit: 5_000 };

/** A notebook block's SQL that was refused or failed: the message is shown in place of the block. */
export class NotebookSqlError extends Error {}

export interface SafeResult {
  columns: ResultColumn[];
  rows: Record<string, unknown>[];
}

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) for (const x of node) walk(x, visit);
  else if (node && typeof node === 'object') {
    visit(node as Node);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

const qualified = (n: Node): string =>
  [n.catalog_name, n.schema_name, n.table_name].filter((x) => typeof x === 'string' && x).join('.');

/** What DuckDB's parser says the statement is; throws NotebookSqlError naming what is refused. */
export async function checkStatement(conn: DuckDBConnection, sql: string): Promise<void> {
  const reader = await conn.runAndReadAll('SELECT json_serialize_sql(CAST($1 AS VARCHAR))', [sql]);
  const tree = JSON.parse(String(reader.getRows()[0]?.[0])) as {
    error: boolean;
    error_message?: string;
    statements?: unknown[];
  };
  if (tree.error) {
    // DuckDB serialises only SELECT statements: anything else (COPY, ATTACH, INSTALL, SET, INSERT…) lands here.
    const notSelect = /Only SELECT/i.test(tree.error_message ?? '');
    throw new NotebookSqlError(
      notSelect
        ? 'Only one SELECT (or WITH … SELECT) statement may run in a notebook: COPY, ATTACH, INSTALL, LOAD, SET, PRAGMA, CREATE, INSERT, UPDATE, DELETE and EXPORT are refused / สมุดวิเคราะห์รันได้เฉพาะคำสั่ง SELECT เดียว'
        : `SQL error: ${tree.error_message}`,
    );
  }
  if (tree.statements?.length !== 1)
    throw new NotebookSqlError(
      `A sql block holds exactly one SELECT statement (found ${tree.statements?.length ?? 0}) / บล็อก sql มีได้คำสั่งเดียว`,
    );
  const ctes = new Set<string>();
  walk(tree.statements, (n) => {
    const map = (n.cte_map as { map?: { key: string }[] } | undefined)?.map;
    for (const e of map ?? []) ctes.add(e.key.toLowerCase());
  });
  walk(tree.statements, (n) => {
    if (n.type === 'BASE_TABLE') {
      const name = String(n.table_name).toLowerCase();
      const schema = String(n.schema_name ?? '').toLowerCase();
      const catalog = String(n.catalog_name ?? '').toLowerCase();
      const local = !catalog && (!schema || schema === 'main');
      if (!(local && (READABLE_RELATIONS.has(name) || ctes.has(name))))
        throw new NotebookSqlError(
          `'${qualified(n)}' cannot be read from a notebook: files, URLs and other databases are refused, and only these tables and views are open: ${[...READABLE_RELATIONS].join(', ')} / อ่านได้เฉพาะตารางข้อมูลของระบบ`,
        );
    } else if (n.type === 'TABLE_FUNCTION') {
      const fn = (n.function as Node | undefined)?.function_name;
      const name = String(fn).toLowerCase();
      if (!TABLE_FUNCTIONS.has(name))
        throw new NotebookSqlError(
          `The table function ${name}() is refused in notebooks (no files, URLs or settings); allowed: ${[...TABLE_FUNCTIONS].join(', ')} / ฟังก์ชัน ${name}() ใช้ในสมุดวิเคราะห์ไม่ได้`,
        );
    } else if (n.class === 'FUNCTION' && typeof n.function_name === 'string') {
      const name = n.function_name.toLowerCase();
      if (REFUSED_FUNCTION.test(name))
        throw new NotebookSqlError(
          `The function ${name}() is refused in notebooks: it reads files, settings or sequences / ฟังก์ชัน ${name}() ใช้ในสมุดวิเคราะห์ไม่ได้`,
        );
    }
  });
}

/** The table's kind of a result column: numbers by DuckDB type, years and shares by the column's name. */
function columnKind(name: string, typeId: DuckDBTypeId): ResultColumn['kind'] {
  switch (typeId) {
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.UBIGINT:
      return /(^|_)(year|fiscal_year|compare)$/.test(name) ? 'year' : 'integer';
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.DECIMAL:
      return /(^|_)share$/.test(name) ? 'share' : 'number';
    case DuckDBTypeId.BOOLEAN:
      return 'boolean';
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY:
      return 'list';
    default:
      return 'text';
  }
}

/** Plain values that survive JSON and the page's serialiser: bigints as numbers, dates as ISO text. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

/**
 * Checks and runs one notebook SELECT with its parameters bound as values ($year, $province…; only those the SQL
 * names are bound). Refusals, SQL errors, the time limit and the row limit all come back as NotebookSqlError.
 */
export async function runSafeSql(
  db: Database,
  sql: string,
  params: Record<string, string | number | null>,
  limits: SafeLimits = DEFAULT_LIMITS,
): Promise<SafeResult> {
  const conn = await db.instance.connect();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    conn.interrupt();
  }, limits.timeoutMs);
  try {
    await checkStatement(conn, sql);
    await conn.run('BEGIN TRANSACTION READ ONLY');
    try {
      const prepared = await conn.prepare(sql);
      const values: Record<string, string | number | null> = {};
      for (let i = 1; i <= prepared.parameterCount; i++) {
        const name = prepared.parameterName(i);
        if (!(name in params))
          throw new NotebookSqlError(
            `The SQL uses $${name}, which is not a parameter of this notebook (declared: ${
              Object.keys(params)
                .map((k) => `$${k}`)
                .join(', ') || 'none'
            }) / ไม่มีพารามิเตอร์ $${name}`,
          );
        values[name] = params[name] ?? null;
      }
      if (prepared.parameterCount > 0) prepared.bind(values);
      const reader = await prepared.streamAndReadUntil(limits.rowLimit + 1);
      if (reader.currentRowCount > limits.rowLimit)
        throw new NotebookSqlError(
          `The result has more than ${limits.rowLimit} rows: aggregate it, or add a LIMIT / ผลลัพธ์เกิน ${limits.rowLimit} แถว`,
        );
      const names = reader.columnNames();
      const columns = names.map((name, i) => ({
        name,
        kind: columnKind(name, reader.columnTypeId(i)),
      }));
      const rows = reader.getRowObjectsJS().map((r) => {
        const out: Record<string, unknown> = {};
        for (const n of names) out[n] = plain(r[n]);
        return out;
      });
      return { columns, rows };
    } finally {
      await conn.run('ROLLBACK').catch(() => undefined);
    }
  } catch (err) {
    if (timedOut)
      throw new NotebookSqlError(
        `The query was stopped after ${limits.timeoutMs / 1000} s: narrow it (a year, a province) or aggregate earlier / คำสั่งถูกหยุดเมื่อครบ ${limits.timeoutMs / 1000} วินาที`,
      );
    if (err instanceof NotebookSqlError) throw err;
    throw new NotebookSqlError(`SQL error: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
    conn.closeSync();
  }
}
