// Writes one parsed report into the database (report, measure, claim, score, import_batch) on a connection inside a transaction.
import { LIST, VARCHAR, listValue, type DuckDBConnection } from '@duckdb/node-api';
import { TOTAL_CODE } from '../../ita/framework';
import { touchOrgYear, touchOrgYears } from '../db/derived';
import type { Claim, ParsedReportFile } from './types';

/** Called after each write; tests throw from it to check that a failure leaves nothing behind. */
export type AfterWrite = (what: string) => void | Promise<void>;

export const reportSource = (hash: string): string => `report:${hash}`;

/** DuckDB TIMESTAMP text for a JS date (UTC). */
export const timestamp = (d: Date): string => d.toISOString().replace('T', ' ').replace('Z', '');

const list = (values: readonly string[]) => listValue([...values]);
const MEASURE_LIST_TYPES = {
  responsible: LIST(VARCHAR),
  rounds: LIST(VARCHAR),
  others: LIST(VARCHAR),
  indicators: LIST(VARCHAR),
};

export async function reportExists(conn: DuckDBConnection, hash: string): Promise<boolean> {
  const r = await conn.runAndReadAll(
    `SELECT (SELECT count(*) FROM report WHERE hash = $h) + (SELECT count(*) FROM import_batch WHERE hash = $h)`,
    { h: hash },
  );
  return Number(r.getRows()[0]![0]) > 0;
}

/**
 * Score observations from claims whose assessment year is known: the total as TOTAL, indicators by code.
 * Earlier live observations from other reports for the same organisation, year and code are superseded.
 */
export async function insertClaimScores(
  conn: DuckDBConnection,
  hash: string,
  orgCode: string,
  claims: Pick<Claim, 'kind' | 'indicator' | 'value' | 'assessment_year'>[],
  now: Date,
  afterWrite?: AfterWrite,
): Promise<number> {
  let n = 0;
  const seen = new Set<string>();
  for (const c of claims) {
    if (c.kind === 'weak_indicator' || c.value === null || c.assessment_year === null) continue;
    const code = c.kind === 'total_score' ? TOTAL_CODE : c.indicator;
    if (!code) continue;
    // One observation per code and year from one report: the first claim the text makes.
    const key = `${c.assessment_year}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await touchOrgYear(conn, orgCode, c.assessment_year);
    const params = {
      org: orgCode,
      fy: c.assessment_year,
      code,
      src: reportSource(hash),
      now: timestamp(now),
    };
    await conn.run(
      `UPDATE score SET superseded_at = $now::TIMESTAMP
       WHERE org_code = $org AND fiscal_year = $fy AND code = $code AND superseded_at IS NULL
         AND source LIKE 'report:%' AND source <> $src`,
      params,
    );
    await conn.run(
      `INSERT INTO score VALUES ($org, $fy, $code, $value, $src, $now::TIMESTAMP, NULL)`,
      {
        ...params,
        value: c.value,
      },
    );
    await afterWrite?.('score');
    n++;
  }
  return n;
}

export interface StoreResult {
  superseded: string[];
  scores: number;
}

/**
 * Stores a parsed report. A newer report for the same organisation, year and round (by loading order) supersedes the
 * live one, which stays in history with its scores superseded too.
 */
export async function storeReport(
  conn: DuckDBConnection,
  parsed: ParsedReportFile,
  fileName: string,
  now: Date,
  afterWrite?: AfterWrite,
): Promise<StoreResult> {
  const { report, record } = parsed;
  const hash = report.source.sha256;
  const src = reportSource(hash);
  const ts = timestamp(now);

  let superseded: string[] = [];
  if (report.org.code && report.fiscal_year !== null) {
    const older = await conn.runAndReadAll(
      `SELECT hash FROM report_current
       WHERE org_code = $org AND fiscal_year = $fy AND round IS NOT DISTINCT FROM $round AND source LIKE 'report:%'`,
      { org: report.org.code, fy: report.fiscal_year, round: report.round },
    );
    superseded = older.getRows().map((r) => String(r[0]));
    for (const old of superseded) {
      // The old report's score claims may be about other years than the report's own.
      await touchOrgYears(
        conn,
        `SELECT org_code, fiscal_year FROM score WHERE source = $src AND superseded_at IS NULL`,
        { src: reportSource(old) },
      );
      await conn.run(`UPDATE report SET superseded_at = $now::TIMESTAMP WHERE hash = $h`, {
        now: ts,
        h: old,
      });
      await conn.run(
        `UPDATE score SET superseded_at = $now::TIMESTAMP WHERE source = $src AND superseded_at IS NULL`,
        {
          now: ts,
          src: reportSource(old),
        },
      );
      await afterWrite?.('supersede');
    }
  }

  await touchOrgYear(conn, report.org.code, report.fiscal_year);
  await conn.run(
    `INSERT INTO report (hash, org_code, fiscal_year, round, period_start, period_end, file_name, format, encoding,
       parsed_at, parser_version, warnings, source, superseded_at, round_evidence_kind, round_evidence_text)
     VALUES ($hash, $org, $fy, $round, $start::DATE, $end::DATE, $file, $format, $encoding, $now::TIMESTAMP, $parser,
       $warnings, $src, NULL, $evidenceKind, $evidenceText)`,
    {
      hash,
      org: report.org.code,
      fy: report.fiscal_year,
      round: report.round,
      start: report.period?.start ?? null,
      end: report.period?.end ?? null,
      file: fileName,
      format: report.source.format,
      encoding: report.source.encoding,
      now: ts,
      parser: record.parser_version,
      warnings: list(report.warnings),
      src,
      evidenceKind: report.round_evidence?.kind ?? null,
      evidenceText: report.round_evidence?.text || null,
    },
    { warnings: LIST(VARCHAR) },
  );
  await afterWrite?.('report');

  for (const m of record.measures) {
    await conn.run(
      `INSERT INTO measure (report_hash, seq, number_text, name_th, name_norm, guideline, steps, responsible,
         monitoring_rounds, period_text, output, outcome, note, status, status_evidence, category, categories_other,
         indicators, indicator_source, source, status_reason_kind, status_reason_text)
       VALUES ($hash, $seq, $number, $name, $norm, $guideline, $steps, $responsible, $rounds, $period, $output, $outcome,
         $note, $status, $evidence, $category, $others, $indicators, $isrc, $src, $reasonKind, $reasonText)`,
      {
        hash,
        seq: m.seq,
        number: m.number_text,
        name: m.name_th,
        norm: m.name_norm,
        guideline: m.guideline,
        // รายละเอียดการดำเนินงาน has no column of its own: it describes how the measure was carried out.
        steps: m.steps ?? m.detail,
        responsible: list(m.responsible),
        rounds: list(m.monitoring_rounds),
        period: m.period_text,
        output: m.output,
        outcome: m.outcome,
        note:
          m.steps && m.detail
            ? [m.note, `รายละเอียดการดำเนินงาน: ${m.detail}`].filter(Boolean).join('\n')
            : m.note,
        status: m.status,
        evidence: m.status_evidence,
        category: m.category,
        others: list(m.categories_other),
        indicators: list(m.indicators),
        isrc: m.indicator_source,
        src,
        // A reason belongs to not_possible only; the parser should not give one otherwise, and the pages assume so.
        reasonKind: m.status === 'not_possible' ? (m.status_reason?.kind ?? null) : null,
        reasonText: m.status === 'not_possible' ? m.status_reason?.text || null : null,
      },
      MEASURE_LIST_TYPES,
    );
    await afterWrite?.('measure');
  }

  for (const [i, c] of report.claims.entries()) {
    await conn.run(
      `INSERT INTO claim VALUES ($hash, $seq, $kind, $indicator, $value, $year, $text)`,
      {
        hash,
        seq: i + 1,
        kind: c.kind,
        indicator: c.indicator,
        value: c.value,
        year: c.assessment_year,
        text: c.text,
      },
    );
    await afterWrite?.('claim');
  }

  const scores = report.org.code
    ? await insertClaimScores(conn, hash, report.org.code, report.claims, now, afterWrite)
    : 0;

  await conn.run(
    `INSERT INTO import_batch VALUES ($hash, $file, 'report', $now::TIMESTAMP, $counts)`,
    {
      hash,
      file: fileName,
      now: ts,
      counts: JSON.stringify({
        measures: record.measures.length,
        claims: report.claims.length,
        scores,
        superseded,
      }),
    },
  );
  await afterWrite?.('import_batch');
  return { superseded, scores };
}
