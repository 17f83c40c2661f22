// What a generated report is made of (the spec) and what a reader must get out of it (the ground truth).
import type { ClaimKind, MeasureStatus, Round, RoundEvidence, StatusReasonKind } from '../types';
import type { GeneratedOrg } from './orgs';
import type { ColumnRole, MeasureWords } from './vocabulary';

/** A measure table's layout, or measures written as numbered paragraphs with labelled lines and no table. */
export type Shape = 'combined' | 'plan_result' | 'result_only' | 'paragraphs';
/** How measures are numbered: a number column, a number before the name, sub-numbers under headings, or none. */
export type Numbering = 'column' | 'prefix' | 'paren' | 'sub' | 'none';
export type Digits = 'thai' | 'arabic';

export interface MeasureSpec {
  words: MeasureWords;
  status: Exclude<MeasureStatus, 'unknown'>;
  /** Only for not_possible: the reason as written, or null when the report gives none. */
  reason: { kind: StatusReasonKind; text: string } | null;
  /** Index into the status column's words for this status. */
  statusWord: number;
  responsible: string;
  /** A not-started measure's result cells: the words ยังไม่ได้ดำเนินการ, only dashes, or only a promise to act later. */
  notStarted: 'words' | 'dashes' | 'promise';
}

export interface ReportSpec {
  org: GeneratedOrg;
  /** District and province are written somewhere (title, memo, narrative); never for a twin. */
  locationInText: boolean;
  /** The memo wrapper (บันทึกข้อความ) and the form of its document number, or none. */
  memo: { docForm: number; office: string; serial: string } | null;
  fiscalYear: number;
  fiscalYearForm: number;
  round: Round | null;
  /** What tells the round: words, the period covered (in the text or common to the period column), the date. */
  roundEvidence: RoundEvidence['kind'] | null;
  periodIn: 'text' | 'column';
  roundWord: number;
  periodForm: number;
  /** Day and month choice (0 or 1) of the document date inside the round's reporting window. */
  dateDay: number;
  dateMonth: number;
  digits: Digits;
  shape: Shape;
  numbering: Numbering;
  /** Index into each role's wordings (taken modulo the list length). */
  wording: Record<ColumnRole, number>;
  resultGroupWording: number;
  /** Rank per role: columns are sorted by it (the measure column keeps its place when `nameFirst`). */
  order: Record<ColumnRole, number>;
  nameFirst: boolean;
  statusColumn: boolean;
  periodColumn: boolean;
  noteColumn: boolean;
  /** result_only: ผลผลิต / ผลลัพธ์ under a two-row header, or one result column. */
  twoRowHeader: boolean;
  measures: MeasureSpec[];
  /** Row positions (in the last table) after which a page breaks. */
  pageBreaks: number[];
  repeatHeader: boolean;
  /** The row before a page break continues on the next page in a row with an empty name cell. */
  splitRow: boolean;
  appendix: boolean;
  claims: { total: number | null; weak: { code: string; value: number | null }[] };
  /** Narrative sentence forms (0..n). */
  narrativeForm: number;
}

export interface TruthMeasure {
  name: string;
  status: Exclude<MeasureStatus, 'unknown'>;
  status_reason_kind: StatusReasonKind | null;
}

export interface TruthClaim {
  kind: ClaimKind;
  indicator: string | null;
  value: number | null;
  assessment_year: number | null;
}

/** What a careful reader gets out of the report: the answer the parser is compared with. */
export interface GroundTruth {
  org_code: string;
  fiscal_year: number;
  round: Round | null;
  round_evidence_kind: RoundEvidence['kind'] | null;
  measures: TruthMeasure[];
  claims: TruthClaim[];
}

export function truthOf(spec: ReportSpec): GroundTruth {
  const year = spec.fiscalYear - 1;
  const claims: TruthClaim[] = [];
  if (spec.claims.total !== null)
    claims.push({
      kind: 'total_score',
      indicator: null,
      value: spec.claims.total,
      assessment_year: year,
    });
  for (const w of spec.claims.weak) {
    if (w.value !== null)
      claims.push({
        kind: 'indicator_score',
        indicator: w.code,
        value: w.value,
        assessment_year: year,
      });
    claims.push({ kind: 'weak_indicator', indicator: w.code, value: null, assessment_year: year });
  }
  return {
    org_code: spec.org.code,
    fiscal_year: spec.fiscalYear,
    round: spec.round,
    round_evidence_kind: spec.round === null ? null : spec.roundEvidence,
    measures: spec.measures.map((m) => ({
      name: m.words.name,
      status: m.status,
      status_reason_kind: m.reason?.kind ?? null,
    })),
    claims,
  };
}
