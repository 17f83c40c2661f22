// The shapes a parsed measure report takes: the stable JSON contract of parse-report and the richer record behind it.
import type { MeasureStatus, StatusReasonKind } from '../../ita/measure-status';

/** รอบ (round): the 3-, 6-, 9- or 12-month reporting period of a fiscal year. */
export type Round = '3m' | '6m' | '9m' | '12m';
export const ROUNDS: readonly Round[] = ['3m', '6m', '9m', '12m'];

// The status vocabulary is shared with the pages (src/lib/ita); the parser's modules keep importing it from here.
export {
  MEASURE_STATUSES,
  STATUS_REASON_KINDS,
  type MeasureStatus,
  type StatusReasonKind,
} from '../../ita/measure-status';

export interface StatusReason {
  kind: StatusReasonKind;
  /** The reason as written in the report. */
  text: string;
}

/** What decided a report's round: words that state it, the period it covers, or (an inference) its date. */
export interface RoundEvidence {
  kind: 'stated' | 'period' | 'document_date';
  text: string;
}

export type ClaimKind = 'total_score' | 'indicator_score' | 'weak_indicator';
export type SourceFormat = 'txt' | 'html' | 'docx' | 'pdf';

export interface ContractMeasure {
  seq: number;
  name_th: string;
  category: string;
  indicators: string[];
  indicator_source: 'explicit' | 'inferred';
  responsible: string[];
  monitoring_rounds: Round[];
  output: string | null;
  outcome: string | null;
  status: MeasureStatus;
  status_evidence: string | null;
  /** Only for status not_possible: the reason, when the report gives one. */
  status_reason: StatusReason | null;
}

export interface Claim {
  kind: ClaimKind;
  /** Indicator code ('10', '9.4'); null for a total score. */
  indicator: string | null;
  value: number | null;
  /** The ITA fiscal year the claim is about, only when the text says so. */
  assessment_year: number | null;
  text: string;
}

/** What `ita parse-report` prints. Other tools depend on this shape: change it only by adding fields. */
export interface ReportContract {
  source: { file: string; sha256: string; format: SourceFormat; encoding: string };
  org: {
    code: string | null;
    name_th: string | null;
    tambon_code: string | null;
    district_th: string | null;
    province_th: string | null;
  };
  fiscal_year: number | null;
  round: Round | null;
  /** What decided the round; kind document_date is an inference the reviewer should confirm. Null with no round. */
  round_evidence: RoundEvidence | null;
  period: { start: string; end: string } | null;
  measures: ContractMeasure[];
  claims: Claim[];
  warnings: string[];
}

/** A measure with everything the parser kept, as stored in the measure table. */
export interface MeasureRecord extends ContractMeasure {
  /** Numbering as written, in Arabic digits: '1', '1.2'. */
  number_text: string | null;
  name_norm: string;
  guideline: string | null;
  steps: string | null;
  /** รายละเอียดการดำเนินงาน: what the result table says was done. */
  detail: string | null;
  period_text: string | null;
  note: string | null;
  categories_other: string[];
  /** Where the measure came from: logical table and row numbers (1-based) in the document. */
  rows: { table: number; row: number }[];
}

export interface OrgCandidate {
  code: string;
  name_th: string;
  district_th: string;
  province_th: string;
}

/** How the organisation was found: the name and hints read from the text, and what the registry made of them. */
export interface OrgDetection {
  name_text: string | null;
  district_text: string | null;
  province_text: string | null;
  province_abbreviation: string | null;
  status: 'resolved' | 'ambiguous' | 'unknown' | 'not_found';
  matched_by: string | null;
  candidates: OrgCandidate[];
}

export interface ReportRecord {
  measures: MeasureRecord[];
  org: OrgDetection;
  /** The title lines the fiscal year and round were read from. */
  title: string | null;
  parser_version: string;
}

export interface ParsedReportFile {
  report: ReportContract;
  record: ReportRecord;
}
