-- org_indicator_benchmark: each top-level indicator of one organisation in a fiscal year against its peers' distribution (the organisation itself left out): count, minimum, quartiles, median, maximum, and its rank.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param peer enum(district|province|type|similar) Peer group: same district, same province, same type nationwide, or the 15 most similar (see org_similar)
-- @column code varchar Indicator code, '1'..'10'
-- @column name_th varchar Indicator name in Thai
-- @column name_en varchar Indicator name in English
-- @column tool varchar IIT, EIT or OIT
-- @column sort_key integer Framework order
-- @column value double The organisation's score (null when it has none)
-- @column source enum(real|synthetic) For the organisation's score
-- @column peers integer Peers with a score on the indicator (the organisation itself excluded)
-- @column synthetic_peers integer Of those, peers whose score is synthetic demo data
-- @column peer_min double Lowest peer score
-- @column peer_q1 double First quartile of the peer scores (linear interpolation)
-- @column peer_median double Median of the peer scores
-- @column peer_q3 double Third quartile of the peer scores
-- @column peer_max double Highest peer score
-- @column peer_rank integer The organisation's rank among itself and its peers (1 = highest; equal scores share a rank)
-- The peers' scores come from the macro peer_values (migration 022), which holds the definition of each peer group
-- (the similar one is org_similar's chain).
WITH own AS (
  SELECT code, value, source FROM indicator_value WHERE org_code = $code AND fiscal_year = $fiscal_year
),
peer_vals AS (
  SELECT v.code, v.value, v.source
  FROM peer_values($code, $fiscal_year, $peer) v
),
peer_stats AS (
  SELECT v.code, count(*) AS peers, count(*) FILTER (WHERE v.source = 'synthetic') AS synthetic_peers,
    min(v.value) AS peer_min, quantile_cont(v.value, 0.25) AS peer_q1, median(v.value) AS peer_median,
    quantile_cont(v.value, 0.75) AS peer_q3, max(v.value) AS peer_max,
    count(*) FILTER (WHERE round(v.value, 2) > round(own.value, 2)) AS peers_above
  FROM peer_vals v
  LEFT JOIN own ON own.code = v.code
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
