// Keeps the derived tables (score_current, org_year, measure_current, indicator_value, indicator_median) in step with
// the data inside each write transaction: all of them, or only the organisation-years the write touched.
//
// How a write says what it touched: every transaction starts with an empty TEMP table touched_org_year on its
// connection, and a writer that asks for a 'touched' refresh records there the organisation-years it changes, with
// touchOrgYears (SQL over the rows it writes: an import's staged scores, a report's organisation and year, the scores
// a supersede hides). A transaction that does not ask gets a full rebuild, so a writer that was never taught about
// keys is slow, not wrong; the property test (derived.test.ts) checks that every writer that asks records enough.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { INTEGER, LIST, listValue } from '@duckdb/node-api';

/** 'full' rebuilds every derived table; 'touched' refreshes the organisation-years in touched_org_year only. */
export type Refresh = 'full' | 'touched';

/**
 * Derived tables keyed by organisation-year, in dependency order: org_year and indicator_value read the
 * score_current table. Each is filled from the view of the same name with the suffix _v.
 */
const PER_ORG_YEAR = ['score_current', 'org_year', 'measure_current', 'indicator_value'] as const;
/** Derived tables keyed by area (fiscal year, indicator, peer group); indicator_median reads indicator_value. */
const PER_AREA = ['indicator_median'] as const;
const DERIVED: readonly string[] = [...PER_ORG_YEAR, ...PER_AREA];

/**
 * Above this many touched organisation-years a full rebuild is cheaper than filtering (a national score import
 * touches tens of thousands, and its statistics cover nearly every area anyway).
 */
export const MAX_TOUCHED = 2000;

/**
 * Up to this many touched organisations, each is refreshed on its own (see refreshTouched). On the national demo one
 * organisation costs ~0.2-0.35 s of CPU this way and computing the views once for any number ~2.8 s.
 */
export const PER_ORG_LIMIT = 8;

/** Called by inTransaction after BEGIN: an empty touched_org_year for this transaction. */
export async function startTouched(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    'CREATE TEMP TABLE IF NOT EXISTS touched_org_year (org_code VARCHAR, fiscal_year INTEGER)',
  );
  await conn.run('DELETE FROM touched_org_year');
}

/**
 * Records organisation-years this transaction changes. `select` returns (org_code, fiscal_year) in that order, e.g.
 * the staged rows of an import or the scores about to be superseded; call it before the rows it reads change.
 * Rows with a null organisation or year are ignored (they derive nothing).
 */
export async function touchOrgYears(
  conn: DuckDBConnection,
  select: string,
  params?: Record<string, DuckDBValue>,
): Promise<void> {
  await conn.run(`INSERT INTO touched_org_year SELECT * FROM (${select})`, params);
}

/** Records one organisation-year; nothing when either is null. */
export async function touchOrgYear(
  conn: DuckDBConnection,
  orgCode: string | null,
  fiscalYear: number | null,
): Promise<void> {
  if (orgCode === null || fiscalYear === null) return;
  await conn.run('INSERT INTO touched_org_year VALUES ($org, $fy)', {
    org: orgCode,
    fy: fiscalYear,
  });
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

/**
 * Rebuilds every derived table from its view. Rows go in by fiscal year and organisation so that DuckDB's per-block
 * min/max skip most of a table when a page or a refresh asks for one year or one organisation-year.
 */
export async function rebuildDerived(conn: DuckDBConnection): Promise<RefreshResult> {
  // Before migrations 011-014 some of these are views (or absent), with nothing to rebuild.
  const present = await presentTables(conn);
  const rows: Record<string, number> = {};
  for (const name of DERIVED) {
    if (!present.has(name)) continue;
    const order = name === 'indicator_median' ? 'fiscal_year, peer, area' : 'fiscal_year, org_code';
    await conn.run(`DELETE FROM ${name}`);
    const r = await conn.run(`INSERT INTO ${name} SELECT * FROM ${name}_v ORDER BY ${order}`);
    rows[name] = Number(r.rowsChanged);
  }
  return { refresh: 'full', orgYears: rows.org_year ?? 0, rows };
}

/**
 * Refreshes the organisation-years in touched_org_year, then the medians of the areas (district, province,
 * organisation type, in each touched year) those organisations belong to. Falls back to a full rebuild when the
 * touched set is large.
 */
async function refreshTouched(conn: DuckDBConnection): Promise<RefreshResult> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE touched_key AS
    SELECT DISTINCT org_code, fiscal_year FROM touched_org_year
    WHERE org_code IS NOT NULL AND fiscal_year IS NOT NULL`);
  const keys = (
    await conn.runAndReadAll('SELECT org_code, fiscal_year FROM touched_key')
  ).getRowsJS() as [string, number][];
  if (keys.length === 0) return { refresh: 'touched', orgYears: 0, rows: {} };
  if (keys.length > MAX_TOUCHED) return rebuildDerived(conn);

  const rows: Record<string, number> = Object.fromEntries(PER_ORG_YEAR.map((t) => [t, 0]));
  const exact = '(org_code, fiscal_year) IN (SELECT * FROM touched_key)';
  for (const name of PER_ORG_YEAR) await conn.run(`DELETE FROM ${name} WHERE ${exact}`);
  const orgs = [...new Set(keys.map((k) => k[0]))];
  if (orgs.length <= PER_ORG_LIMIT) {
    // DuckDB pushes an equality on org_code through the views' windows, aggregates and CTEs into their table scans,
    // but not a list of organisations nor a semi-join: one statement per organisation reads only its rows.
    for (const org of orgs) {
      const years = listValue(keys.filter((k) => k[0] === org).map((k) => Number(k[1])));
      for (const name of PER_ORG_YEAR) {
        const r = await conn.run(
          `INSERT INTO ${name} SELECT * FROM ${name}_v
           WHERE org_code = $org AND list_contains($years, fiscal_year) AND ${exact}`,
          { org, years },
          { years: LIST(INTEGER) },
        );
        rows[name]! += Number(r.rowsChanged);
      }
    }
  } else {
    // For more organisations each view is computed once and only the touched rows are written: still far less than
    // a full rebuild, which rewrites every row.
    for (const name of PER_ORG_YEAR) {
      const r = await conn.run(`INSERT INTO ${name} SELECT * FROM ${name}_v WHERE ${exact}`);
      rows[name] = Number(r.rowsChanged);
    }
  }

  // The areas whose medians may have moved: each touched organisation's district, province and type in that year.
  await conn.run(`CREATE OR REPLACE TEMP TABLE touched_area AS
    SELECT DISTINCT t.fiscal_year, a.peer, a.area
    FROM touched_key t JOIN org o ON o.code = t.org_code,
      LATERAL (VALUES ('district', o.district_code), ('province', o.province_code), ('type', o.type)) a(peer, area)`);
  const years = listValue([...new Set(keys.map((k) => Number(k[1])))]);
  const inArea = `list_contains($years, m.fiscal_year) AND EXISTS (SELECT 1 FROM touched_area a
    WHERE a.fiscal_year = m.fiscal_year AND a.peer = m.peer AND a.area IS NOT DISTINCT FROM m.area)`;
  await conn.run(`DELETE FROM indicator_median m WHERE ${inArea}`, { years }, YEAR_TYPES);
  const r = await conn.run(
    `INSERT INTO indicator_median SELECT m.* FROM indicator_median_v m WHERE ${inArea}`,
    { years },
    YEAR_TYPES,
  );
  rows.indicator_median = Number(r.rowsChanged);
  await conn.run('DROP TABLE touched_key');
  await conn.run('DROP TABLE touched_area');
  return { refresh: 'touched', orgYears: keys.length, rows };
}

const YEAR_TYPES = { years: LIST(INTEGER) };

/** Brings the derived tables in step with the data written in this transaction. */
export async function refreshDerived(
  conn: DuckDBConnection,
  refresh: Refresh = 'full',
): Promise<RefreshResult> {
  return refresh === 'full' ? rebuildDerived(conn) : refreshTouched(conn);
}
