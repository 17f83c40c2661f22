// Reads the audit log for the admin page: the filters from the URL, one page of rows newest first, or every filtered row for an export.
import fs from 'node:fs';
import { LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { Database } from '../db/database';
import { projectPath } from '../paths';
import { bindParams, QueryParamError } from '../queries/query-params';
import { parseQuerySpec, type QuerySpec } from '../queries/query-spec';

export { QueryParamError as AuditFilterError };

export const AUDIT_PAGE_SIZE = 50;
/** An export holds at most this many rows (the newest); the page says to narrow the filters beyond it. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/** The URL parameters the page and its exports read, in the order the form shows them. */
export const AUDIT_FILTER_KEYS = [
  'from',
  'to',
  'actor',
  'action',
  'via',
  'org',
  'province',
] as const;
export type AuditFilter = Partial<Record<(typeof AUDIT_FILTER_KEYS)[number], string>>;

export interface AuditRow {
  id: number;
  changed_at: string;
  via: string;
  actor_name: string;
  user_id: string | null;
  ip: string | null;
  action: string;
  org_count: number;
  org_codes: string[];
  province_codes: string[];
  file_hash: string | null;
  file_name: string | null;
  counts: string | null;
  before: string | null;
  after: string | null;
  message: string | null;
}

export interface AuditPage {
  filter: AuditFilter;
  rows: AuditRow[];
  total: number;
  page: number;
  pages: number;
  /** Short names of the organisations the page's rows name. */
  orgNames: Record<string, string>;
}

const SQL_FILE = ['src', 'lib', 'server', 'audit', 'audit_log_rows.sql'];
let spec: QuerySpec | null = null;
function auditSpec(): QuerySpec {
  spec ??= parseQuerySpec(
    'audit_log_rows',
    fs.readFileSync(projectPath(...SQL_FILE), 'utf8'),
    SQL_FILE.join('/'),
  );
  return spec;
}

const isRealDate = (text: string): boolean => {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
};

/** The filters of a URL, checked: a bad value is an AuditFilterError naming the parameter. */
export function auditFilter(search: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const v = search.get(key)?.trim();
    if (v) filter[key] = v;
  }
  // Checked here once, so the page and the exports refuse the same values with the same words.
  bindParams(auditSpec(), { ...filter, limit: '1', offset: '0' });
  for (const key of ['from', 'to'] as const)
    if (filter[key] && !isRealDate(filter[key]))
      throw new QueryParamError(key, `Parameter '${key}' is not a date (got '${filter[key]}')`);
  return filter;
}

/** The page number of a URL (1 when absent); a bad one is an AuditFilterError. */
export function auditPageNumber(search: URLSearchParams): number {
  const raw = search.get('page');
  if (raw === null || raw === '') return 1;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1)
    throw new QueryParamError(
      'page',
      `Parameter 'page' must be a whole number from 1 (got '${raw}')`,
    );
  return Number(raw);
}

async function readRows(
  db: Database,
  filter: AuditFilter,
  limit: number,
  offset: number,
): Promise<{ rows: AuditRow[]; total: number }> {
  const bound = bindParams(auditSpec(), {
    ...filter,
    limit: String(limit),
    offset: String(offset),
  });
  return db.withConnection(async (conn) => {
    const result = await conn.runAndReadAll(auditSpec().sql, bound.values, bound.types);
    const raw = result.getRowObjectsJS() as Record<string, unknown>[];
    const total = raw.length > 0 ? Number(raw[0]!.total) : 0;
    const rows = raw.map(({ total: _total, ...r }) => ({
      ...r,
      id: Number(r.id),
      org_count: Number(r.org_count),
    })) as unknown as AuditRow[];
    return { rows, total };
  });
}

/** One page of the filtered log, newest first, with the names of the organisations it names. */
export async function auditPage(
  db: Database,
  filter: AuditFilter,
  page: number,
): Promise<AuditPage> {
  const { rows, total } = await readRows(db, filter, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE);
  const codes = [...new Set(rows.flatMap((r) => r.org_codes))];
  const orgNames: Record<string, string> = {};
  if (codes.length > 0)
    await db.withConnection(async (conn) => {
      const r = await conn.runAndReadAll(
        `SELECT code, short_name_th FROM org WHERE code IN (SELECT unnest($codes))`,
        { codes: listValue(codes) },
        { codes: LIST(VARCHAR) },
      );
      for (const [code, name] of r.getRowsJS()) orgNames[String(code)] = String(name);
    });
  return {
    filter,
    rows,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    orgNames,
  };
}

/** Every filtered row (the newest AUDIT_EXPORT_LIMIT), for the CSV and XLSX exports. */
export async function auditExportRows(
  db: Database,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; total: number }> {
  return readRows(db, filter, AUDIT_EXPORT_LIMIT, 0);
}
