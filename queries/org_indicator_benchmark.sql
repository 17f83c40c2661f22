-- org_indicator_benchmark: each top-level indicator of one organisation in a fiscal year against its peers' distribution (the organisation itself left out): count, minimum, quartiles, median, maximum, and its rank.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 940917
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param peer enum(district|province|type|similar) Peer group: same district, same province, same type nationwide, or the 15 most similar (see org_similar)
-- @column code varchar Indicator code, '1'..'10'
-- @column name_th varchar Indicator name in Thai
-- @column name_en varchar Indicator name in English
-- @column tool varchar IIT, EIT or OIT
-- @column sort_key integer Framework order
-- @column value double The organisation's score (null when it has none)
-- @column source varchar 'synthetic' or 'real' for the organisation's score
-- @column peers integer Peers with a score on the indicator (the organisation itself excluded)
-- @column synthetic_peers integer Of those, peers whose score is synthetic demo data
-- @column peer_min double Lowest peer score
-- @column peer_q1 double First quartile of the peer scores (linear interpolation)
-- @column peer_median double Median of the peer scores
-- @column peer_q3 double Third quartile of the peer scores
-- @column peer_max double Highest peer score
-- @column peer_rank integer The organisation's rank among itself and its peers (1 = highest; equal scores share a rank)
-- The CTEs up to "nearest" are those of org_similar.sql (keep them the same), except that the year before is read only for the similar group.
WITH me AS (
  SELECT code, type, district_code, province_code FROM org WHERE code = $code
),
vals AS (
  -- Top-level indicator scores (1-10) of the benchmarked year and the year before.
  SELECT s.org_code, s.fiscal_year, s.code, s.value, s.source
  FROM score_current s
  JOIN framework_indicator fi ON fi.fiscal_year = s.fiscal_year AND fi.code = s.code AND fi.parent_code IS NULL
  WHERE s.fiscal_year = $fiscal_year OR ($peer = 'similar' AND s.fiscal_year = $fiscal_year - 1)
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
  WHERE $peer = 'similar'
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
),
own AS (
  SELECT code, value, source FROM vals WHERE org_code = $code AND fiscal_year = $fiscal_year
),
peer_orgs AS (
  SELECT o.code
  FROM org o, me
  WHERE o.code <> me.code
    AND CASE $peer
      WHEN 'district' THEN o.district_code = me.district_code
      WHEN 'province' THEN o.province_code = me.province_code
      WHEN 'type' THEN o.type = me.type
      ELSE o.code IN (SELECT org_code FROM nearest)
    END
),
peer_stats AS (
  SELECT v.code, count(*) AS peers, count(*) FILTER (WHERE v.source = 'synthetic') AS synthetic_peers,
    min(v.value) AS peer_min, quantile_cont(v.value, 0.25) AS peer_q1, median(v.value) AS peer_median,
    quantile_cont(v.value, 0.75) AS peer_q3, max(v.value) AS peer_max,
    count(*) FILTER (WHERE round(v.value, 2) > round(own.value, 2)) AS peers_above
  FROM vals v
  JOIN peer_orgs p ON p.code = v.org_code
  LEFT JOIN own ON own.code = v.code
  WHERE v.fiscal_year = $fiscal_year
  GROUP BY v.code
)
SELECT fi.code, fi.name_th, fi.name_en, fi.tool, fi.sort_key, own.value,
  CASE WHEN own.source IS NULL THEN NULL WHEN own.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS source,
  coalesce(ps.peers, 0)::INTEGER AS peers, coalesce(ps.synthetic_peers, 0)::INTEGER AS synthetic_peers,
  ps.peer_min, ps.peer_q1, ps.peer_median, ps.peer_q3, ps.peer_max,
  CASE WHEN own.value IS NOT NULL THEN (1 + coalesce(ps.peers_above, 0))::INTEGER END AS peer_rank
FROM framework_indicator fi
LEFT JOIN own ON own.code = fi.code
LEFT JOIN peer_stats ps ON ps.code = fi.code
WHERE fi.fiscal_year = $fiscal_year AND fi.parent_code IS NULL
ORDER BY fi.sort_key;
