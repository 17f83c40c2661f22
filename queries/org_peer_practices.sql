-- org_peer_practices: for each given indicator, what the best-scoring organisations of the same province did about it: the three highest-scoring peers on it in a fiscal year among those with measures of that year targeting it, one row per peer and measure.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) The organisation being helped (left out of the peers), e.g. 6940907
-- @param fiscal_year integer[2500..2700] Fiscal year of the scores and of the measures
-- @param indicators varchar(/\d{1,2}(,\d{1,2}){0,9}/) Top-level indicator codes, comma-separated, e.g. 7,10 (usually the organisation's weak ones)
-- @column code varchar Indicator code
-- @column name_th varchar Indicator name in Thai
-- @column name_en varchar Indicator name in English
-- @column sort_key integer Framework order
-- @column own_value double The organisation's own score on the indicator
-- @column pick integer 1..3: the order of the peer among those shown for the indicator
-- @column peer_rank integer The peer's rank on the indicator among all organisations of the province but this one (1 = highest)
-- @column peers integer Organisations of the province, this one excluded, with a score on the indicator
-- @column peer_code varchar Peer organisation code
-- @column peer_name_th varchar Peer's short Thai name
-- @column peer_district_th varchar Peer's district
-- @column peer_value double Peer's score on the indicator
-- @column peer_source varchar 'synthetic' or 'real' score
-- @column measure_name_th varchar Name of a measure of the peer targeting the indicator
-- @column category varchar The measure's main category
-- @column status_6m varchar The measure's status in the 6-month round
-- @column status_12m varchar The measure's status in the 12-month round
-- @column measure_synthetic boolean True when the measure is synthetic demo data
WITH me AS (
  SELECT code, province_code FROM org WHERE code = $code
),
wanted AS (
  SELECT fi.code, fi.name_th, fi.name_en, fi.sort_key
  FROM framework_indicator fi
  WHERE fi.fiscal_year = $fiscal_year AND fi.parent_code IS NULL AND list_contains(string_split($indicators, ','), fi.code)
),
vals AS (
  -- indicator_value carries each organisation's province: no join with org.
  SELECT v.org_code, v.code, v.value, v.source
  FROM indicator_value v
  JOIN me ON v.province_code = me.province_code
  JOIN wanted w ON w.code = v.code
  WHERE v.fiscal_year = $fiscal_year
),
ranked AS (
  SELECT v.*, rank() OVER (PARTITION BY v.code ORDER BY round(v.value, 2) DESC) AS peer_rank,
    count(*) OVER (PARTITION BY v.code) AS peers
  FROM vals v
  WHERE v.org_code <> $code
),
peer_measures AS (
  -- One row per measure of a province peer: latest name and category, targeted top-level indicators, status per round.
  SELECT m.org_code, m.name_norm, arg_max(m.name_th, m.round_order) AS name_th, arg_max(m.category, m.round_order) AS category,
    list_distinct(flatten(list(list_transform(m.indicators, x -> split_part(x, '.', 1))))) AS top_codes,
    any_value(m.status) FILTER (WHERE m.round = '6m') AS status_6m,
    any_value(m.status) FILTER (WHERE m.round = '12m') AS status_12m,
    bool_and(m.source = 'synthetic') AS synthetic
  FROM (
    SELECT *, coalesce(round_months(round), 0) AS round_order
    FROM measure_current
    WHERE fiscal_year = $fiscal_year AND org_code IN (SELECT org_code FROM ranked)
  ) m
  GROUP BY m.org_code, m.name_norm
),
picked AS (
  SELECT r.*, row_number() OVER (PARTITION BY r.code ORDER BY r.value DESC, r.org_code) AS pick
  FROM ranked r
  WHERE EXISTS (SELECT 1 FROM peer_measures pm WHERE pm.org_code = r.org_code AND list_contains(pm.top_codes, r.code))
  QUALIFY pick <= 3
)
SELECT w.code, w.name_th, w.name_en, w.sort_key, own.value AS own_value,
  t.pick::INTEGER AS pick, t.peer_rank::INTEGER AS peer_rank, t.peers::INTEGER AS peers,
  t.org_code AS peer_code, o.short_name_th AS peer_name_th, o.district_th AS peer_district_th,
  t.value AS peer_value, CASE WHEN t.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS peer_source,
  pm.name_th AS measure_name_th, pm.category, pm.status_6m, pm.status_12m, pm.synthetic AS measure_synthetic
FROM wanted w
JOIN picked t ON t.code = w.code
JOIN org o ON o.code = t.org_code
JOIN peer_measures pm ON pm.org_code = t.org_code AND list_contains(pm.top_codes, w.code)
LEFT JOIN vals own ON own.code = w.code AND own.org_code = $code
ORDER BY w.sort_key, t.pick, pm.name_th;
