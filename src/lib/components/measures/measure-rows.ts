// The row shapes of the measure queries (queries/measure_*.sql) as the page receives them.
export interface TrendRow {
  fiscal_year: number;
  round: string;
  orgs: number;
  measures: number;
  completed: number;
  in_progress: number;
  not_started: number;
  /** Could not be done (ไม่สามารถดำเนินการได้): known, not completed. */
  not_possible: number;
  unknown: number;
  completion_share: number | null;
  real_measures: number;
  synthetic_measures: number;
}

export interface CategoryRow {
  category: string;
  round: string;
  orgs: number;
  measures: number;
  completed: number;
  unknown: number;
  completion_share: number | null;
  real_measures: number;
}

export interface IndicatorRow {
  indicator: string;
  name_th: string;
  name_en: string;
  sort_key: number;
  round: string;
  measures: number;
  completed: number;
  unknown: number;
  completion_share: number | null;
}

export interface LowestOrgRow {
  org_code: string;
  short_name_th: string;
  district_th: string;
  province_th: string;
  /** Organisation type (org.type). */
  type: string;
  measures: number;
  completed: number;
  not_completed: number;
  not_possible: number;
  unknown: number;
  completion_share: number;
  source: string;
  orgs_in_round: number;
}

export interface MeasureRow {
  org_code: string;
  short_name_th: string;
  district_th: string;
  province_th: string;
  /** Organisation type (org.type). */
  type: string;
  seq: number;
  name_th: string;
  category: string;
  indicators: string[];
  indicator_source: string;
  status_6m: string | null;
  status_12m: string | null;
  other_rounds: string | null;
  latest_round: string;
  latest_status: string;
  status_evidence: string | null;
  output: string | null;
  /** Why it could not be done, from the latest round that says not_possible. */
  reason_kind: string | null;
  reason_text: string | null;
  source: string;
  file_name: string | null;
  corrected: boolean;
  total_rows: number;
}
