// Keeps the derived tables (score_current, org_year, measure_current, indicator_value, indicator_median) in step with
// the data inside each write transaction: all of them, or only the organisation-years the write touched.
//
// How a write says what it touched: every transaction starts with an empty TEMP table touched_org_year on its
// connection, and a writer that asks for a 'touched' refresh records there the organisation-years it changes, with
// touchOrgYears (SQL over the rows it writes: an import's staged scores, a report's organisation and year, the scores
// a supersede hides), and, when it knows, whether it changed only scores or only measures. A transaction that does
// not ask gets a full rebuild, so a writer that was never taught about keys is slow, not wrong; the property test
// (derived.test.ts) checks that every writer that asks records enough.
//
// How the touched rows are refreshed (migration 015): the keys go into refresh_key, and each table is filled from its
// definition's macro over inputs restricted to those keys (`x_of('..._keyed')`), so the work scales with what was
// touched, from one organisation-year to a national file.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { VARCHAR } from '@duckdb/node-api';

/** 'full' rebuilds every derived table; 'touched' refreshes the organisation-years in touched_org_year only. */
export type Refresh = 'full' | 'touched';

/** What a write changed of an organisation-year: its scores, its measures (reports), or (null) both or unknown. */
export type Touched = 'scores' | 'measures';

interface Group {
  /** The derived tables keyed by organisation-year, in dependency order, and the macro argument of their keyed inputs. */
  tables: readonly { name: string; keyed: string }[];
  /** Whether the group's area statistics (indicator_median) follow. */
  medians: boolean;
}

/**
 * The derived tables by what they are computed from: scores (score_current, then org_year and indicator_value read
 * it, then the medians read indicator_value) or measures and reports (measure_current). A write that changed only
 * scores (a score import) leaves measure_current alone, which is most of a full rebuild's cost.
 */
const GROUPS: Record<Touched, Group> = {
  scores: {
    tables: [
      { name: 'score_current', keyed: `'score_keyed'` },
      { name: 'org_year', keyed: `'score_current_keyed'` },
      { name: 'indicator_value', keyed: `'score_current_keyed'` },
    ],
    medians: true,
  },
  measures: {
    tables: [{ name: 'measure_current', keyed: `'measure_keyed', 'report_current_keyed'` }],
    medians: false,
  },
};
const MEDIAN = 'indicator_median';
const DERIVED: readonly string[] = [
  'score_current',
  'org_year',
  'measure_current',
  'indicator_value',
  MEDIAN,
];

/**
 * Above this share of all organisation-years a group is rebuilt whole rather than by keys: a rebuild writes every row
 * in order (good row-group ranges for the pages' reads) and, past this point, costs no more (bench-derived.ts).
 */
export const FULL_REBUILD_SHARE = 0.5;

/** Called by inTransaction after BEGIN: an empty touched_org_year for this transaction. */
export async function startTouched(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    'CREATE TEMP TABLE IF NOT EXISTS touched_org_year (org_code VARCHAR, fiscal_year INTEGER, what VARCHAR)',
  );
  await conn.run('DELETE FROM touched_org_year');
}

/**
 * Records organisation-years this transaction changes. `select` returns (org_code, fiscal_year) in that order, e.g.
 * the staged rows of an import or the scores about to be superseded; call it before the rows it reads change.
 * `what` narrows the refresh to the tables that depend on it (omit it when unsure: both are refreshed).
 * Rows with a null organisation or year are ignored (they derive nothing).
 */
export async function touchOrgYears(
  conn: DuckDBConnection,
  select: string,
  params?: Record<string, DuckDBValue>,
  what: Touched | null = null,
): Promise<void> {
  await conn.run(
    `INSERT INTO touched_org_year SELECT *, $touched_what FROM (${select})`,
    { ...params, touched_what: what },
    { touched_what: VARCHAR },
  );
}

/** Records one organisation-year; nothing when either is null. */
export async function touchOrgYear(
  conn: DuckDBConnection,
  orgCode: string | null,
  fiscalYear: number | null,
  what: Touched | null = null,
): Promise<void> {
  if (orgCode === null || fiscalYear === null) return;
  await conn.run(
    'INSERT INTO touched_org_year VALUES ($org, $fy, $touched_what)',
    { org: orgCode, fy: fiscalYear, touched_what: what },
    { touched_what: VARCHAR },
  );
}

/** What a refresh did, for `ita rebuild` and the benchmark. */
export interface RefreshResult {
  refresh: Refresh;
  /** Organisation-years refreshed (for a full rebuild: every one). */
  orgYears: number;
  /** Rows written into each derived table. */
  rows: Record<string, number>;
}

async function presentTables(conn: DuckDBConnection): Promise<Set<string>> {
  return new Set(
    (await conn.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'`))
      .getRows()
      .map((r) => String(r[0])),
  );
}

/** Rows go in by fiscal year and organisation, so DuckDB's per-row-group min/max skip most of a table on a read. */
const orderOf = (name: string) =>
  name === MEDIAN ? 'fiscal_year, peer, area' : 'fiscal_year, org_code';

/**
 * Rebuilds derived tables from their views: every one, or those of one group. Before migrations 011-014 some of
 * them are views (or absent), with nothing to rebuild.
 */
export async function rebuildDerived(
  conn: DuckDBConnection,
  only?: Touched,
): Promise<RefreshResult> {
  const present = await presentTables(conn);
  const names = only
    ? [...GROUPS[only].tables.map((t) => t.name), ...(GROUPS[only].medians ? [MEDIAN] : [])]
    : DERIVED;
  const rows: Record<string, number> = {};
  for (const name of names) {
    if (!present.has(name)) continue;
    await conn.run(`DELETE FROM ${name}`);
    const r = await conn.run(
      `INSERT INTO ${name} SELECT * FROM ${name}_v ORDER BY ${orderOf(name)}`,
    );
    rows[name] = Number(r.rowsChanged);
  }
  return { refresh: 'full', orgYears: rows.org_year ?? 0, rows };
}

/**
 * The derived tables whose view still reads its migration-015 macro. A later migration that replaces a view without
 * its macro makes the keyed refresh filter that view instead: slower, but never computed from a stale definition.
 */
async function tablesWithMacros(conn: DuckDBConnection): Promise<Set<string>> {
  const views = (
    await conn.runAndReadAll(
      `SELECT view_name, sql FROM duckdb_views() WHERE schema_name = 'main' AND view_name LIKE '%\\_v' ESCAPE '\\'`,
    )
  ).getRows();
  const out = new Set<string>();
  for (const [view, sql] of views) {
    const name = String(view).slice(0, -2);
    // Only the exact form 015 gives it: a view that wraps the macro in anything else defines something else.
    const pattern = new RegExp(
      `^CREATE (OR REPLACE )?VIEW ${name}_v AS SELECT \\* FROM ${name}_of\\([^()]*\\);?$`,
    );
    if (pattern.test(String(sql).replace(/\s+/g, ' ').trim())) out.add(name);
  }
  return out;
}

/** Refreshes one group's tables for the organisation-years in refresh_key. */
async function refreshKeyed(
  conn: DuckDBConnection,
  group: Group,
  macros: Set<string>,
  rows: Record<string, number>,
): Promise<void> {
  const inKeys = '(org_code, fiscal_year) IN (SELECT org_code, fiscal_year FROM refresh_key)';
  for (const { name, keyed } of group.tables) {
    await conn.run(`DELETE FROM ${name} WHERE ${inKeys}`);
    const source = macros.has(name)
      ? `${name}_of(${keyed})`
      : `(SELECT * FROM ${name}_v WHERE ${inKeys})`;
    const r = await conn.run(
      `INSERT INTO ${name} SELECT * FROM ${source} ORDER BY ${orderOf(name)}`,
    );
    rows[name] = (rows[name] ?? 0) + Number(r.rowsChanged);
  }
  if (!group.medians) return;
  // The areas whose medians may have moved: each touched organisation's district, province and type in that year
  // (the view refresh_area); the keyed views hold every indicator value of those areas.
  await conn.run(`DELETE FROM ${MEDIAN} m WHERE EXISTS (SELECT 1 FROM refresh_area a
    WHERE a.fiscal_year = m.fiscal_year AND a.peer = m.peer AND a.area IS NOT DISTINCT FROM m.area)`);
  const source = macros.has(MEDIAN)
    ? `${MEDIAN}_of(${['district', 'province', 'type'].map((p) => `'indicator_value_${p}_keyed'`).join(', ')})`
    : `(SELECT m.* FROM ${MEDIAN}_v m WHERE EXISTS (SELECT 1 FROM refresh_area a
        WHERE a.fiscal_year = m.fiscal_year AND a.peer = m.peer AND a.area IS NOT DISTINCT FROM m.area))`;
  const r = await conn.run(
    `INSERT INTO ${MEDIAN} SELECT * FROM ${source} ORDER BY ${orderOf(MEDIAN)}`,
  );
  rows[MEDIAN] = (rows[MEDIAN] ?? 0) + Number(r.rowsChanged);
}

/**
 * Refreshes the organisation-years in touched_org_year, group by group (scores, measures), then the medians of the
 * areas (district, province, organisation type, in each touched year) those organisations belong to. A group whose
 * keys cover most organisation-years is rebuilt whole.
 */
async function refreshTouched(conn: DuckDBConnection): Promise<RefreshResult> {
  const counts = (
    await conn.runAndReadAll(`SELECT
      (SELECT count(*) FROM (SELECT DISTINCT org_code, fiscal_year FROM touched_org_year
        WHERE org_code IS NOT NULL AND fiscal_year IS NOT NULL AND coalesce(what, 'scores') = 'scores')),
      (SELECT count(*) FROM (SELECT DISTINCT org_code, fiscal_year FROM touched_org_year
        WHERE org_code IS NOT NULL AND fiscal_year IS NOT NULL AND coalesce(what, 'measures') = 'measures')),
      (SELECT count(*) FROM org_year)`)
  ).getRows()[0]!;
  const [scores, measures, all] = counts.map(Number) as [number, number, number];
  const result: RefreshResult = {
    refresh: 'touched',
    orgYears: Math.max(scores, measures),
    rows: {},
  };
  if (scores === 0 && measures === 0) return result;
  const macros = await tablesWithMacros(conn);
  for (const [what, n] of [
    ['scores', scores],
    ['measures', measures],
  ] as const) {
    if (n === 0) continue;
    if (n > FULL_REBUILD_SHARE * all) {
      Object.assign(result.rows, (await rebuildDerived(conn, what)).rows);
      continue;
    }
    await conn.run(
      `INSERT INTO refresh_key SELECT DISTINCT org_code, fiscal_year FROM touched_org_year
       WHERE org_code IS NOT NULL AND fiscal_year IS NOT NULL AND coalesce(what, $what) = $what`,
      { what },
    );
    await refreshKeyed(conn, GROUPS[what], macros, result.rows);
    // Empty again before the commit: refresh_key only ever holds a running transaction's own keys.
    await conn.run('DELETE FROM refresh_key');
  }
  return result;
}

/** Brings the derived tables in step with the data written in this transaction. */
export async function refreshDerived(
  conn: DuckDBConnection,
  refresh: Refresh = 'full',
): Promise<RefreshResult> {
  return refresh === 'full' ? rebuildDerived(conn) : refreshTouched(conn);
}
