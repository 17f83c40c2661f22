// Loads the synthetic demo set into the database in one transaction, replacing earlier synthetic rows and nothing else.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Database } from '../db/database';
import { dropStaged, stageRows, type Cell, type StagedColumn } from './bulk-temp-table';
import { frameworksByYear } from '../frameworks/load';
import { DEFAULT_DEMO_SEED, DEMO_VERSION, generateDemo } from './generate';
import { DEMO_ROUNDS, roundPeriod, type DemoMeasure } from './measures';
import type { DemoOrg, OrgYearScores } from './scores';

export interface DemoCounts {
  orgs: number;
  scores: number;
  reports: number;
  measures: number;
}

export interface DemoLoadResult {
  seed: number;
  version: string;
  /** True when this seed and version were already loaded and nothing was written. */
  skipped: boolean;
  counts: DemoCounts;
  timings: { scoresMs: number; measuresMs: number; loadMs: number };
}

const SYNTHETIC = 'synthetic';
/** Joins list values for staging; split again in SQL. Measure texts never hold this control character. */
const LIST_SEP = '\u001f';

export const demoBatchHash = (seed: number): string => `demo:${seed}:${DEMO_VERSION}`;
export const syntheticReportHash = (org: string, fiscalYear: number, round: string): string =>
  `${SYNTHETIC}:${org}:${fiscalYear}:${round}`;

async function readOrgs(conn: DuckDBConnection): Promise<DemoOrg[]> {
  const r = await conn.runAndReadAll(`SELECT code, province_code, short_name_th FROM org WHERE type = 'sao' ORDER BY code`);
  return r.getRows().map(([code, province, name]) => ({ code: String(code), province_code: String(province ?? ''), short_name_th: String(name) }));
}

/** The counts of the demo batch already in place for this seed and version, when its scores are all still there. */
async function alreadyLoaded(conn: DuckDBConnection, seed: number): Promise<DemoCounts | null> {
  const last = (
    await conn.runAndReadAll(`SELECT hash, counts FROM import_batch WHERE kind = 'demo' ORDER BY loaded_at DESC, hash LIMIT 1`)
  ).getRows()[0];
  if (!last || String(last[0]) !== demoBatchHash(seed)) return null;
  const counts = JSON.parse(String(last[1])) as DemoCounts;
  const have = (await conn.runAndReadAll(`SELECT count(*) FROM score WHERE source = $s`, { s: SYNTHETIC })).getRows()[0]![0];
  return Number(have) === counts.scores ? counts : null;
}

async function writeScores(conn: DuckDBConnection, scores: readonly OrgYearScores[]): Promise<number> {
  const rows = await stageRows(
    conn,
    'demo_score_in',
    [
      { name: 'org_code', type: 'VARCHAR' },
      { name: 'fiscal_year', type: 'INTEGER' },
      { name: 'code', type: 'VARCHAR' },
      { name: 'value', type: 'DOUBLE' },
    ],
    (row) => {
      for (const s of scores) for (const code in s.values) row([s.org_code, s.fiscal_year, code, s.values[code]!]);
    },
  );
  // Values change in place: rewriting 900,000 rows would rebuild the score index at commit, which took far longer.
  const same = `n.org_code = s.org_code AND n.fiscal_year = s.fiscal_year AND n.code = s.code`;
  await conn.run(
    `UPDATE score s SET value = n.value, loaded_at = now()::TIMESTAMP FROM demo_score_in n
     WHERE s.source = $src AND s.superseded_at IS NULL AND ${same} AND s.value IS DISTINCT FROM n.value`,
    { src: SYNTHETIC },
  );
  await conn.run(`DELETE FROM score s WHERE s.source = $src AND NOT EXISTS (SELECT 1 FROM demo_score_in n WHERE ${same})`, {
    src: SYNTHETIC,
  });
  await conn.run(
    `INSERT INTO score (org_code, fiscal_year, code, value, source, loaded_at, superseded_at)
     SELECT n.org_code, n.fiscal_year, n.code, n.value, $src, now()::TIMESTAMP, NULL FROM demo_score_in n
     WHERE NOT EXISTS (SELECT 1 FROM score s WHERE s.source = $src AND ${same})`,
    { src: SYNTHETIC },
  );
  await dropStaged(conn, 'demo_score_in');
  return rows;
}

async function writeReports(conn: DuckDBConnection, scores: readonly OrgYearScores[]): Promise<number> {
  const rows = await stageRows(
    conn,
    'demo_report_in',
    ['hash', 'org_code', 'fiscal_year', 'round', 'period_start', 'period_end'].map((name) => ({
      name,
      type: name === 'fiscal_year' ? 'INTEGER' : 'VARCHAR',
    })),
    (row) => {
      for (const s of scores) {
        for (const round of DEMO_ROUNDS) {
          const period = roundPeriod(s.fiscal_year, round);
          row([syntheticReportHash(s.org_code, s.fiscal_year, round), s.org_code, s.fiscal_year, round, period.start, period.end]);
        }
      }
    },
  );
  // A report's hash names its organisation, year and round, so only the parser version can differ from the last load.
  await conn.run(
    `UPDATE report r SET parsed_at = now()::TIMESTAMP, parser_version = $parser FROM demo_report_in n
     WHERE r.source = $src AND r.hash = n.hash AND r.parser_version <> $parser`,
    { parser: `demo-${DEMO_VERSION}`, src: SYNTHETIC },
  );
  await conn.run(`DELETE FROM report r WHERE r.source = $src AND r.hash NOT IN (SELECT hash FROM demo_report_in)`, { src: SYNTHETIC });
  await conn.run(
    `INSERT INTO report (hash, org_code, fiscal_year, round, period_start, period_end, file_name, format, encoding,
       parsed_at, parser_version, warnings, source, superseded_at)
     SELECT hash, org_code, fiscal_year, round, period_start::DATE, period_end::DATE, NULL, 'synthetic', NULL,
       now()::TIMESTAMP, $parser, []::VARCHAR[], $src, NULL
     FROM demo_report_in WHERE hash NOT IN (SELECT hash FROM report WHERE source = $src)`,
    { parser: `demo-${DEMO_VERSION}`, src: SYNTHETIC },
  );
  await dropStaged(conn, 'demo_report_in');
  return rows;
}

/** The per-round result columns of the staged measure rows, e.g. r0_status for the first round in DEMO_ROUNDS. */
const ROUND_FIELDS = ['status', 'status_evidence', 'output', 'outcome'] as const;
const MEASURE_COLUMNS: StagedColumn[] = [
  ...['org_code', 'fiscal_year', 'seq', 'number_text', 'name_th', 'name_norm', 'guideline', 'responsible', 'period_text', 'category', 'indicators'],
  ...DEMO_ROUNDS.flatMap((_, i) => ROUND_FIELDS.map((f) => `r${i}_${f}`)),
].map((name) => ({ name, type: name === 'seq' || name === 'fiscal_year' ? 'INTEGER' : 'VARCHAR' }));

/**
 * Stages one row per measure with every round's result side by side, then writes one measure row per round:
 * the plan text crosses into DuckDB once, not once per round.
 */
async function writeMeasures(conn: DuckDBConnection, measures: readonly DemoMeasure[]): Promise<number> {
  await stageRows(conn, 'demo_measure_in', MEASURE_COLUMNS, (row) => {
    for (const m of measures) {
      const cells: Cell[] = [
        m.org_code, m.fiscal_year, m.seq, m.number_text, m.name_th, m.name_norm, m.guideline,
        m.responsible.join(LIST_SEP), m.period_text, m.category, m.indicators.join(LIST_SEP),
      ];
      for (const round of DEMO_ROUNDS) for (const f of ROUND_FIELDS) cells.push(m.rounds[round][f]);
      row(cells);
    }
  });
  const split = (col: string) => `CASE WHEN ${col} = '' THEN []::VARCHAR[] ELSE string_split(${col}, $sep) END`;
  // Each staged row becomes one row per round (i = 0, 1, ...), picking that round's result columns.
  const pick = (f: string) => `CASE t.i ${DEMO_ROUNDS.map((_, i) => `WHEN ${i} THEN r${i}_${f}`).join(' ')} END`;
  // The report hash is rebuilt here in SQL; it must match syntheticReportHash (a test joins measures to reports).
  const r = await conn.run(
    `INSERT INTO measure (report_hash, seq, number_text, name_th, name_norm, guideline, steps, responsible, monitoring_rounds,
       period_text, output, outcome, note, status, status_evidence, category, categories_other, indicators, indicator_source, source)
     SELECT concat_ws(':', $src, m.org_code, m.fiscal_year, string_split($rounds, $sep)[t.i + 1]), m.seq, m.number_text,
       m.name_th, m.name_norm, m.guideline, NULL, ${split('m.responsible')}, string_split($rounds, $sep), m.period_text,
       ${pick('output')}, ${pick('outcome')}, NULL, ${pick('status')}, ${pick('status_evidence')},
       m.category, []::VARCHAR[], ${split('m.indicators')}, 'inferred', $src
     FROM demo_measure_in m CROSS JOIN range(${DEMO_ROUNDS.length}) t(i)`,
    { sep: LIST_SEP, rounds: DEMO_ROUNDS.join(LIST_SEP), src: SYNTHETIC },
  );
  await dropStaged(conn, 'demo_measure_in');
  return r.rowsChanged;
}

/**
 * Generates the national demo set for `seed` and writes it in one transaction: synthetic scores, reports and
 * measures are replaced; imported and report-derived rows are never touched. Skips when this seed and
 * version are already loaded, unless `force`.
 */
export async function loadDemo(db: Database, options: { seed?: number; force?: boolean } = {}): Promise<DemoLoadResult> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const { orgs, loaded } = await db.withConnection(async (c) => ({
    orgs: await readOrgs(c),
    loaded: options.force ? null : await alreadyLoaded(c, seed),
  }));
  if (loaded && loaded.orgs === orgs.length) {
    return { seed, version: DEMO_VERSION, skipped: true, counts: loaded, timings: { scoresMs: 0, measuresMs: 0, loadMs: 0 } };
  }
  const data = generateDemo(orgs, frameworksByYear(), seed);
  const t0 = performance.now();
  const counts = await db.transaction(async (c) => {
    // Measures are replaced outright (their lists cannot be updated in place cheaply); scores and reports are
    // brought up to date in place, touching only what changed.
    await c.run(`DELETE FROM measure WHERE source = $s`, { s: SYNTHETIC });
    const written: DemoCounts = {
      orgs: orgs.length,
      scores: await writeScores(c, data.scores),
      reports: await writeReports(c, data.scores),
      measures: await writeMeasures(c, data.measures),
    };
    await c.run(
      `INSERT INTO import_batch (hash, file_name, kind, loaded_at, counts)
       VALUES ($hash, $file, 'demo', now()::TIMESTAMP, $counts)
       ON CONFLICT (hash) DO UPDATE SET file_name = excluded.file_name, loaded_at = excluded.loaded_at, counts = excluded.counts`,
      { hash: demoBatchHash(seed), file: `demo seed ${seed}`, counts: JSON.stringify({ seed, version: DEMO_VERSION, ...written }) },
    );
    return written;
  });
  return {
    seed,
    version: DEMO_VERSION,
    skipped: false,
    counts,
    timings: { ...data.timings, loadMs: performance.now() - t0 },
  };
}
