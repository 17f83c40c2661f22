-- org_measures: one organisation's measures (มาตรการ) of a fiscal year, one row per measure, with its status in each monitoring round (รอบ) and where each status came from.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @param fiscal_year integer[2500..2700] Fiscal year of the measures (they respond to the ITA results of the year before)
-- @column seq integer Order in the report (the first round's order)
-- @column name_th varchar Measure name as written in the latest round
-- @column category varchar Main category (data/taxonomy/measure-categories.json)
-- @column indicators varchar[] Indicator codes the measure targets
-- @column indicator_source varchar 'explicit' (the report names the indicator), 'inferred' (from the category) or 'corrected' (by a person)
-- @column status_6m varchar Status in the 6-month round: completed, in_progress, not_started, not_possible, unknown; null when the round has no report
-- @column status_12m varchar Status in the 12-month round; null when the round has no report
-- @column other_rounds varchar Statuses of other rounds (3m, 9m, undated) as 'round: status', when there are any; null otherwise
-- @column reason_kind varchar Why it could not be done (no_budget, policy_changed, no_staff, other), from the latest round that says not_possible; null otherwise
-- @column reason_text varchar That reason as the report words it; null when none is given
-- @column evidence_6m varchar What the 6-month report says was done (the status evidence, or the output); null when it says nothing
-- @column evidence_12m varchar What the 12-month report says was done; null when it says nothing
-- @column file_6m varchar File name of the 6-month report; null for synthetic demo measures
-- @column file_12m varchar File name of the 12-month report; null for synthetic demo measures or when the round has no report
-- @column synthetic boolean True when the measure is synthetic demo data
-- @column corrected boolean True when a person corrected its status, category or indicators
WITH m AS (
  SELECT *, coalesce(round_months(round), 0) AS round_order
  FROM measure_current
  WHERE org_code = $code AND fiscal_year = $fiscal_year
)
-- Rounds of one measure are matched by its normalised name, as the report parser matches plan and result tables.
SELECT coalesce(min(seq) FILTER (WHERE round = '6m'), min(seq))::INTEGER AS seq,
  arg_max(name_th, round_order) AS name_th,
  arg_max(category, round_order) AS category,
  arg_max(indicators, round_order) AS indicators,
  arg_max(indicator_source, round_order) AS indicator_source,
  any_value(status) FILTER (WHERE round = '6m') AS status_6m,
  any_value(status) FILTER (WHERE round = '12m') AS status_12m,
  string_agg(coalesce(round, '?') || ': ' || status, '; ' ORDER BY round_order)
    FILTER (WHERE round IS NULL OR round NOT IN ('6m', '12m')) AS other_rounds,
  arg_max(status_reason_kind, round_order) FILTER (WHERE status = 'not_possible') AS reason_kind,
  arg_max(status_reason_text, round_order) FILTER (WHERE status = 'not_possible') AS reason_text,
  any_value(coalesce(output, status_evidence)) FILTER (WHERE round = '6m') AS evidence_6m,
  any_value(coalesce(output, status_evidence)) FILTER (WHERE round = '12m') AS evidence_12m,
  any_value(file_name) FILTER (WHERE round = '6m' AND source <> 'synthetic') AS file_6m,
  any_value(file_name) FILTER (WHERE round = '12m' AND source <> 'synthetic') AS file_12m,
  bool_and(source = 'synthetic') AS synthetic,
  bool_or(corrected) AS corrected
FROM m
GROUP BY name_norm
ORDER BY seq, name_th;
