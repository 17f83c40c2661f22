-- province_orgs: every organisation of a province with a total in a fiscal year: score, grade, pass/fail, change since the comparison year, weakest indicator under the chosen definition of weak, and measure completion.
-- @param province varchar(/\d{2}/) 2-digit province code
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param compare_year integer[2500..2700]? Comparison year (BE); absent = no change column
-- @param district varchar(/\d{4}/)? Only this district
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param weak enum(pass_mark|lowest|peer_median) Definition of a weak indicator (weak_flags in migration 010)
-- @param peer enum(district|province|type|similar) Peer group for the peer-median definition (similar reads the same-type median: median_peer, migration 022)
-- @param lowest_n integer[1..10] Under 'lowest', this many lowest indicators count as weak (LOWEST_COUNT)
-- @column org_code varchar Organisation code
-- @column short_name_th varchar Short Thai name, e.g. อบต.จะรัง
-- @column district_code varchar 4-digit district code
-- @column district_th varchar District (อำเภอ)
-- @column type varchar Organisation type (sao, subdistrict_municipality, …): with every type chosen the table mixes them
-- @column total double Total score in the year
-- @column level varchar Level (AA-F) or rating (2566+)
-- @column level_en varchar The same in English
-- @column passed boolean Total at or above the pass mark
-- @column source varchar 'real' or 'synthetic' (the year's scores)
-- @column compare_total double Total in the comparison year, null when not assessed then
-- @column change double total - compare_total; null when not assessed in the comparison year
-- @column weak_count integer Indicators that are weak under the chosen definition; null without indicator scores
-- @column weakest_code varchar The lowest of the weak indicators (framework order breaks ties); null when none is weak
-- @column weakest_name_th varchar Its Thai name; null when none is weak
-- @column weakest_name_en varchar Its English name; null when none is weak
-- @column weakest_value double Its score; null when none is weak
-- @column measure_round varchar The round measure completion is read from: the latest reported (12m, else 9m, 6m, 3m), else 'unknown' for a report that states no round; null without measures
-- @column measures integer Measures reported in that round; null without measures
-- @column measures_completed integer Of which completed; null without measures
-- @column measure_share double measures_completed / measures with a known status, 0-1; null without measures or without a known status
WITH scoped AS (
  SELECT o.code, o.short_name_th, o.district_code, o.district_th, o.type
  FROM org_in_area($province, $district, $type) o
),
weak AS (
  SELECT w.org_code, w.code, w.name_th, w.name_en, w.value, w.sort_key,
    weak_choice($weak, w.below_pass_mark, w.lowest, w.below_peer_median) AS is_weak
  FROM weak_flags($fiscal_year, $peer, $lowest_n) w
  JOIN scoped s ON s.code = w.org_code
  WHERE w.province_code = $province -- weak_flags carries the province: the year's other rows are dropped in the scan
),
weakest AS (
  SELECT org_code,
    count(*) FILTER (WHERE is_weak)::INTEGER AS weak_count,
    arg_min(code, (value, sort_key)) FILTER (WHERE is_weak) AS weakest_code,
    arg_min(name_th, (value, sort_key)) FILTER (WHERE is_weak) AS weakest_name_th,
    arg_min(name_en, (value, sort_key)) FILTER (WHERE is_weak) AS weakest_name_en,
    min(value) FILTER (WHERE is_weak) AS weakest_value
  FROM weak
  GROUP BY org_code
),
measures AS (
  SELECT m.org_code, coalesce(m.round, 'unknown') AS reported_round,
    count(*)::INTEGER AS measures,
    count(*) FILTER (WHERE m.status = 'completed')::INTEGER AS completed,
    count(*) FILTER (WHERE m.status IN ('completed', 'in_progress', 'not_started', 'not_possible'))::INTEGER AS known
  FROM measure_current m
  JOIN scoped s ON s.code = m.org_code
  WHERE m.fiscal_year = $fiscal_year
  GROUP BY m.org_code, reported_round
  -- The longest round reported (12m, else 9m, 6m, 3m), else the round not stated.
  QUALIFY row_number() OVER (PARTITION BY m.org_code ORDER BY coalesce(round_months(reported_round), 0) DESC) = 1
)
SELECT s.code AS org_code, s.short_name_th, s.district_code, s.district_th, s.type,
  y.total, y.level, y.level_en, y.passed, y.source,
  c.total AS compare_total,
  round(y.total - c.total, 2) AS change,
  w.weak_count, w.weakest_code, w.weakest_name_th, w.weakest_name_en, w.weakest_value,
  m.reported_round AS measure_round, m.measures, m.completed AS measures_completed,
  m.completed / nullif(m.known, 0) AS measure_share
FROM scoped s
JOIN org_year y ON y.org_code = s.code AND y.fiscal_year = $fiscal_year
LEFT JOIN org_year c ON c.org_code = s.code AND c.fiscal_year = $compare_year
LEFT JOIN weakest w ON w.org_code = s.code
LEFT JOIN measures m ON m.org_code = s.code
ORDER BY y.total DESC, s.code;
