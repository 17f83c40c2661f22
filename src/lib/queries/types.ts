// Row and parameter types of every named query, generated from the headers of queries/*.sql: do not edit.
// Regenerate with `npm run gen:query-types` (scripts/gen-query-types.ts); `npm run check` fails when stale.
// A column is `| null` exactly when its @column description says when it is null.

/** area_pass_ranking: the share passing in one fiscal year per province (nationally) or per district (within a province), best first, for ranking charts. */
export type AreaPassRankingRow = {
  /** Province code (2 digits) or district code (4 digits) */
  area_code: string;
  /** Thai name of the province or district */
  area_th: string;
  /** Organisations with a total in the year */
  orgs: number;
  /** Of which at or above the pass mark */
  passed: number;
  /** passed / orgs, 0-1 */
  pass_share: number;
  /** Mean total */
  mean_total: number;
  /** Organisations whose scores that year are synthetic demo data */
  synthetic_orgs: number;
  /** National target: share of agencies that should pass */
  target_share: number;
  /** National target from 2566: the national mean it asks for (89); null before */
  target_mean: number | null;
};

/** The parameters of area_pass_ranking. */
export type AreaPassRankingParams = {
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** varchar(/\d{2}/): 2-digit province code: rank its districts; absent = rank the provinces */
  province?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** change_histogram: the distribution of the change of the total between two years for the organisations in scope, in bins two thresholds wide so that one bin is exactly the stable band, split by direction of travel. */
export type ChangeHistogramRow = {
  /** Lower edge of the bin (inclusive) */
  bin_start: number;
  /** Upper edge of the bin (exclusive) */
  bin_end: number;
  /** Direction of travel */
  direction: 'improving' | 'stable' | 'worsening';
  /** Organisations whose change falls in the bin */
  orgs: number;
};

/** The parameters of change_histogram. */
export type ChangeHistogramParams = {
  /** integer[2500..2700]: The later year of the pair (BE), e.g. 2567 */
  fiscal_year: number | string;
  /** integer[2500..2700]: The year compared with, e.g. 2566; change = fiscal_year - compare */
  compare: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** double: A change of at least this many points is improving or worsening (CHANGE_THRESHOLD); bins are 2 × threshold wide */
  threshold: number | string;
};

/** change_indicators: per indicator 1-10, the mean change between two years among the organisations in scope with the indicator in both years, and how many improved or worsened: which indicators improved most. */
export type ChangeIndicatorsRow = {
  /** Indicator code '1'..'10' */
  code: string;
  /** Name in fiscal_year's framework (Thai) */
  name_th: string;
  /** Name in fiscal_year's framework (English) */
  name_en: string;
  /** IIT, EIT or OIT */
  tool: string;
  /** Order in the framework */
  sort_key: number;
  /** Organisations with the indicator in both years */
  orgs: number;
  /** Mean in compare */
  mean_before: number;
  /** Mean in fiscal_year */
  mean_now: number;
  /** Mean change */
  mean_change: number;
  /** Organisations up by at least the threshold */
  improving: number;
  /** Organisations that moved by less than the threshold */
  stable: number;
  /** Organisations down by at least the threshold */
  worsening: number;
};

/** The parameters of change_indicators. */
export type ChangeIndicatorsParams = {
  /** integer[2500..2700]: The later year of the pair (BE), e.g. 2567 */
  fiscal_year: number | string;
  /** integer[2500..2700]: The year compared with, e.g. 2566; change = fiscal_year - compare */
  compare: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** double: A change of at least this many points is improving or worsening (CHANGE_THRESHOLD) */
  threshold: number | string;
};

/** change_orgs: each organisation in scope with a total in both years: totals, change, direction of travel, rank within the scope in each year, and level or rating in each year; optionally only the biggest movers. */
export type ChangeOrgsRow = {
  /** Organisation code */
  org_code: string;
  /** Short name, e.g. อบต.จะรัง */
  short_name_th: string;
  /** District (อำเภอ) */
  district_th: string;
  /** Province (จังหวัด) */
  province_th: string;
  /** Total in compare */
  total_before: number;
  /** Total in fiscal_year */
  total_now: number;
  /** total_now - total_before, two decimals */
  change: number;
  /** Direction of travel (against the threshold) */
  direction: 'improving' | 'stable' | 'worsening';
  /** Rank by total within the scope in compare (1 = highest; ties share a rank), among the organisations with both years */
  rank_before: number;
  /** The same in fiscal_year */
  rank_now: number;
  /** rank_before - rank_now: positive = moved up */
  rank_change: number;
  /** Level (AA-F) or rating in compare */
  level_before: string;
  /** Level or rating in fiscal_year */
  level_now: string;
  /** English label in compare */
  level_en_before: string;
  /** English label in fiscal_year */
  level_en_now: string;
  /** Position when sorted by change, largest rise first */
  gain_order: number;
  /** Position when sorted by change, largest fall first */
  decline_order: number;
  /** Synthetic demo data in either year */
  synthetic: boolean;
};

/** The parameters of change_orgs. */
export type ChangeOrgsParams = {
  /** integer[2500..2700]: The later year of the pair (BE), e.g. 2567 */
  fiscal_year: number | string;
  /** integer[2500..2700]: The year compared with, e.g. 2566; change = fiscal_year - compare */
  compare: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** double: A change of at least this many points is improving or worsening (CHANGE_THRESHOLD) */
  threshold: number | string;
  /** integer[1..500]: Only the this-many biggest gainers and this-many biggest decliners; absent = every organisation */
  movers?: number | string | null;
};

/** change_summary: year-on-year change of the total for the organisations in scope with a total in both years: how many, mean and median change, how many improved, stayed stable or worsened, how many passed in each year. */
export type ChangeSummaryRow = {
  /** Organisations in scope with a total in fiscal_year */
  orgs_now: number;
  /** Organisations in scope with a total in compare */
  orgs_before: number;
  /** Organisations with a total in both years (all the other columns count these) */
  orgs_paired: number;
  /** Mean total in compare */
  mean_before: number;
  /** Mean total in fiscal_year */
  mean_now: number;
  /** Mean change of the total */
  mean_change: number;
  /** Median change of the total */
  median_change: number;
  /** Organisations whose total rose by at least the threshold */
  improving: number;
  /** Organisations whose total moved by less than the threshold */
  stable: number;
  /** Organisations whose total fell by at least the threshold */
  worsening: number;
  /** Organisations at or above the pass mark in compare */
  passed_before: number;
  /** Organisations at or above the pass mark in fiscal_year */
  passed_now: number;
  /** Letter levels (AA-F) or ratings (ผ่าน/ต้องปรับปรุง) in compare */
  grading_before: 'level' | 'rating';
  /** The same for fiscal_year */
  grading_now: 'level' | 'rating';
  /** Paired organisations with synthetic demo data in either year */
  synthetic_orgs: number;
  /** The threshold used */
  threshold: number;
};

/** The parameters of change_summary. */
export type ChangeSummaryParams = {
  /** integer[2500..2700]: The later year of the pair (BE), e.g. 2567 */
  fiscal_year: number | string;
  /** integer[2500..2700]: The year compared with, e.g. 2566; change = fiscal_year - compare */
  compare: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** double: A change of at least this many points is improving or worsening (CHANGE_THRESHOLD) */
  threshold: number | string;
};

/** change_transitions: how many organisations in scope moved from each level or rating in one year to each in the other (B→A, ผ่าน→ต้องปรับปรุง…). 2563-2565 grade with letter levels and 2566+ with pass/fail ratings, so a pair across that boundary pairs labels of the two kinds. */
export type ChangeTransitionsRow = {
  /** Level (AA-F) or rating in compare */
  level_before: string;
  /** Level or rating in fiscal_year */
  level_now: string;
  /** English label in compare */
  level_en_before: string;
  /** English label in fiscal_year */
  level_en_now: string;
  /** Order of level_before in its year's grading, 1 = best */
  rank_before: number;
  /** Order of level_now in its year's grading, 1 = best */
  rank_now: number;
  /** In compare */
  grading_before: 'level' | 'rating';
  /** In fiscal_year */
  grading_now: 'level' | 'rating';
  /** Organisations that made this move */
  orgs: number;
};

/** The parameters of change_transitions. */
export type ChangeTransitionsParams = {
  /** integer[2500..2700]: The later year of the pair (BE), e.g. 2567 */
  fiscal_year: number | string;
  /** integer[2500..2700]: The year compared with, e.g. 2566 */
  compare: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** compare_indicators: the top-level indicator scores (1-10) of each organisation being compared in one fiscal year. */
export type CompareIndicatorsRow = {
  /** Organisation code */
  org_code: string;
  /** Indicator code */
  code: string;
  /** Indicator name in Thai */
  name_th: string;
  /** Indicator name in English */
  name_en: string;
  /** IIT, EIT or OIT */
  tool: string;
  /** Framework order */
  sort_key: number;
  /** Score, 0-100 */
  value: number;
  /** Where the organisation's scores come from */
  source: 'real' | 'synthetic';
  /** The year's pass mark */
  pass_mark: number;
};

/** The parameters of compare_indicators. */
export type CompareIndicatorsParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}(,[A-Za-z0-9_-]{1,40}){0,9}/): Up to ten organisation codes, comma-separated */
  orgs: string;
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
};

/** compare_orgs: the organisations being compared, in the order given, with a label that tells same-name organisations apart by district and province. */
export type CompareOrgsRow = {
  /** Place in the list given (1 = first) */
  position: number;
  /** Organisation code */
  code: string;
  /** Short Thai name */
  short_name_th: string;
  /** Full Thai name */
  name_th: string;
  /** Organisation type */
  type: string;
  /** District; null for an agency without one */
  district_th: string | null;
  /** Province; null for an agency without one */
  province_th: string | null;
  /** Name for legends: the short name, with district and province added when another organisation in the list has the same short name */
  label: string;
};

/** The parameters of compare_orgs. */
export type CompareOrgsParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}(,[A-Za-z0-9_-]{1,40}){0,9}/): Up to ten organisation codes, comma-separated, e.g. 6940907,6940108 */
  orgs: string;
};

/** data_inventory: what data is loaded, per fiscal year: organisations with scores (real and synthetic), reports and measures. */
export type DataInventoryRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** Organisations with a total score */
  orgs_scored: number;
  /** Of those, organisations whose scores are real (imported or from reports) */
  orgs_real: number;
  /** Of those, organisations whose scores are synthetic demo data */
  orgs_synthetic: number;
  /** Real measure reports in force */
  reports_real: number;
  /** Measures from real reports */
  measures_real: number;
  /** Synthetic demo measures */
  measures_synthetic: number;
};

/** The parameters of data_inventory. */
export type DataInventoryParams = Record<string, never>;

/** districts: the districts of a province with the number of organisations in each, for scope pickers. */
export type DistrictsRow = {
  /** 4-digit district code */
  district_code: string;
  /** Thai name */
  district_th: string;
  /** Organisations registered in the district */
  orgs: number;
};

/** The parameters of districts. */
export type DistrictsParams = {
  /** varchar(/\d{2}/): 2-digit province code */
  province: string;
};

/** framework_indicators: the ten top-level indicators of a fiscal year's framework, in framework order, with their names (for pickers and chart labels). */
export type FrameworkIndicatorsRow = {
  /** Indicator code, '1' to '10' */
  code: string;
  /** Thai name */
  name_th: string;
  /** English name */
  name_en: string;
  /** The tool the indicator belongs to */
  tool: 'IIT' | 'EIT' | 'OIT';
  /** Whether its name or weight is not confirmed from NACC publications */
  unconfirmed: boolean;
};

/** The parameters of framework_indicators. */
export type FrameworkIndicatorsParams = {
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
};

/** frameworks: the rules of each fiscal year: pass mark, national target and kind of grading (letter levels or pass/fail ratings). */
export type FrameworksRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** Total at or above which an organisation passes */
  pass_mark: number;
  /** National target: the total an agency must reach… */
  target_min: number;
  /** …and the share of agencies that should reach it */
  target_share: number;
  /** …and, from 2566, the national mean it asks for (89); null before */
  target_mean: number | null;
  /** Letter levels (AA-F) or ratings (ผ่าน/ต้องปรับปรุง) */
  grading_kind: 'level' | 'rating';
  /** Whether the year's grading rules are not yet confirmed from NACC publications */
  grading_unconfirmed: boolean;
  /** Whether the weights of the ten indicators in the total are not yet confirmed */
  weights_unconfirmed: boolean;
};

/** The parameters of frameworks. */
export type FrameworksParams = Record<string, never>;

/** grade_distribution: per fiscal year, how many organisations in scope reached each level (AA-F, to 2565) or rating (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน, from 2566), with every grade of the year's framework listed even when empty. */
export type GradeDistributionRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** Letter levels (AA-F) or pass/fail ratings */
  grading_kind: 'level' | 'rating';
  /** 1 = the best grade of the year */
  rank: number;
  /** The level or rating as published (Thai) */
  grade: string;
  /** The same in English */
  grade_en: string;
  /** The grade is at or above the pass mark */
  passing: boolean;
  /** Organisations with that grade */
  orgs: number;
  /** orgs / organisations assessed that year, 0-1 */
  share: number;
  /** Of which with synthetic demo scores */
  synthetic_orgs: number;
  /** Of which rated from incomplete tools (from 2566: no EIT part 1/2, or a tool missing) */
  incomplete_orgs: number;
};

/** The parameters of grade_distribution. */
export type GradeDistributionParams = {
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** indicator_heatmap: the cells of the organisations × indicators heatmap of a fiscal year: each organisation of the chosen province or district × the total and indicators 1-10 (or, with drill, one indicator and its sub-indicators); for the whole country, each province's means instead. */
export type IndicatorHeatmapRow = {
  /** An organisation, or a province's mean (for the whole country) */
  row_kind: 'org' | 'province';
  /** Organisation code or 2-digit province code */
  row_code: string;
  /** Short name (อบต.จะรัง) or province name */
  row_name: string;
  /** District of an organisation; null for a province row */
  district_th: string | null;
  /** 'TOTAL', an indicator code '1'..'10', or a sub-indicator code such as '9.2' */
  code: string;
  /** Column order: 0 for the total, then the framework's order */
  sort_key: number;
  /** Score (an organisation) or mean score (a province) */
  value: number;
  /** Organisation: weak under the chosen definition (the total and sub-indicators: below the pass mark). Province: more than half of its organisations weak */
  weak: boolean;
  /** Share of the row's organisations for which the cell is weak (0 or 1 for an organisation) */
  weak_share: number;
  /** Organisations behind the cell */
  orgs: number;
  /** Of which synthetic demo data */
  synthetic_orgs: number;
};

/** The parameters of indicator_heatmap. */
export type IndicatorHeatmapParams = {
  /** integer[2500..2700]: Fiscal year (BE), e.g. 2567 */
  fiscal_year: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent (with no district) = one row per province */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** varchar(/\d{1,2}/): A top-level indicator code, e.g. 9: that indicator and its sub-indicators instead of the total and indicators 1-10 */
  drill?: string | null;
  /** enum(pass_mark|lowest|peer_median): Definition of a weak indicator (weak_flags in migration 010) */
  weak: 'pass_mark' | 'lowest' | 'peer_median';
  /** enum(district|province|type|similar): Peer group of the peer-median definition (similar reads the same-type median: median_peer, migration 022) */
  peer: 'district' | 'province' | 'type' | 'similar';
  /** integer[1..10]: Under 'lowest', an organisation's this many lowest indicators are weak (LOWEST_COUNT) */
  lowest_n: number | string;
};

/** indicator_summary: per indicator of a fiscal year (or, with drill, one indicator and its sub-indicators): mean, median and share below the pass mark in the chosen area and each wider area (district, province, nation), and the share weak under the chosen definition. */
export type IndicatorSummaryRow = {
  /** The area the row is about */
  area_level: 'district' | 'province' | 'nation';
  /** District or province code; null for the nation */
  area_code: string | null;
  /** Indicator code, e.g. '7' or '9.2' */
  code: string;
  /** The parent of a sub-indicator; null for indicators 1-10 */
  parent_code: string | null;
  /** IIT, EIT or OIT */
  tool: string;
  /** Name in the year's framework (Thai) */
  name_th: string;
  /** Name in the year's framework (English) */
  name_en: string;
  /** Order in the framework */
  sort_key: number;
  /** Weight in the total (in the parent, for a sub-indicator) */
  weight: number;
  /** The weight is not confirmed from NACC publications */
  weight_unconfirmed: boolean;
  /** The name is not confirmed from NACC publications */
  name_unconfirmed: boolean;
  /** Organisations in the area with a value */
  orgs: number;
  /** Mean score */
  mean_value: number;
  /** Median score */
  median_value: number;
  /** Organisations below the pass mark */
  below_pass: number;
  /** Share below the pass mark, 0-1 */
  below_share: number;
  /** Organisations for which the indicator is weak under the chosen definition; null for sub-indicators (weak_flags covers indicators 1-10) */
  weak_orgs: number | null;
  /** weak_orgs / orgs; null for sub-indicators */
  weak_share: number | null;
  /** The year's pass mark */
  pass_mark: number;
  /** Organisations whose value is synthetic demo data */
  synthetic_orgs: number;
};

/** The parameters of indicator_summary. */
export type IndicatorSummaryParams = {
  /** integer[2500..2700]: Fiscal year (BE), e.g. 2567 */
  fiscal_year: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code; its province and the nation are returned too */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type; applies to every area */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** varchar(/\d{1,2}/): A top-level indicator code, e.g. 9: that indicator and its sub-indicators instead of indicators 1-10 */
  drill?: string | null;
  /** enum(pass_mark|lowest|peer_median): Definition of a weak indicator (weak_flags in migration 010) */
  weak: 'pass_mark' | 'lowest' | 'peer_median';
  /** enum(district|province|type|similar): Peer group of the peer-median definition (similar reads the same-type median: median_peer, migration 022) */
  peer: 'district' | 'province' | 'type' | 'similar';
  /** integer[1..10]: Under 'lowest', an organisation's this many lowest indicators are weak (LOWEST_COUNT) */
  lowest_n: number | string;
};

/** measure_completion_by_category: for one fiscal year, per measure category (main category, data/taxonomy/measure-categories.json) and รอบ, the measures reported and the share completed. */
export type MeasureCompletionByCategoryRow = {
  /** Main category id, e.g. public_disclosure */
  category: string;
  /** รอบ: 3m, 6m, 9m, 12m, or 'unknown' */
  round: string;
  /** Organisations with a measure of this category in the round */
  orgs: number;
  /** Measures reported */
  measures: number;
  /** Measures completed */
  completed: number;
  /** Measures that could not be done (ไม่สามารถดำเนินการได้) */
  not_possible: number;
  /** Measures whose status could not be read */
  unknown: number;
  /** completed / (measures - unknown), 0-1; null when no status is known */
  completion_share: number | null;
  /** Measures read from real reports */
  real_measures: number;
};

/** The parameters of measure_completion_by_category. */
export type MeasureCompletionByCategoryParams = {
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** measure_completion_by_indicator: for one fiscal year, per top-level ITA indicator a measure targets and รอบ, the measures reported and the share completed. A measure aimed at 9.1 counts for indicator 9; one aimed at several indicators counts for each. */
export type MeasureCompletionByIndicatorRow = {
  /** Top-level indicator code, '1'..'10' */
  indicator: string;
  /** Indicator name (Thai) in the year's framework */
  name_th: string;
  /** Indicator name (English) */
  name_en: string;
  /** Framework order */
  sort_key: number;
  /** รอบ: 3m, 6m, 9m, 12m, or 'unknown' */
  round: string;
  /** Measures targeting the indicator */
  measures: number;
  /** Of which completed */
  completed: number;
  /** Of which the status could not be read */
  unknown: number;
  /** completed / (measures - unknown), 0-1; null when no status is known */
  completion_share: number | null;
};

/** The parameters of measure_completion_by_indicator. */
export type MeasureCompletionByIndicatorParams = {
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** measure_completion_trend: per fiscal year and รอบ (reporting round), how many measures the organisations in scope reported and the share completed. */
export type MeasureCompletionTrendRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** รอบ: 3m, 6m, 9m, 12m, or 'unknown' when the report does not say */
  round: string;
  /** Organisations with at least one measure reported in the round */
  orgs: number;
  /** Measures reported in the round */
  measures: number;
  /** Measures whose result cells say the work was done (status completed) */
  completed: number;
  /** Measures reported as under way */
  in_progress: number;
  /** Measures with an empty result or only a promise to report later */
  not_started: number;
  /** Measures reported as could not be done (ไม่สามารถดำเนินการได้), e.g. for want of budget */
  not_possible: number;
  /** Measures whose status could not be read from the report */
  unknown: number;
  /** completed / (measures - unknown), 0-1 (not_possible counts as not completed); null when no status is known */
  completion_share: number | null;
  /** Measures read from real reports */
  real_measures: number;
  /** Measures that are synthetic demo data */
  synthetic_measures: number;
};

/** The parameters of measure_completion_trend. */
export type MeasureCompletionTrendParams = {
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** measure_lowest_orgs: the organisations in scope with the lowest share of measures completed in one fiscal year and รอบ (ties: more measures not completed first). */
export type MeasureLowestOrgsRow = {
  /** Organisation code */
  org_code: string;
  /** Short Thai name, e.g. อบต.จะรัง */
  short_name_th: string;
  /** District (อำเภอ) */
  district_th: string;
  /** Province (จังหวัด) */
  province_th: string;
  /** Organisation type (sao, subdistrict_municipality, …) */
  type: string;
  /** Measures reported in the round */
  measures: number;
  /** Measures completed */
  completed: number;
  /** Measures in progress, not started or that could not be done */
  not_completed: number;
  /** Of those, measures that could not be done (ไม่สามารถดำเนินการได้) */
  not_possible: number;
  /** Measures whose status could not be read */
  unknown: number;
  /** completed / (measures - unknown), 0-1; null when no status is known */
  completion_share: number | null;
  /** 'real' when the round's measures come from a real report, else 'synthetic' */
  source: string;
  /** Organisations in scope that reported measures in the round (the same on every row) */
  orgs_in_round: number;
};

/** The parameters of measure_lowest_orgs. */
export type MeasureLowestOrgsParams = {
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** enum(3m|6m|9m|12m): รอบ (reporting round) */
  round: '3m' | '6m' | '9m' | '12m';
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** integer[1..100]: How many organisations (default 15) */
  limit?: number | string | null;
};

/** measure_table: one page of the measures of a fiscal year, one row per organisation and measure with its status in each รอบ, filtered, with the total count for paging. */
export type MeasureTableRow = {
  /** Organisation code */
  org_code: string;
  /** Short Thai name, e.g. อบต.จะรัง */
  short_name_th: string;
  /** District (อำเภอ) */
  district_th: string;
  /** Province (จังหวัด) */
  province_th: string;
  /** Organisation type (sao, subdistrict_municipality, …) */
  type: string;
  /** Order in the report */
  seq: number;
  /** The measure (มาตรการ) as written */
  name_th: string;
  /** Main category id */
  category: string;
  /** Targeted indicator codes, e.g. [9, 9.1, 7] */
  indicators: string[];
  /** explicit (the report names it), inferred (from the category) or corrected (by a person) */
  indicator_source: string;
  /** Status in the 6-month round, null when not reported */
  status_6m: string | null;
  /** Status in the 12-month round, null when not reported */
  status_12m: string | null;
  /** Other rounds as 'round:status' pairs (3m, 9m, or ? when the report does not say), null when none */
  other_rounds: string | null;
  /** The latest round that reports the measure */
  latest_round: string;
  /** Its status in that round */
  latest_status: string;
  /** The words in the result cells the status was decided from (latest round); null when none */
  status_evidence: string | null;
  /** ผลผลิต (output) reported in the latest round; null when none */
  output: string | null;
  /** Why it could not be done (no_budget, policy_changed, no_staff, other), from the latest round that says not_possible; null otherwise */
  reason_kind: string | null;
  /** That reason as the report words it; null when none is given */
  reason_text: string | null;
  /** 'synthetic' or 'report:<sha256>' */
  source: string;
  /** The report file it was read from; null for synthetic measures */
  file_name: string | null;
  /** A person corrected its status, category or indicators */
  corrected: boolean;
  /** Rows matching the filters across all pages */
  total_rows: number;
};

/** The parameters of measure_table. */
export type MeasureTableParams = {
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** enum(completed|in_progress|not_started|not_possible|unknown): Only measures with this status (in the chosen round, else in their latest round) */
  status?: 'completed' | 'in_progress' | 'not_started' | 'not_possible' | 'unknown' | null;
  /** enum(3m|6m|9m|12m): Only measures reported in this round; the status filter then reads this round */
  round?: '3m' | '6m' | '9m' | '12m' | null;
  /** varchar(/[a-z_]+/): Only measures of this main category */
  category?: string | null;
  /** varchar(/\d{1,2}/): Only measures targeting this top-level indicator (9 includes 9.1-9.5) */
  indicator?: string | null;
  /** enum(real|synthetic): Only measures read from real reports, or only synthetic ones */
  source?: 'real' | 'synthetic' | null;
  /** integer[1..500]: Rows per page (default 50) */
  limit?: number | string | null;
  /** integer[0..100000000]: Rows to skip (default 0) */
  offset?: number | string | null;
};

/** official_area_by_type: per organisation type assessed in an area and year, the loaded organisations' mean and share passing beside the NACC's official mean and share of that type that year (NULL where not published). */
export type OfficialAreaByTypeRow = {
  /** Fiscal year (BE), as asked */
  fiscal_year: number;
  /** Organisation type (org.type) */
  type: string;
  /** Organisations of the type in the area with a total that year */
  orgs: number;
  /** Their mean total */
  mean_total: number;
  /** Their share passing, 0-1 */
  pass_share: number;
  /** The type as the NACC's report names it; null when the NACC published no figure for the type that year */
  official_org_type_th: string | null;
  /** Agencies of the type assessed nationally, where published; null when the NACC published no figure for the type that year */
  official_agencies: number | null;
  /** The NACC's national mean of the type that year; null when the NACC published no figure for the type that year */
  official_mean: number | null;
  /** The NACC's national share passing of the type, 0-1, where published; null when the NACC published no figure for the type that year */
  official_pass_share: number | null;
  /** Who published it, in Thai; null when the NACC published no figure for the type that year */
  publisher_th: string | null;
  /** Who published it, in English; null when the NACC published no figure for the type that year */
  publisher_en: string | null;
  /** Publisher and title of the source, in Thai; null when the NACC published no figure for the type that year */
  source_th: string | null;
  /** Publisher and title of the source, in English; null when the NACC published no figure for the type that year */
  source_en: string | null;
  /** Where the source was published; null when the NACC published no figure for the type that year */
  source_url: string | null;
};

/** The parameters of official_area_by_type. */
export type OfficialAreaByTypeParams = {
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type in the area */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** official_by_type: the NACC's published mean (and share passing) of one agency type per fiscal year, with its source (view official_type_figure picks a year's own report over restatements). */
export type OfficialByTypeRow = {
  /** Organisation type (org.type) */
  type: string;
  /** Fiscal year (BE) the figure is about */
  fiscal_year: number;
  /** The agency type as the report names it */
  org_type_th: string;
  /** Agencies of the type assessed, where published */
  agencies: number;
  /** Mean total score of the type */
  mean_total: number;
  /** Share of the type passing, 0-1, where published; null where not */
  pass_share: number | null;
  /** Fiscal year of the report the figure was read from */
  report_year: number;
  /** Who published it, in Thai */
  publisher_th: string;
  /** Who published it, in English */
  publisher_en: string;
  /** Publisher and title of the source, in Thai */
  source_th: string;
  /** Publisher and title of the source, in English */
  source_en: string;
  /** Where the source was published */
  source_url: string;
};

/** The parameters of official_by_type. */
export type OfficialByTypeParams = {
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type as in org.type; absent = every type the app knows */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** integer: One fiscal year (BE); absent = every published year */
  fiscal_year?: number | string | null;
};

/** official_national: the NACC's published national ITA figures per fiscal year (all agencies assessed), with their source. */
export type OfficialNationalRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** Agencies assessed nationally (all kinds of agency), where published; null where not */
  agencies: number | null;
  /** The national mean total score */
  mean_total: number;
  /** Agencies at or above the pass mark, where published; null where not */
  passed: number | null;
  /** Share of agencies passing, 0-1, where published; null where not */
  pass_share: number | null;
  /** The transcribed source document in data/official/ */
  source_doc: string;
  /** How the figure was taken from it (e.g. derived from the next year's report) */
  source_note: string;
  /** Who published it, in Thai */
  publisher_th: string;
  /** Who published it, in English */
  publisher_en: string;
  /** Publisher and title of the source, in Thai */
  source_th: string;
  /** Publisher and title of the source, in English */
  source_en: string;
  /** Where the source was published */
  source_url: string;
};

/** The parameters of official_national. */
export type OfficialNationalParams = {
  /** integer: One fiscal year (BE); absent = every published year */
  fiscal_year?: number | string | null;
};

/** official_ratings: the NACC's published count and share of agencies per rating (2566+), as printed, with their source. */
export type OfficialRatingsRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** The rating as the report prints it (2567 prints ต้องปรับปรุงด่วน for ต้องปรับปรุงโดยด่วน) */
  rating: string;
  /** Agencies with that rating (all kinds of agency) */
  agencies: number;
  /** Their share of the agencies assessed, 0-1 */
  share: number;
  /** Publisher and title of the source, in Thai */
  source_th: string;
  /** Publisher and title of the source, in English */
  source_en: string;
  /** Where the source was published */
  source_url: string;
};

/** The parameters of official_ratings. */
export type OfficialRatingsParams = {
  /** integer: One fiscal year (BE); absent = every published year */
  fiscal_year?: number | string | null;
};

/** org_close_matches: organisations whose code is one keystroke away from a code that matched nothing, or that share its district prefix (for the "not found" page). */
export type OrgCloseMatchesRow = {
  /** Organisation code */
  code: string;
  /** Short Thai name */
  short_name_th: string;
  /** District */
  district_th: string;
  /** Province */
  province_th: string;
  /** Edits between the two codes (nearest first; then the numerically nearest codes, neighbours in the registry) */
  distance: number;
};

/** The parameters of org_close_matches. */
export type OrgCloseMatchesParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): The code that was asked for */
  code: string;
};

/** org_codes_now: for each code given, the code its organisation has now: itself, or the organisation an old code names (an old 6-digit subdistrict code, a code a registry change retired); codes that name nothing are left out. */
export type OrgCodesNowRow = {
  /** The code as given */
  given: string;
  /** The organisation's code now */
  code: string;
};

/** The parameters of org_codes_now. */
export type OrgCodesNowParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}(,[A-Za-z0-9_-]{1,40}){0,49}/): Up to fifty organisation codes, comma-separated, e.g. 940917,6940108 */
  orgs: string;
};

/** org_indicator_benchmark: each top-level indicator of one organisation in a fiscal year against its peers' distribution (the organisation itself left out): count, minimum, quartiles, median, maximum, and its rank. */
export type OrgIndicatorBenchmarkRow = {
  /** Indicator code, '1'..'10' */
  code: string;
  /** Indicator name in Thai */
  name_th: string;
  /** Indicator name in English */
  name_en: string;
  /** IIT, EIT or OIT */
  tool: string;
  /** Framework order */
  sort_key: number;
  /** The organisation's score (null when it has none) */
  value: number | null;
  /** For the organisation's score */
  source: 'real' | 'synthetic';
  /** Peers with a score on the indicator (the organisation itself excluded) */
  peers: number;
  /** Of those, peers whose score is synthetic demo data */
  synthetic_peers: number;
  /** Lowest peer score */
  peer_min: number;
  /** First quartile of the peer scores (linear interpolation) */
  peer_q1: number;
  /** Median of the peer scores */
  peer_median: number;
  /** Third quartile of the peer scores */
  peer_q3: number;
  /** Highest peer score */
  peer_max: number;
  /** The organisation's rank among itself and its peers (1 = highest; equal scores share a rank) */
  peer_rank: number;
};

/** The parameters of org_indicator_benchmark. */
export type OrgIndicatorBenchmarkParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** enum(district|province|type|similar): Peer group: same district, same province, same type nationwide, or the 15 most similar (see org_similar) */
  peer: 'district' | 'province' | 'type' | 'similar';
};

/** org_last_change: who last changed an organisation's data and when: the newest audit-log row naming it (no row when nothing was ever written for it). */
export type OrgLastChangeRow = {
  /** When, ISO 8601 in UTC (2026-01-02T08:00:00Z) */
  changed_at: string;
  /** Who: the login name, or cli:<user> for the command line on the server */
  actor_name: string;
  /** How the writer was signed in: session, token or cli */
  via: string;
  /** What: score_import, report_store, measure_correction, org_correction, round_correction or demo_load */
  action: string;
};

/** The parameters of org_last_change. */
export type OrgLastChangeParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
};

/** org_lookup: organisations whose code starts with, or whose Thai name, district or province contains, the text typed (for search boxes and scripts). */
export type OrgLookupRow = {
  /** Organisation code */
  code: string;
  /** Short Thai name, e.g. อบต.จะรัง */
  short_name_th: string;
  /** Full Thai name */
  name_th: string;
  /** District */
  district_th: string;
  /** Province */
  province_th: string;
  /** Organisation type */
  type: string;
};

/** The parameters of org_lookup. */
export type OrgLookupParams = {
  /** varchar: Text to look for: part of a Thai name (จะรัง), a district or province name, a DLA code prefix (69409), */
  q: string;
  /** integer[1..200]: Most rows to return (default 20) */
  limit?: number | string | null;
};

/** org_map: the organisations of a scope assessed in a fiscal year, placed at their DLA registry coordinates, one row per organisation or per district or province at the mean of its organisations' coordinates: total, pass, a chosen indicator and measure completion. */
export type OrgMapRow = {
  /** Organisation code, or the district's 4-digit or the province's 2-digit code */
  code: string;
  /** Short Thai name (อบต.จะรัง), or the district's or province's name */
  name_th: string;
  /** Organisation type; null for a district or province row */
  type:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** District code; null for a province row */
  district_code: string | null;
  /** District (อำเภอ); null for a province row */
  district_th: string | null;
  /** Province code */
  province_code: string;
  /** Province (จังหวัด) */
  province_th: string;
  /** Latitude as the registry gives it, or the mean over the area's organisations with usable coordinates; null when the registry has none (or, for an area, none is usable) */
  lat: number | null;
  /** Longitude, the same way; null when lat is null */
  lon: number | null;
  /** Organisations with a total in the year (1 for an organisation row) */
  orgs: number;
  /** Of which the registry gives no coordinates */
  unlocated: number;
  /** Of which the registry's coordinates lie farther than $far degrees from the median of their province's: a registry error, not drawn */
  misplaced: number;
  /** Total score, or the mean total of the area */
  total: number;
  /** Organisations at or above the year's pass mark */
  passed: number;
  /** passed / orgs, 0-1 */
  pass_share: number;
  /** Organisations whose scores that year are synthetic demo data */
  synthetic_orgs: number;
  /** The chosen indicator's score, or its mean over the area; null when no indicator is asked for or none of the organisations has a score on it */
  indicator_value: number | null;
  /** Of the organisations, those with a score on the chosen indicator (0 when none is asked for) */
  indicator_orgs: number;
  /** Of the organisations, those that reported measures in the year */
  measure_orgs: number;
  /** Measures reported in the round completion is read from (the longest reported, else the round not stated), summed over the area; null without measures */
  measures: number | null;
  /** Of which completed; null without measures */
  measures_completed: number | null;
  /** Of which with a known status (completed, in progress, not started, not possible); null without measures */
  measures_known: number | null;
  /** measures_completed / measures with a known status, 0-1; null without measures or without a known status */
  measure_share: number | null;
};

/** The parameters of org_map. */
export type OrgMapParams = {
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** enum(org|district|province): One row per organisation, or per district or province of the scope */
  level: 'org' | 'district' | 'province';
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** integer[1..10]: The indicator whose score the indicator_value column carries; absent = none */
  indicator?: number | string | null;
  /** double: Registry coordinates farther than this many degrees from the median of their province's count as misplaced (MISPLACED_DEGREES) */
  far: number | string;
};

/** org_measure_completion: for one organisation, per fiscal year and monitoring round (รอบ), how many measures were reported and the share completed. */
export type OrgMeasureCompletionRow = {
  /** Organisation code */
  org_code: string;
  /** Fiscal year of the measures (BE) */
  fiscal_year: number;
  /** รอบ: 3m, 6m, 9m, 12m, or 'unknown' when the report does not say */
  round: string;
  /** Measures reported in the round */
  measures: number;
  /** Of those, measures completed */
  completed: number;
  /** Of those, measures under way */
  in_progress: number;
  /** Of those, measures not started */
  not_started: number;
  /** Of those, measures that could not be done (ไม่สามารถดำเนินการได้) */
  not_possible: number;
  /** Of those, measures whose status could not be read */
  unknown: number;
  /** completed / measures, 0-1 */
  completed_share: number;
  /** True when the round's measures are synthetic demo data */
  synthetic: boolean;
};

/** The parameters of org_measure_completion. */
export type OrgMeasureCompletionParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
};

/** org_measure_response: did the measures of a fiscal year target the indicators that were weak in the ITA of the year before, and how did those indicators move? One row per indicator weak the year before. */
export type OrgMeasureResponseRow = {
  /** Indicator code, '1'..'10' */
  code: string;
  /** Indicator name in Thai */
  name_th: string;
  /** Indicator name in English */
  name_en: string;
  /** Framework order */
  sort_key: number;
  /** The assessment year the indicator was weak in (FY N-1) */
  weak_year: number;
  /** Its score in FY N-1 */
  value_before: number;
  /** 'synthetic' or 'real' score in FY N-1 */
  source_before: string;
  /** Measures of FY N that target the indicator (a sub-indicator such as 9.1 counts for 9) */
  measures: number;
  /** Of those, measures completed in their latest reported round */
  measures_completed: number;
  /** Names of those measures */
  measure_names: string[];
  /** Its score in FY N (null when FY N has no score yet) */
  value_after: number | null;
  /** 'synthetic' or 'real' score in FY N; null when FY N has no score yet */
  source_after: string | null;
  /** value_after - value_before; null when FY N has no score yet */
  change: number | null;
};

/** The parameters of org_measure_response. */
export type OrgMeasureResponseParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
  /** integer[2500..2700]: Fiscal year of the measures (FY N); the weak indicators are those of the ITA of FY N-1 and the movement is from N-1 to N */
  fiscal_year: number | string;
  /** enum(district|province|type|similar): Peer group for the median definition (as in weak_flags: similar reads the same-type median) */
  peer: 'district' | 'province' | 'type' | 'similar';
  /** enum(pass_mark|lowest|peer_median): The definition of weak in use */
  weak: 'pass_mark' | 'lowest' | 'peer_median';
  /** integer[1..10]: How many of the organisation's lowest indicators count as weak */
  lowest_n: number | string;
};

/** org_measures: one organisation's measures (มาตรการ) of a fiscal year, one row per measure, with its status in each monitoring round (รอบ) and where each status came from. */
export type OrgMeasuresRow = {
  /** Order in the report (the first round's order) */
  seq: number;
  /** Measure name as written in the latest round */
  name_th: string;
  /** Main category (data/taxonomy/measure-categories.json) */
  category: string;
  /** Indicator codes the measure targets */
  indicators: string[];
  /** 'explicit' (the report names the indicator), 'inferred' (from the category) or 'corrected' (by a person) */
  indicator_source: string;
  /** Status in the 6-month round: completed, in_progress, not_started, not_possible, unknown; null when the round has no report */
  status_6m: string | null;
  /** Status in the 12-month round; null when the round has no report */
  status_12m: string | null;
  /** Statuses of other rounds (3m, 9m, undated) as 'round: status', when there are any; null otherwise */
  other_rounds: string | null;
  /** Why it could not be done (no_budget, policy_changed, no_staff, other), from the latest round that says not_possible; null otherwise */
  reason_kind: string | null;
  /** That reason as the report words it; null when none is given */
  reason_text: string | null;
  /** What the 6-month report says was done (the status evidence, or the output); null when it says nothing */
  evidence_6m: string | null;
  /** What the 12-month report says was done; null when it says nothing */
  evidence_12m: string | null;
  /** File name of the 6-month report; null for synthetic demo measures */
  file_6m: string | null;
  /** File name of the 12-month report; null for synthetic demo measures or when the round has no report */
  file_12m: string | null;
  /** True when the measure is synthetic demo data */
  synthetic: boolean;
  /** True when a person corrected its status, category or indicators */
  corrected: boolean;
};

/** The parameters of org_measures. */
export type OrgMeasuresParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
  /** integer[2500..2700]: Fiscal year of the measures (they respond to the ITA results of the year before) */
  fiscal_year: number | string;
};

/** org_peer_practices: for each given indicator, what the best-scoring organisations of the same province did about it: the three highest-scoring peers on it in a fiscal year among those with measures of that year targeting it, one row per peer and measure. */
export type OrgPeerPracticesRow = {
  /** Indicator code */
  code: string;
  /** Indicator name in Thai */
  name_th: string;
  /** Indicator name in English */
  name_en: string;
  /** Framework order */
  sort_key: number;
  /** The organisation's own score on the indicator */
  own_value: number;
  /** 1..3: the order of the peer among those shown for the indicator */
  pick: number;
  /** The peer's rank on the indicator among all organisations of the province but this one (1 = highest) */
  peer_rank: number;
  /** Organisations of the province, this one excluded, with a score on the indicator */
  peers: number;
  /** Peer organisation code */
  peer_code: string;
  /** Peer's short Thai name */
  peer_name_th: string;
  /** Peer's district */
  peer_district_th: string;
  /** Peer's score on the indicator */
  peer_value: number;
  /** 'synthetic' or 'real' score */
  peer_source: string;
  /** Name of a measure of the peer targeting the indicator */
  measure_name_th: string;
  /** The measure's main category */
  category: string;
  /** The measure's status in the 6-month round */
  status_6m: string;
  /** The measure's status in the 12-month round */
  status_12m: string;
  /** True when the measure is synthetic demo data */
  measure_synthetic: boolean;
};

/** The parameters of org_peer_practices. */
export type OrgPeerPracticesParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): The organisation being helped (left out of the peers), e.g. 6940907 */
  code: string;
  /** integer[2500..2700]: Fiscal year of the scores and of the measures */
  fiscal_year: number | string;
  /** varchar(/\d{1,2}(,\d{1,2}){0,9}/): Top-level indicator codes, comma-separated, e.g. 7,10 (usually the organisation's weak ones) */
  indicators: string;
};

/** org_profile: one organisation's identity: names, type, district and province, and how many others share its short name. */
export type OrgProfileRow = {
  /** Organisation code */
  code: string;
  /** Full Thai name, e.g. องค์การบริหารส่วนตำบลจะรัง */
  name_th: string;
  /** Short Thai name, e.g. อบต.จะรัง */
  short_name_th: string;
  /** Organisation type */
  type:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other';
  /** 4-digit district code */
  district_code: string;
  /** District (อำเภอ) */
  district_th: string;
  /** 2-digit province code */
  province_code: string;
  /** Province (จังหวัด) */
  province_th: string;
  /** Other organisations with the same short name (tell them apart by district and province) */
  same_name_orgs: number;
};

/** The parameters of org_profile. */
export type OrgProfileParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code (DLA code), e.g. 6940907; an old 6-digit code such as 940917 finds the organisation too */
  code: string;
};

/** org_rank: where one organisation's total of a fiscal year ranks among the organisations of its type in its district, in its */
export type OrgRankRow = {
  /** The organisation's total that year */
  total: number;
  /** Rank of the total among the organisations of its type in the district scored that year (1 = highest; equal totals share a rank) */
  district_rank: number;
  /** Organisations of its type in the district scored that year */
  district_orgs: number;
  /** Rank among its type in the province */
  province_rank: number;
  /** Organisations of its type in the province scored that year */
  province_orgs: number;
  /** Rank among organisations of the same type nationwide */
  type_rank: number;
  /** Organisations of that type scored that year */
  type_orgs: number;
};

/** The parameters of org_rank. */
export type OrgRankParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
};

/** org_scores: one row per organisation that has a total score in a fiscal year. A contract other tools rely on: keep the name, parameters and columns stable (new columns go last). */
export type OrgScoresRow = {
  /** Organisation code (the DLA's 7-digit code, รหัส อปท., for local governments) */
  org_code: string;
  /** Thai name, e.g. องค์การบริหารส่วนตำบลจะรัง */
  name_th: string;
  /** District (อำเภอ) */
  district_th: string;
  /** Province (จังหวัด) */
  province_th: string;
  /** Total ITA score, 0-100 */
  total: number;
  /** The year's level (AA-F, 2563-2565) or rating (ผ่าน/ต้องปรับปรุง, 2566+) */
  level: string;
  /** Total at or above the year's pass mark */
  passed: boolean;
  /** 'synthetic' for invented demo data, 'real' for imported or reported scores */
  source: string;
  /** Organisation type: sao (อบต.), subdistrict_municipality (เทศบาลตำบล), town_municipality (เทศบาลเมือง), city_municipality (เทศบาลนคร), pao (อบจ.), special (เมืองพัทยา), other (imported non-local agencies) */
  type: string;
};

/** The parameters of org_scores. */
export type OrgScoresParams = {
  /** integer[2500..2700]: Fiscal year (BE), e.g. 2567 */
  fiscal_year: number | string;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Only organisations of this type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** org_similar: the 15 organisations of the same type whose indicator profile in the previous year is nearest to this organisation's (z-scores of indicators 1-10 within that year, Euclidean distance). */
export type OrgSimilarRow = {
  /** 1 = most similar */
  similar_rank: number;
  /** Organisation code */
  org_code: string;
  /** Short Thai name */
  short_name_th: string;
  /** District */
  district_th: string;
  /** Province */
  province_th: string;
  /** Euclidean distance between the two profiles of z-scores (0 = identical) */
  distance: number;
  /** The fiscal year whose indicator scores formed the profiles */
  profile_year: number;
  /** The organisation's total in the benchmarked year */
  total: number;
  /** 'synthetic' or 'real' scores in the benchmarked year */
  source: string;
};

/** The parameters of org_similar. */
export type OrgSimilarParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
  /** integer[2500..2700]: The year being benchmarked; the profile is taken from the year before (or this year when the organisation has no scores the year before) */
  fiscal_year: number | string;
};

/** org_weak_indicators: one organisation's top-level indicators in a fiscal year with the three definitions of "weak" from weak_flags, and whether each is weak under the chosen one. */
export type OrgWeakIndicatorsRow = {
  /** Indicator code, '1'..'10' */
  code: string;
  /** Indicator name in Thai */
  name_th: string;
  /** Indicator name in English */
  name_en: string;
  /** IIT, EIT or OIT */
  tool: string;
  /** Framework order */
  sort_key: number;
  /** The organisation's score */
  value: number;
  /** 'synthetic' or 'real' */
  source: string;
  /** 1 = the organisation's lowest indicator (ties share a rank) */
  value_rank: number;
  /** Median of the indicator in the peer group, the organisation included (as weak_flags defines it) */
  peer_median: number;
  /** The year's pass mark */
  pass_mark: number;
  /** Below the pass mark */
  below_pass_mark: boolean;
  /** Among the organisation's lowest_n indicators */
  lowest: boolean;
  /** Below the peer median */
  below_peer_median: boolean;
  /** Weak under the chosen definition */
  weak: boolean;
};

/** The parameters of org_weak_indicators. */
export type OrgWeakIndicatorsParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** enum(district|province|type|similar): Peer group for the median; weak_flags (median_peer, migration 022) knows district, province and type, and reads the same-type median for similar */
  peer: 'district' | 'province' | 'type' | 'similar';
  /** enum(pass_mark|lowest|peer_median): The definition in use: below the pass mark, among the organisation's lowest, or below the peer median */
  weak: 'pass_mark' | 'lowest' | 'peer_median';
  /** integer[1..10]: How many of the organisation's lowest indicators count as weak (LOWEST_COUNT in src/lib/ita/weak.ts) */
  lowest_n: number | string;
};

/** org_years: one organisation's result in every fiscal year: total, tools, level or rating, pass/fail, and where the scores came from. */
export type OrgYearsRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** Total ITA score, 0-100 */
  total: number;
  /** IIT (internal survey) score; null when the year has no tool scores */
  iit: number | null;
  /** EIT (external survey) score; null when the year has no tool scores */
  eit: number | null;
  /** OIT (website audit) score; null when the year has no tool scores */
  oit: number | null;
  /** Level (AA-F, 2563-2565) or rating (ผ่าน/ต้องปรับปรุง, 2566+) */
  level: string;
  /** The same in English */
  level_en: string;
  /** Total at or above the year's pass mark */
  passed: boolean;
  /** The year's pass mark */
  pass_mark: number;
  /** 'synthetic' for invented demo data, 'real' for imported or reported scores */
  source: 'real' | 'synthetic';
  /** Imported files or reports the year's real scores came from (empty when synthetic) */
  source_files: string[];
  /** EIT part 1 (answered by stakeholders), from 2566 where known; null otherwise */
  eit1: number | null;
  /** EIT part 2 (collected by the NACC), from 2566 where known; null otherwise */
  eit2: number | null;
  /** The rating was computed from incomplete tools (e.g. a single EIT without its parts) */
  tools_incomplete: boolean;
};

/** The parameters of org_years. */
export type OrgYearsParams = {
  /** varchar(/[A-Za-z0-9_-]{1,40}/): Organisation code, e.g. 6940907 */
  code: string;
};

/** province_headline: one row for a province's meeting brief: organisations assessed, share passing against the national target, the same a comparison year earlier and nationally, the mean total, and the district with the most organisations failing. */
export type ProvinceHeadlineRow = {
  /** Organisations of the province with a total in the year */
  orgs: number;
  /** Of which at or above the pass mark */
  passed: number;
  /** passed / orgs, 0-1; null when orgs is 0 */
  pass_share: number | null;
  /** Mean total; null when orgs is 0 */
  mean_total: number | null;
  /** Median total; null when orgs is 0 */
  median_total: number | null;
  /** Organisations whose scores that year are real (imported), not synthetic */
  real_orgs: number;
  /** The year's pass mark */
  pass_mark: number;
  /** National target: share of agencies that should pass */
  target_share: number;
  /** National target from 2566: the national mean it asks for (89); null before */
  target_mean: number | null;
  /** Organisations assessed in the comparison year */
  compare_orgs: number;
  /** Share passing in the comparison year; null when it has no scores */
  compare_pass_share: number | null;
  /** Mean total in the comparison year; null when it has no scores */
  compare_mean_total: number | null;
  /** Organisations of the same type assessed nationally in the year */
  national_orgs: number;
  /** Share passing nationally in the year; null when none is assessed */
  national_pass_share: number | null;
  /** The district with the most organisations failing (then the highest share failing); null when none fails */
  worst_district_code: string | null;
  /** Its Thai name; null when none fails */
  worst_district_th: string | null;
  /** Organisations failing in it; null when none fails */
  worst_district_failed: number | null;
  /** Organisations assessed in it; null when none fails */
  worst_district_orgs: number | null;
};

/** The parameters of province_headline. */
export type ProvinceHeadlineParams = {
  /** varchar(/\d{2}/): 2-digit province code */
  province: string;
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** integer[2500..2700]: Comparison year (BE) */
  compare_year?: number | string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** province_orgs: every organisation of a province with a total in a fiscal year: score, grade, pass/fail, change since the comparison year, weakest indicator under the chosen definition of weak, and measure completion. */
export type ProvinceOrgsRow = {
  /** Organisation code */
  org_code: string;
  /** Short Thai name, e.g. อบต.จะรัง */
  short_name_th: string;
  /** 4-digit district code */
  district_code: string;
  /** District (อำเภอ) */
  district_th: string;
  /** Organisation type (sao, subdistrict_municipality, …): with every type chosen the table mixes them */
  type: string;
  /** Total score in the year */
  total: number;
  /** Level (AA-F) or rating (2566+) */
  level: string;
  /** The same in English */
  level_en: string;
  /** Total at or above the pass mark */
  passed: boolean;
  /** 'real' or 'synthetic' (the year's scores) */
  source: string;
  /** Total in the comparison year, null when not assessed then */
  compare_total: number | null;
  /** total - compare_total; null when not assessed in the comparison year */
  change: number | null;
  /** Indicators that are weak under the chosen definition; null without indicator scores */
  weak_count: number | null;
  /** The lowest of the weak indicators (framework order breaks ties); null when none is weak */
  weakest_code: string | null;
  /** Its Thai name; null when none is weak */
  weakest_name_th: string | null;
  /** Its English name; null when none is weak */
  weakest_name_en: string | null;
  /** Its score; null when none is weak */
  weakest_value: number | null;
  /** The round measure completion is read from: the latest reported (12m, else 9m, 6m, 3m), else 'unknown' for a report that states no round; null without measures */
  measure_round: string | null;
  /** Measures reported in that round; null without measures */
  measures: number | null;
  /** Of which completed; null without measures */
  measures_completed: number | null;
  /** measures_completed / measures with a known status, 0-1; null without measures or without a known status */
  measure_share: number | null;
};

/** The parameters of province_orgs. */
export type ProvinceOrgsParams = {
  /** varchar(/\d{2}/): 2-digit province code */
  province: string;
  /** integer[2500..2700]: Fiscal year (BE) */
  fiscal_year: number | string;
  /** integer[2500..2700]: Comparison year (BE); absent = no change column */
  compare_year?: number | string | null;
  /** varchar(/\d{4}/): Only this district */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
  /** enum(pass_mark|lowest|peer_median): Definition of a weak indicator (weak_flags in migration 010) */
  weak: 'pass_mark' | 'lowest' | 'peer_median';
  /** enum(district|province|type|similar): Peer group for the peer-median definition (similar reads the same-type median: median_peer, migration 022) */
  peer: 'district' | 'province' | 'type' | 'similar';
  /** integer[1..10]: Under 'lowest', this many lowest indicators count as weak (LOWEST_COUNT) */
  lowest_n: number | string;
};

/** provinces: every province with the number of organisations in the registry, for scope pickers. */
export type ProvincesRow = {
  /** 2-digit DOPA province code */
  province_code: string;
  /** Thai name */
  province_th: string;
  /** Organisations registered in the province */
  orgs: number;
};

/** The parameters of provinces. */
export type ProvincesParams = Record<string, never>;

/** total_histogram: the distribution of total scores per fiscal year in bins of 2.5 points, split by real and synthetic data. */
export type TotalHistogramRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** Lower edge of the bin (inclusive) */
  bin_start: number;
  /** Upper edge of the bin (exclusive; the last bin includes 100) */
  bin_end: number;
  /** 'synthetic' or 'real' */
  source: string;
  /** Organisations whose total falls in the bin */
  orgs: number;
};

/** The parameters of total_histogram. */
export type TotalHistogramParams = {
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** type_counts: per organisation type in an area, how many organisations the registry holds and how many have a total in a fiscal year (the overview's "อบต. 5,300 · เทศบาลตำบล 2,247 …" and the type picker's counts). */
export type TypeCountsRow = {
  /** Organisation type (org.type): sao, subdistrict_municipality, town_municipality, city_municipality, pao, special, other */
  type: string;
  /** Organisations of the type in the area (the registry, plus agencies added by imports) */
  registered: number;
  /** Of those, organisations with a total in the year */
  scored: number;
  /** Of the scored, organisations whose scores that year are real (imported or from reports), not synthetic */
  real: number;
};

/** The parameters of type_counts. */
export type TypeCountsParams = {
  /** integer[2500..2700]: Fiscal year (BE); absent = scored counts are 0 */
  fiscal_year?: number | string | null;
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
};

/** year_summary: per fiscal year, how many organisations in scope were assessed, their mean and median total, and the share passing against the national target. */
export type YearSummaryRow = {
  /** Fiscal year (BE) */
  fiscal_year: number;
  /** Organisations with a total */
  orgs: number;
  /** Mean total score */
  mean_total: number;
  /** Median total score */
  median_total: number;
  /** Organisations at or above the pass mark */
  passed: number;
  /** Share passing, 0-1 */
  pass_share: number;
  /** The year's pass mark */
  pass_mark: number;
  /** National target: share of agencies that should pass */
  target_share: number;
  /** National target from 2566: the national mean it asks for (89); null before */
  target_mean: number | null;
  /** Organisations whose scores that year are synthetic demo data */
  synthetic_orgs: number;
};

/** The parameters of year_summary. */
export type YearSummaryParams = {
  /** varchar(/\d{2}/): 2-digit province code; absent = the whole country */
  province?: string | null;
  /** varchar(/\d{4}/): 4-digit district code */
  district?: string | null;
  /** enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other): Organisation type; absent = every type */
  type?:
    | 'sao'
    | 'subdistrict_municipality'
    | 'town_municipality'
    | 'city_municipality'
    | 'pao'
    | 'special'
    | 'other'
    | null;
};

/** Each named query's row type, by query name. */
export type QueryRows = {
  area_pass_ranking: AreaPassRankingRow;
  change_histogram: ChangeHistogramRow;
  change_indicators: ChangeIndicatorsRow;
  change_orgs: ChangeOrgsRow;
  change_summary: ChangeSummaryRow;
  change_transitions: ChangeTransitionsRow;
  compare_indicators: CompareIndicatorsRow;
  compare_orgs: CompareOrgsRow;
  data_inventory: DataInventoryRow;
  districts: DistrictsRow;
  framework_indicators: FrameworkIndicatorsRow;
  frameworks: FrameworksRow;
  grade_distribution: GradeDistributionRow;
  indicator_heatmap: IndicatorHeatmapRow;
  indicator_summary: IndicatorSummaryRow;
  measure_completion_by_category: MeasureCompletionByCategoryRow;
  measure_completion_by_indicator: MeasureCompletionByIndicatorRow;
  measure_completion_trend: MeasureCompletionTrendRow;
  measure_lowest_orgs: MeasureLowestOrgsRow;
  measure_table: MeasureTableRow;
  official_area_by_type: OfficialAreaByTypeRow;
  official_by_type: OfficialByTypeRow;
  official_national: OfficialNationalRow;
  official_ratings: OfficialRatingsRow;
  org_close_matches: OrgCloseMatchesRow;
  org_codes_now: OrgCodesNowRow;
  org_indicator_benchmark: OrgIndicatorBenchmarkRow;
  org_last_change: OrgLastChangeRow;
  org_lookup: OrgLookupRow;
  org_map: OrgMapRow;
  org_measure_completion: OrgMeasureCompletionRow;
  org_measure_response: OrgMeasureResponseRow;
  org_measures: OrgMeasuresRow;
  org_peer_practices: OrgPeerPracticesRow;
  org_profile: OrgProfileRow;
  org_rank: OrgRankRow;
  org_scores: OrgScoresRow;
  org_similar: OrgSimilarRow;
  org_weak_indicators: OrgWeakIndicatorsRow;
  org_years: OrgYearsRow;
  province_headline: ProvinceHeadlineRow;
  province_orgs: ProvinceOrgsRow;
  provinces: ProvincesRow;
  total_histogram: TotalHistogramRow;
  type_counts: TypeCountsRow;
  year_summary: YearSummaryRow;
};

/** Each named query's parameters, by query name. */
export type QueryParams = {
  area_pass_ranking: AreaPassRankingParams;
  change_histogram: ChangeHistogramParams;
  change_indicators: ChangeIndicatorsParams;
  change_orgs: ChangeOrgsParams;
  change_summary: ChangeSummaryParams;
  change_transitions: ChangeTransitionsParams;
  compare_indicators: CompareIndicatorsParams;
  compare_orgs: CompareOrgsParams;
  data_inventory: DataInventoryParams;
  districts: DistrictsParams;
  framework_indicators: FrameworkIndicatorsParams;
  frameworks: FrameworksParams;
  grade_distribution: GradeDistributionParams;
  indicator_heatmap: IndicatorHeatmapParams;
  indicator_summary: IndicatorSummaryParams;
  measure_completion_by_category: MeasureCompletionByCategoryParams;
  measure_completion_by_indicator: MeasureCompletionByIndicatorParams;
  measure_completion_trend: MeasureCompletionTrendParams;
  measure_lowest_orgs: MeasureLowestOrgsParams;
  measure_table: MeasureTableParams;
  official_area_by_type: OfficialAreaByTypeParams;
  official_by_type: OfficialByTypeParams;
  official_national: OfficialNationalParams;
  official_ratings: OfficialRatingsParams;
  org_close_matches: OrgCloseMatchesParams;
  org_codes_now: OrgCodesNowParams;
  org_indicator_benchmark: OrgIndicatorBenchmarkParams;
  org_last_change: OrgLastChangeParams;
  org_lookup: OrgLookupParams;
  org_map: OrgMapParams;
  org_measure_completion: OrgMeasureCompletionParams;
  org_measure_response: OrgMeasureResponseParams;
  org_measures: OrgMeasuresParams;
  org_peer_practices: OrgPeerPracticesParams;
  org_profile: OrgProfileParams;
  org_rank: OrgRankParams;
  org_scores: OrgScoresParams;
  org_similar: OrgSimilarParams;
  org_weak_indicators: OrgWeakIndicatorsParams;
  org_years: OrgYearsParams;
  province_headline: ProvinceHeadlineParams;
  province_orgs: ProvinceOrgsParams;
  provinces: ProvincesParams;
  total_histogram: TotalHistogramParams;
  type_counts: TypeCountsParams;
  year_summary: YearSummaryParams;
};

/** The name of a query in queries/. */
export type QueryName = keyof QueryRows;
