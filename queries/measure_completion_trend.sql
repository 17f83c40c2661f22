-- measure_completion_trend: per fiscal year and รอบ (reporting round), how many measures the organisations in scope reported and the share completed.
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column fiscal_year integer Fiscal year (BE)
-- @column round varchar รอบ: 3m, 6m, 9m, 12m, or 'unknown' when the report does not say
-- @column orgs integer Organisations with at least one measure reported in the round
-- @column measures integer Measures reported in the round
-- @column completed integer Measures whose result cells say the work was done (status completed)
-- @column in_progress integer Measures reported as under way
-- @column not_started integer Measures with an empty result or only a promise to report later
-- @column not_possible integer Measures reported as could not be done (ไม่สามารถดำเนินการได้), e.g. for want of budget
-- @column unknown integer Measures whose status could not be read from the report
-- @column completion_share double completed / (measures - unknown), 0-1 (not_possible counts as not completed); null when no status is known
-- @column real_measures integer Measures read from real reports
-- @column synthetic_measures integer Measures that are synthetic demo data
-- Counted per organisation first, so that counting organisations needs no DISTINCT over every measure.
WITH per_org AS (
  SELECT m.fiscal_year, coalesce(m.round, 'unknown') AS round, m.org_code,
    count(*) AS measures,
    count(*) FILTER (WHERE m.status = 'completed') AS completed,
    count(*) FILTER (WHERE m.status = 'in_progress') AS in_progress,
    count(*) FILTER (WHERE m.status = 'not_started') AS not_started,
    count(*) FILTER (WHERE m.status = 'not_possible') AS not_possible,
    count(*) FILTER (WHERE m.source <> 'synthetic') AS real_measures
  FROM measure_current m
  JOIN org_in_area($province, $district, $type) o ON o.code = m.org_code
  GROUP BY ALL
)
SELECT fiscal_year, round,
  count(*)::INTEGER AS orgs,
  sum(measures)::INTEGER AS measures,
  sum(completed)::INTEGER AS completed,
  sum(in_progress)::INTEGER AS in_progress,
  sum(not_started)::INTEGER AS not_started,
  sum(not_possible)::INTEGER AS not_possible,
  (sum(measures) - sum(completed) - sum(in_progress) - sum(not_started) - sum(not_possible))::INTEGER AS unknown,
  sum(completed) / nullif(sum(completed) + sum(in_progress) + sum(not_started) + sum(not_possible), 0)
    AS completion_share,
  sum(real_measures)::INTEGER AS real_measures,
  (sum(measures) - sum(real_measures))::INTEGER AS synthetic_measures
FROM per_org
GROUP BY fiscal_year, round
ORDER BY fiscal_year, coalesce(round_months(round), 99);
