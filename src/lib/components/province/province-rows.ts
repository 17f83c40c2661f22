// The row shapes of the province queries (queries/province_*.sql) as the page receives them.
export interface ProvinceOrgRow {
  org_code: string;
  short_name_th: string;
  district_code: string;
  district_th: string;
  /** Organisation type (org.type). */
  type: string;
  total: number;
  level: string | null;
  level_en: string | null;
  passed: boolean;
  source: string;
  compare_total: number | null;
  change: number | null;
  weak_count: number | null;
  weakest_code: string | null;
  weakest_name_th: string | null;
  weakest_name_en: string | null;
  weakest_value: number | null;
  measure_round: string | null;
  measures: number | null;
  measures_completed: number | null;
  measure_share: number | null;
}

export interface ProvinceHeadlineRow {
  orgs: number;
  passed: number;
  pass_share: number | null;
  mean_total: number | null;
  median_total: number | null;
  real_orgs: number;
  pass_mark: number;
  target_share: number;
  /** From 2566 the target also asks for a national mean (89); null before. */
  target_mean: number | null;
  compare_orgs: number;
  compare_pass_share: number | null;
  compare_mean_total: number | null;
  national_orgs: number;
  national_pass_share: number | null;
  worst_district_code: string | null;
  worst_district_th: string | null;
  worst_district_failed: number | null;
  worst_district_orgs: number | null;
}
