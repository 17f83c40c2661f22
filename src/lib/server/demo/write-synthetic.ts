// Writes generated demo rows into score, report and measure batch by batch, replacing the synthetic rows there and nothing else.
import type { DuckDBConnection } from '@duckdb/node-api';
import { dropStaged, stageRows, type Cell, type StagedColumn } from './bulk-temp-table';
import { DEMO_VERSION } from './generate';
import { DEMO_ROUNDS, roundPeriod, type DemoMeasure } from './measures';
import type { OrgYearScores } from './scores';

export const SYNTHETIC = 'synthetic';
/** Joins list values for staging; split again in SQL. Measure texts never hold this control character. */
const LIST_SEP = '\u001f';

export const syntheticReportHash = (org: string, fiscalYear: number, round: string): string =>
  `${SYNTHETIC}:${org}:${fiscalYear}:${round}`;

/**
 * Starts a load of the synthetic set for these organisations, inside the caller's transaction: the synthetic
 * measures go (each batch inserts its own again), and the organisation list is kept for endSyntheticLoad.
 */
export async function beginSyntheticLoad(
  conn: DuckDBConnection,
  orgCodes: readonly string[],
): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE demo_load_org (code VARCHAR)`);
  const app = await conn.createAppender('demo_load_org', 'main', 'temp');
  try {
    for (const code of orgCodes) {
      app.appendVarchar(code);
      app.endRow();
    }
  } finally {
    app.closeSync();
  }
  // Replaced outright, unlike scores and reports: their list columns cannot be updated in place cheaply.
  await conn.run(`DELETE FROM measure WHERE source = $src`, { src: SYNTHETIC });
}

/** Ends the load: synthetic scores and reports of organisations outside it (an earlier, larger load) go. */
export async function endSyntheticLoad(conn: DuckDBConnection): Promise<void> {
  for (const table of ['score', 'report'])
    await conn.run(
      `DELETE FROM ${table} WHERE source = $src AND org_code NOT IN (SELECT code FROM demo_load_org)`,
      { src: SYNTHETIC },
    );
  await conn.run('DROP TABLE demo_load_org');
}

/**
 * The organisations of the staged batch `staged`, as temp table demo_batch_org: each batch compares its rows with
 * the synthetic rows of its own organisations only, so its cost does not grow with the rows written before it.
 */
async function stageBatchOrgs(conn: DuckDBConnection, staged: string): Promise<string> {
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE demo_batch_org AS SELECT DISTINCT org_code FROM ${staged}`,
  );
  return `org_code IN (SELECT org_code FROM demo_batch_org)`;
}

/** Writes one batch's scores: changed values in place, missing rows added, rows the batch no longer has removed. */
export async function writeScores(
  conn: DuckDBConnection,
  scores: readonly OrgYearScores[],
): Promise<number> {
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
      for (const s of scores)
        for (const code in s.values) row([s.org_code, s.fiscal_year, code, s.values[code]!]);
    },
  );
  const inBatch = await stageBatchOrgs(conn, 'demo_score_in');
  // Values change in place: rewriting 900,000 rows would rebuild the score index at commit, which took far longer.
  const same = `n.org_code = s.org_code AND n.fiscal_year = s.fiscal_year AND n.code = s.code`;
  await conn.run(
    `UPDATE score s SET value = n.value, loaded_at = now()::TIMESTAMP FROM demo_score_in n
     WHERE s.source = $src AND s.superseded_at IS NULL AND ${same} AND s.value IS DISTINCT FROM n.value`,
    { src: SYNTHETIC },
  );
  await conn.run(
    `DELETE FROM score s WHERE s.source = $src AND s.${inBatch}
       AND NOT EXISTS (SELECT 1 FROM demo_score_in n WHERE ${same})`,
    { src: SYNTHETIC },
  );
  await conn.run(
    `INSERT INTO score (org_code, fiscal_year, code, value, source, loaded_at, superseded_at)
     SELECT n.org_code, n.fiscal_year, n.code, n.value, $src, now()::TIMESTAMP, NULL FROM demo_score_in n
     ANTI JOIN (SELECT org_code, fiscal_year, code FROM score WHERE source = $src AND ${inBatch}) s ON ${same}`,
    { src: SYNTHETIC },
  );
  await conn.run('DROP TABLE demo_batch_org');
  await dropStaged(conn, 'demo_score_in');
  return rows;
}

/** Writes one batch's synthetic reports (two rounds per organisation-year), as writeScores does its scores. */
export async function writeReports(
  conn: DuckDBConnection,
  scores: readonly OrgYearScores[],
): Promise<number> {
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
          row([
            syntheticReportHash(s.org_code, s.fiscal_year, round),
            s.org_code,
            s.fiscal_year,
            round,
            period.start,
            period.end,
          ]);
        }
      }
    },
  );
  const inBatch = await stageBatchOrgs(conn, 'demo_report_in');
  // A report's hash names its organisation, year and round, so only the parser version can differ from the last load.
  await conn.run(
    `UPDATE report r SET parsed_at = now()::TIMESTAMP, parser_version = $parser FROM demo_report_in n
     WHERE r.source = $src AND r.hash = n.hash AND r.parser_version <> $parser`,
    { parser: `demo-${DEMO_VERSION}`, src: SYNTHETIC },
  );
  await conn.run(
    `DELETE FROM report r WHERE r.source = $src AND r.${inBatch}
       AND r.hash NOT IN (SELECT hash FROM demo_report_in)`,
    { src: SYNTHETIC },
  );
  await conn.run(
    `INSERT INTO report (hash, org_code, fiscal_year, round, period_start, period_end, file_name, format, encoding,
       parsed_at, parser_version, warnings, source, superseded_at)
     SELECT hash, org_code, fiscal_year, round, period_start::DATE, period_end::DATE, NULL, 'synthetic', NULL,
       now()::TIMESTAMP, $parser, []::VARCHAR[], $src, NULL
     FROM demo_report_in
     WHERE hash NOT IN (SELECT hash FROM report WHERE source = $src AND ${inBatch})`,
    { parser: `demo-${DEMO_VERSION}`, src: SYNTHETIC },
  );
  await conn.run('DROP TABLE demo_batch_org');
  await dropStaged(conn, 'demo_report_in');
  return rows;
}

/** The per-round result columns of the staged measure rows, e.g. r0_status for the first round in DEMO_ROUNDS. */
const ROUND_FIELDS = [
  'status',
  'status_evidence',
  'output',
  'outcome',
  'status_reason_kind',
  'status_reason_text',
] as const;
const MEASURE_COLUMNS: StagedColumn[] = [
  ...[
    'org_code',
    'fiscal_year',
    'seq',
    'number_text',
    'name_th',
    'name_norm',
    'guideline',
    'responsible',
    'period_text',
    'category',
    'indicators',
  ],
  ...DEMO_ROUNDS.flatMap((_, i) => ROUND_FIELDS.map((f) => `r${i}_${f}`)),
].map((name) => ({ name, type: name === 'seq' || name === 'fiscal_year' ? 'INTEGER' : 'VARCHAR' }));

/**
 * Stages one row per measure with every round's result side by side, then writes one measure row per round:
 * the plan text crosses into DuckDB once, not once per round. beginSyntheticLoad removed the earlier ones.
 */
export async function writeMeasures(
  conn: DuckDBConnection,
  measures: readonly DemoMeasure[],
): Promise<number> {
  await stageRows(conn, 'demo_measure_in', MEASURE_COLUMNS, (row) => {
    for (const m of measures) {
      const cells: Cell[] = [
        m.org_code,
        m.fiscal_year,
        m.seq,
        m.number_text,
        m.name_th,
        m.name_norm,
        m.guideline,
        m.responsible.join(LIST_SEP),
        m.period_text,
        m.category,
        m.indicators.join(LIST_SEP),
      ];
      for (const round of DEMO_ROUNDS) for (const f of ROUND_FIELDS) cells.push(m.rounds[round][f]);
      row(cells);
    }
  });
  const split = (col: string) =>
    `CASE WHEN ${col} = '' THEN []::VARCHAR[] ELSE string_split(${col}, $sep) END`;
  // Each staged row becomes one row per round (i = 0, 1, ...), picking that round's result columns.
  const pick = (f: string) =>
    `CASE t.i ${DEMO_ROUNDS.map((_, i) => `WHEN ${i} THEN r${i}_${f}`).join(' ')} END`;
  // The report hash is rebuilt here in SQL; it must match syntheticReportHash (a test joins measures to reports).
  const r = await conn.run(
    `INSERT INTO measure (report_hash, seq, number_text, name_th, name_norm, guideline, steps, responsible, monitoring_rounds,
       period_text, output, outcome, note, status, status_evidence, category, categories_other, indicators, indicator_source, source,
       status_reason_kind, status_reason_text)
     SELECT concat_ws(':', $src, m.org_code, m.fiscal_year, string_split($rounds, $sep)[t.i + 1]), m.seq, m.number_text,
       m.name_th, m.name_norm, m.guideline, NULL, ${split('m.responsible')}, string_split($rounds, $sep), m.period_text,
       ${pick('output')}, ${pick('outcome')}, NULL, ${pick('status')}, ${pick('status_evidence')},
       m.category, []::VARCHAR[], ${split('m.indicators')}, 'inferred', $src,
       ${pick('status_reason_kind')}, ${pick('status_reason_text')}
     FROM demo_measure_in m CROSS JOIN range(${DEMO_ROUNDS.length}) t(i)`,
    { sep: LIST_SEP, rounds: DEMO_ROUNDS.join(LIST_SEP), src: SYNTHETIC },
  );
  await dropStaged(conn, 'demo_measure_in');
  return r.rowsChanged;
}
