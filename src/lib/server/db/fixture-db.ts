// Builds small hand-made test databases from CSV files in data/fixtures/db (each described in data/fixtures/README.md).
import fs from 'node:fs';
import { openDatabase, type Database } from './database';
import { projectPath } from '../paths';

export const FIXTURE_DIR = projectPath('data', 'fixtures', 'db');

/**
 * Loads score rows. Columns: org_code, fiscal_year, code, value, source, superseded (true = kept as history).
 */
export async function loadFixtureScores(db: Database, file: string): Promise<void> {
  await db.transaction(async (conn) => {
    await conn.run(
      `INSERT INTO score
       SELECT org_code, fiscal_year, code, value, source, TIMESTAMP '2026-01-01 00:00:00',
              CASE WHEN superseded THEN TIMESTAMP '2026-01-02 00:00:00' END
       FROM read_csv($path, header = true,
         columns = {'org_code': 'VARCHAR', 'fiscal_year': 'INTEGER', 'code': 'VARCHAR', 'value': 'DOUBLE', 'source': 'VARCHAR', 'superseded': 'BOOLEAN'})`,
      { path: file },
    );
  });
}

/**
 * Loads measure rows, creating one report per (org_code, fiscal_year, round, source). Columns: org_code, fiscal_year,
 * round, seq, name_th, category, indicators (';'-separated codes), status, source ('synthetic' or 'report:<id>'), and
 * optionally status_reason_kind, status_reason_text (for status not_possible).
 */
export async function loadFixtureMeasures(db: Database, file: string): Promise<void> {
  const header = fs.readFileSync(file, 'utf8').split('\n', 1)[0]!;
  const withReason = header.split(',').includes('status_reason_kind');
  const reasonColumns = withReason
    ? `, 'status_reason_kind': 'VARCHAR', 'status_reason_text': 'VARCHAR'`
    : '';
  await db.transaction(async (conn) => {
    await conn.run(
      `CREATE TEMP TABLE fixture_measure AS SELECT * FROM read_csv($path, header = true,
         columns = {'org_code': 'VARCHAR', 'fiscal_year': 'INTEGER', 'round': 'VARCHAR', 'seq': 'INTEGER', 'name_th': 'VARCHAR',
                    'category': 'VARCHAR', 'indicators': 'VARCHAR', 'status': 'VARCHAR', 'source': 'VARCHAR'${reasonColumns}})`,
      { path: file },
    );
    await conn.run(`
      INSERT INTO report (hash, org_code, fiscal_year, round, file_name, format, parsed_at, parser_version, warnings, source)
      SELECT DISTINCT source || ':' || org_code || ':' || fiscal_year || ':' || round, org_code, fiscal_year, round,
        CASE WHEN source = 'synthetic' THEN NULL ELSE 'fixture-' || org_code || '.txt' END,
        CASE WHEN source = 'synthetic' THEN 'synthetic' ELSE 'txt' END,
        TIMESTAMP '2026-01-01 00:00:00', 'fixture', []::VARCHAR[], source
      FROM fixture_measure`);
    await conn.run(`
      INSERT INTO measure (report_hash, seq, number_text, name_th, name_norm, responsible, monitoring_rounds, status,
        status_evidence, category, categories_other, indicators, indicator_source, source, status_reason_kind,
        status_reason_text)
      SELECT source || ':' || org_code || ':' || fiscal_year || ':' || round, seq, CAST(seq AS VARCHAR), name_th,
        replace(name_th, ' ', ''), []::VARCHAR[], ['6m', '12m'], status, NULL, category, []::VARCHAR[],
        string_split(indicators, ';'), 'inferred', source,
        ${withReason ? 'status_reason_kind, status_reason_text' : 'NULL, NULL'}
      FROM fixture_measure`);
    await conn.run('DROP TABLE fixture_measure');
  });
}

/** The base fixture: scores.csv (a province of four SAOs and one elsewhere). */
export async function openFixtureDatabase(): Promise<Database> {
  const db = await openDatabase(':memory:');
  await loadFixtureScores(db, `${FIXTURE_DIR}/scores.csv`);
  return db;
}
