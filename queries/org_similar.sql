-- org_similar: the 15 organisations of the same type whose indicator profile in the previous year is nearest to this organisation's (z-scores of indicators 1-10 within that year, Euclidean distance).
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
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
-- The similar CTEs are the same text in org_indicator_benchmark.sql: keep them identical. They read indicator_value
-- (each organisation-year's top-level indicator scores with its type, refreshed on write) and take the means and
-- standard deviations with one GROUP BY: a window over every organisation of the type cost ~70 ms per call.
WITH me AS (
  SELECT code, type, district_code, province_code FROM org WHERE code = $code
),
profile_year AS (
  -- The year before when the organisation has indicator scores in it, else the benchmarked year.
  SELECT coalesce(max(fiscal_year), $fiscal_year) AS y
  FROM indicator_value WHERE org_code = $code AND fiscal_year = $fiscal_year - 1
),
profile_vals AS (
  SELECT v.org_code, v.code, v.value
  FROM indicator_value v
  JOIN me ON v.type = me.type
  JOIN profile_year p ON v.fiscal_year = p.y
),
moments AS (
  -- Per indicator the organisation is scored on: mean and population standard deviation over the organisations of
  -- the same type that year, and the organisation's own z-score.
  SELECT code, mean, sd, coalesce((own - mean) / nullif(sd, 0), 0) AS own_z, count(*) OVER () AS scored
  FROM (
    SELECT code, avg(value) AS mean, stddev_pop(value) AS sd, any_value(value) FILTER (WHERE org_code = $code) AS own
    FROM profile_vals GROUP BY code
  )
  WHERE own IS NOT NULL
),
distances AS (
  -- z = (value - mean) / sd; only candidates scored on every indicator the organisation has.
  SELECT v.org_code, sqrt(sum((coalesce((v.value - m.mean) / nullif(m.sd, 0), 0) - m.own_z) ^ 2)) AS distance
  FROM profile_vals v
  JOIN moments m ON m.code = v.code
  WHERE v.org_code <> $code
  GROUP BY v.org_code
  HAVING count(*) = any_value(m.scored)
),
nearest AS (
  -- and with a total in the benchmarked year.
  SELECT org_code, distance, row_number() OVER (ORDER BY distance, org_code) AS similar_rank
  FROM distances
  WHERE org_code IN (SELECT org_code FROM org_year WHERE fiscal_year = $fiscal_year)
  QUALIFY similar_rank <= 15
)
SELECT s.similar_rank::INTEGER AS similar_rank, s.org_code, o.short_name_th, o.district_th, o.province_th,
  s.distance, p.y::INTEGER AS profile_year, t.total,
  CASE WHEN t.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS source
FROM nearest s
JOIN org o ON o.code = s.org_code
CROSS JOIN profile_year p
LEFT JOIN org_year t ON t.org_code = s.org_code AND t.fiscal_year = $fiscal_year
ORDER BY s.similar_rank;
