-- org_similar: the 15 organisations of the same type whose indicator profile in the previous year is nearest to this organisation's (z-scores of indicators 1-10 within that year, Euclidean distance).
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 940917
-- @param fiscal_year integer[2500..2700] The year being benchmarked; the profile is taken from the year before (or this year when the organisation has no scores the year before)
-- @column similar_rank integer 1 = most similar
-- @column org_code varchar Organisation code
-- @column short_name_th varchar Short Thai name
-- @column district_th varchar District
-- @column province_th varchar Province
-- @column distance double Euclidean distance between the two profiles of z-scores (0 = identical)
-- @column profile_year integer The fiscal year whose indicator scores formed the profiles
-- @column total double The organisation's total in the benchmarked year
-- @column source varchar 'synthetic' or 'real' scores in the benchmarked year
-- The similar CTEs are the same text in org_indicator_benchmark.sql: keep them identical.
WITH me AS (
  SELECT code, type, district_code, province_code FROM org WHERE code = $code
),
vals AS (
  -- Top-level indicator scores (1-10) of the benchmarked year and the year before.
  SELECT s.org_code, s.fiscal_year, s.code, s.value, s.source
  FROM score_current s
  JOIN framework_indicator fi ON fi.fiscal_year = s.fiscal_year AND fi.code = s.code AND fi.parent_code IS NULL
  WHERE s.fiscal_year IN ($fiscal_year - 1, $fiscal_year)
),
profile_year AS (
  SELECT coalesce(max(fiscal_year) FILTER (WHERE fiscal_year = $fiscal_year - 1), $fiscal_year) AS y
  FROM vals WHERE org_code = $code
),
z AS (
  -- z = (value - mean) / population standard deviation, per indicator, over the organisations of the same type that year.
  SELECT v.org_code, v.code,
    coalesce((v.value - avg(v.value) OVER w) / nullif(stddev_pop(v.value) OVER w, 0), 0) AS z
  FROM vals v
  JOIN org o ON o.code = v.org_code
  JOIN me ON o.type = me.type
  JOIN profile_year p ON v.fiscal_year = p.y
  WINDOW w AS (PARTITION BY v.code)
),
distances AS (
  -- Only candidates scored on every indicator the organisation has, and scored in the benchmarked year.
  SELECT c.org_code, sqrt(sum((c.z - m.z) ^ 2)) AS distance
  FROM z c
  JOIN z m ON m.code = c.code AND m.org_code = $code
  WHERE c.org_code <> $code
    AND c.org_code IN (SELECT org_code FROM vals WHERE fiscal_year = $fiscal_year)
  GROUP BY c.org_code
  HAVING count(*) = (SELECT count(*) FROM z WHERE org_code = $code)
),
nearest AS (
  SELECT org_code, distance, row_number() OVER (ORDER BY distance, org_code) AS similar_rank
  FROM distances
  QUALIFY similar_rank <= 15
)
SELECT s.similar_rank::INTEGER AS similar_rank, s.org_code, o.short_name_th, o.district_th, o.province_th,
  s.distance, p.y::INTEGER AS profile_year, t.value AS total,
  CASE WHEN t.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS source
FROM nearest s
JOIN org o ON o.code = s.org_code
CROSS JOIN profile_year p
LEFT JOIN score_current t ON t.org_code = s.org_code AND t.fiscal_year = $fiscal_year AND t.code = 'TOTAL'
ORDER BY s.similar_rank;
