// A stored report as the review screen shows it: its measures as parsed and as corrected, and every correction with who and when.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Database } from '../db/database';

export interface ReviewReport {
  hash: string;
  file_name: string | null;
  format: string | null;
  encoding: string | null;
  parsed_at: string;
  parser_version: string;
  warnings: string[];
  fiscal_year: number | null;
  /** The round in force (as corrected by a person, else as read) and as read from the document. */
  round: string | null;
  round_stored: string | null;
  /** What decided the round as read; kind document_date is an inference a person should confirm. */
  round_evidence: { kind: string; text: string | null } | null;
  /** The latest confirmation or correction of the round, when a person made one. */
  round_checked: { who: string; at: string } | null;
  period_start: string | null;
  period_end: string | null;
  /** The organisation as stored with the report, and as in force after corrections. */
  org_code_stored: string | null;
  org_code: string | null;
  org: { name_th: string; district_th: string | null; province_th: string | null } | null;
  superseded_at: string | null;
  /** The report in force for the same organisation, year and round, when this one was superseded. */
  superseded_by: string | null;
  /** Corrections apply only to a report in force with a known organisation and fiscal year. */
  editable: boolean;
}

export interface ReviewMeasure {
  seq: number;
  number_text: string | null;
  name_th: string;
  responsible: string[];
  output: string | null;
  outcome: string | null;
  status_evidence: string | null;
  parsed: {
    status: string;
    status_reason: Reason | null;
    category: string;
    indicators: string[];
    indicator_source: string;
  };
  /** With corrections applied; null when the report is not in force (nothing applies to it). */
  current: {
    status: string;
    status_reason: Reason | null;
    category: string;
    indicators: string[];
    indicator_source: string;
  } | null;
  corrected: boolean;
}

/** Why a measure could not be done (status not_possible): no_budget, policy_changed, no_staff or other. */
export interface Reason {
  kind: string;
  text: string | null;
}

export interface ReviewCorrection {
  kind: 'measure' | 'org' | 'round';
  seq: number | null;
  name_th: string | null;
  field: string;
  before: string | null;
  after: string;
  who: string;
  at: string;
}

export interface ReportReview {
  report: ReviewReport;
  measures: ReviewMeasure[];
  claims: {
    kind: string;
    indicator: string | null;
    value: number | null;
    assessment_year: number | null;
    text: string;
  }[];
  history: ReviewCorrection[];
}

const ISO = `'%Y-%m-%dT%H:%M:%SZ'`;

async function rows(
  conn: DuckDBConnection,
  sql: string,
  params: Record<string, string | number | null>,
): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql, params)).getRowObjectsJS() as Record<string, unknown>[];
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
const reason = (kind: unknown, text: unknown): Reason | null =>
  kind === null || kind === undefined ? null : { kind: String(kind), text: str(text) };

/** The review of report `hash`, or null when no report has that hash. */
export async function loadReportReview(db: Database, hash: string): Promise<ReportReview | null> {
  return db.withConnection(async (conn) => {
    const [r] = await rows(
      conn,
      `SELECT r.hash, r.file_name, r.format, r.encoding, strftime(r.parsed_at, ${ISO}) AS parsed_at, r.parser_version,
         r.warnings, r.fiscal_year, r.round AS round_stored, r.round_evidence_kind, r.round_evidence_text,
         coalesce(ro.value_after, r.round) AS round, ro.who AS round_who, strftime(ro.changed_at, ${ISO}) AS round_at,
         CAST(r.period_start AS VARCHAR) AS period_start,
         CAST(r.period_end AS VARCHAR) AS period_end, r.org_code AS org_code_stored,
         coalesce((SELECT arg_max(value_after, changed_at) FROM report_org_override WHERE report_hash = r.hash), r.org_code) AS org_code,
         strftime(r.superseded_at, ${ISO}) AS superseded_at
       FROM report r
       LEFT JOIN (
         SELECT report_hash, arg_max(value_after, changed_at) AS value_after, arg_max(who, changed_at) AS who,
           max(changed_at) AS changed_at
         FROM report_round_override GROUP BY report_hash
       ) ro ON ro.report_hash = r.hash
       WHERE r.hash = $h AND r.source <> 'synthetic'`,
      { h: hash },
    );
    if (!r) return null;
    const orgCode = str(r.org_code);
    const [org] = orgCode
      ? await rows(conn, `SELECT name_th, district_th, province_th FROM org WHERE code = $c`, {
          c: orgCode,
        })
      : [];
    const [newer] =
      r.superseded_at && orgCode && r.fiscal_year !== null
        ? await rows(
            conn,
            `SELECT hash FROM report_current WHERE org_code = $org AND fiscal_year = $fy
               AND round IS NOT DISTINCT FROM $round AND source LIKE 'report:%' LIMIT 1`,
            { org: orgCode, fy: num(r.fiscal_year), round: str(r.round) },
          )
        : [];
    const measures = await rows(
      conn,
      `SELECT m.seq, m.number_text, m.name_th, m.responsible, m.output, m.outcome, m.status_evidence,
         m.status, m.status_reason_kind, m.status_reason_text, m.category, m.indicators, m.indicator_source,
         c.status AS c_status, c.status_reason_kind AS c_reason_kind, c.status_reason_text AS c_reason_text,
         c.category AS c_category, c.indicators AS c_indicators,
         c.indicator_source AS c_indicator_source, c.corrected
       FROM measure m LEFT JOIN measure_current c ON c.report_hash = m.report_hash AND c.seq = m.seq
       WHERE m.report_hash = $h ORDER BY m.seq`,
      { h: hash },
    );
    const claims = await rows(
      conn,
      `SELECT kind, indicator, value, assessment_year, text FROM claim WHERE report_hash = $h ORDER BY seq`,
      { h: hash },
    );
    // Measure corrections are keyed by organisation, year, round and name, so those made on an earlier version of
    // the report show here too.
    const history = await rows(
      conn,
      `SELECT 'measure' AS kind, m.seq, m.name_th, o.field, o.value_before, o.value_after, o.who,
         strftime(o.changed_at, ${ISO}) AS at, o.changed_at
       FROM measure_override o JOIN measure m ON m.report_hash = $h AND m.name_norm = o.name_norm
       WHERE o.org_code = $org AND o.fiscal_year = $fy AND o.round IS NOT DISTINCT FROM $round
       UNION ALL
       SELECT 'org', NULL, NULL, 'org_code', value_before, value_after, who, strftime(changed_at, ${ISO}), changed_at
       FROM report_org_override WHERE report_hash = $h
       UNION ALL
       SELECT 'round', NULL, NULL, 'round', value_before, value_after, who, strftime(changed_at, ${ISO}), changed_at
       FROM report_round_override WHERE report_hash = $h
       ORDER BY changed_at DESC, seq, field`,
      { h: hash, org: orgCode, fy: num(r.fiscal_year), round: str(r.round) },
    );
    const live = r.superseded_at === null;
    return {
      report: {
        hash,
        file_name: str(r.file_name),
        format: str(r.format),
        encoding: str(r.encoding),
        parsed_at: String(r.parsed_at),
        parser_version: String(r.parser_version),
        warnings: list(r.warnings),
        fiscal_year: num(r.fiscal_year),
        round: str(r.round),
        round_stored: str(r.round_stored),
        round_evidence:
          r.round_evidence_kind === null
            ? null
            : { kind: String(r.round_evidence_kind), text: str(r.round_evidence_text) },
        round_checked:
          r.round_who === null ? null : { who: String(r.round_who), at: String(r.round_at) },
        period_start: str(r.period_start),
        period_end: str(r.period_end),
        org_code_stored: str(r.org_code_stored),
        org_code: orgCode,
        org: org
          ? {
              name_th: String(org.name_th),
              district_th: str(org.district_th),
              province_th: str(org.province_th),
            }
          : null,
        superseded_at: str(r.superseded_at),
        superseded_by: str(newer?.hash),
        editable: live && orgCode !== null && r.fiscal_year !== null,
      },
      measures: measures.map((m) => ({
        seq: Number(m.seq),
        number_text: str(m.number_text),
        name_th: String(m.name_th),
        responsible: list(m.responsible),
        output: str(m.output),
        outcome: str(m.outcome),
        status_evidence: str(m.status_evidence),
        parsed: {
          status: String(m.status),
          status_reason: reason(m.status_reason_kind, m.status_reason_text),
          category: String(m.category),
          indicators: list(m.indicators),
          indicator_source: String(m.indicator_source),
        },
        current:
          m.c_status === null || m.c_status === undefined
            ? null
            : {
                status: String(m.c_status),
                status_reason: reason(m.c_reason_kind, m.c_reason_text),
                category: String(m.c_category),
                indicators: list(m.c_indicators),
                indicator_source: String(m.c_indicator_source),
              },
        corrected: m.corrected === true,
      })),
      claims: claims.map((c) => ({
        kind: String(c.kind),
        indicator: str(c.indicator),
        value: num(c.value),
        assessment_year: num(c.assessment_year),
        text: String(c.text),
      })),
      history: history.map((h) => ({
        kind: h.kind === 'org' ? 'org' : h.kind === 'round' ? 'round' : 'measure',
        seq: num(h.seq),
        name_th: str(h.name_th),
        field: String(h.field),
        before: str(h.value_before),
        after: String(h.value_after),
        who: String(h.who),
        at: String(h.at),
      })),
    };
  });
}
