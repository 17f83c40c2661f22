-- measure_completion_by_indicator: for one fiscal year, per top-level ITA indicator a measure targets and รอบ, the measures reported and the share completed. A measure aimed at 9.1 counts for indicator 9; one aimed at several indicators counts for each.
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column indicator varchar Top-level indicator code, '1'..'10'
-- @column name_th varchar Indicator name (Thai) in the year's framework
-- @column name_en varchar Indicator name (English)
-- @column sort_key integer Framework order
-- @column round varchar รอบ: 3m, 6m, 9m, 12m, or 'unknown'
-- @column measures integer Measures targeting the indicator
-- @column completed integer Of which completed
-- @column unknown integer Of which the status could not be read
-- @column completion_share double completed / (measures - unknown), 0-1; null when no status is known
-- Counted per distinct indicator list first (a few dozen), so that only those are unnested, not every measure.
WITH m AS (
  SELECT list_distinct(list_transform(m.indicators, c -> split_part(c, '.', 1))) AS tops,
    coalesce(m.round, 'unknown') AS round,
    count(*) AS measures,
    count(*) FILTER (WHERE m.status = 'completed') AS completed,
    count(*) FILTER (WHERE m.status NOT IN ('completed', 'in_progress', 'not_started', 'not_possible')) AS unknown
  FROM measure_current m
  JOIN org_in_area($province, $district, $type) o ON o.code = m.org_code
  WHERE m.fiscal_year = $fiscal_year
  GROUP BY ALL
),
per_indicator AS (
  SELECT unnest(tops) AS indicator, round, measures, completed, unknown FROM m
)
SELECT p.indicator, fi.name_th, fi.name_en, fi.sort_key, p.round,
  sum(p.measures)::INTEGER AS measures,
  sum(p.completed)::INTEGER AS completed,
  sum(p.unknown)::INTEGER AS unknown,
  sum(p.completed) / nullif(sum(p.measures) - sum(p.unknown), 0) AS completion_share
FROM per_indicator p
JOIN framework_indicator fi ON fi.fiscal_year = $fiscal_year AND fi.code = p.indicator
GROUP BY p.indicator, fi.name_th, fi.name_en, fi.sort_key, p.round
ORDER BY fi.sort_key, coalesce(round_months(p.round), 99);
