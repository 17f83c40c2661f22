-- org_measure_completion: for one organisation, per fiscal year and monitoring round (รอบ), how many measures were reported and the share completed.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @column org_code varchar Organisation code
-- @column fiscal_year integer Fiscal year of the measures (BE)
-- @column round varchar รอบ: 3m, 6m, 9m, 12m, or 'unknown' when the report does not say
-- @column measures integer Measures reported in the round
-- @column completed integer Of those, measures completed
-- @column in_progress integer Of those, measures under way
-- @column not_started integer Of those, measures not started
-- @column not_possible integer Of those, measures that could not be done (ไม่สามารถดำเนินการได้)
-- @column unknown integer Of those, measures whose status could not be read
-- @column completed_share double completed / measures, 0-1
-- @column synthetic boolean True when the round's measures are synthetic demo data
-- One organisation per query on purpose: an equality filter on org_code reaches the measure table through the views,
-- a list of codes does not (the compare page runs it once per organisation, and each result is cached).
WITH m AS (
  SELECT org_code, fiscal_year, coalesce(round, 'unknown') AS round, status, source
  FROM measure_current
  WHERE org_code = $code
)
SELECT org_code, fiscal_year, round,
  count(*)::INTEGER AS measures,
  count(*) FILTER (WHERE status = 'completed')::INTEGER AS completed,
  count(*) FILTER (WHERE status = 'in_progress')::INTEGER AS in_progress,
  count(*) FILTER (WHERE status = 'not_started')::INTEGER AS not_started,
  count(*) FILTER (WHERE status = 'not_possible')::INTEGER AS not_possible,
  count(*) FILTER (WHERE status NOT IN ('completed', 'in_progress', 'not_started', 'not_possible'))::INTEGER AS unknown,
  count(*) FILTER (WHERE status = 'completed') / count(*) AS completed_share,
  bool_and(source = 'synthetic') AS synthetic
FROM m
GROUP BY org_code, fiscal_year, round
ORDER BY fiscal_year, coalesce(round_months(round), 99);
