-- measure_completion_by_category: for one fiscal year, per measure category (main category, data/taxonomy/measure-categories.json) and รอบ, the measures reported and the share completed.
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column category varchar Main category id, e.g. public_disclosure
-- @column round varchar รอบ: 3m, 6m, 9m, 12m, or 'unknown'
-- @column orgs integer Organisations with a measure of this category in the round
-- @column measures integer Measures reported
-- @column completed integer Measures completed
-- @column not_possible integer Measures that could not be done (ไม่สามารถดำเนินการได้)
-- @column unknown integer Measures whose status could not be read
-- @column completion_share double completed / (measures - unknown), 0-1; null when no status is known
-- @column real_measures integer Measures read from real reports
WITH m AS (
  SELECT m.category, coalesce(m.round, 'unknown') AS round, m.org_code, m.status, m.source
  FROM measure_current m
  JOIN org_in_area($province, $district, $type) o ON o.code = m.org_code
  WHERE m.fiscal_year = $fiscal_year
)
SELECT category, round,
  count(DISTINCT org_code)::INTEGER AS orgs,
  count(*)::INTEGER AS measures,
  count(*) FILTER (WHERE status = 'completed')::INTEGER AS completed,
  count(*) FILTER (WHERE status = 'not_possible')::INTEGER AS not_possible,
  count(*) FILTER (WHERE status NOT IN ('completed', 'in_progress', 'not_started', 'not_possible'))::INTEGER AS unknown,
  count(*) FILTER (WHERE status = 'completed')
    / nullif(count(*) FILTER (WHERE status IN ('completed', 'in_progress', 'not_started', 'not_possible')), 0) AS completion_share,
  count(*) FILTER (WHERE source <> 'synthetic')::INTEGER AS real_measures
FROM m
GROUP BY category, round
ORDER BY category, coalesce(round_months(round), 99);
