-- org_measure_response: did the measures of a fiscal year target the indicators that were weak in the ITA of the year before, and how did those indicators move? One row per indicator weak the year before.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @param fiscal_year integer[2500..2700] Fiscal year of the measures (FY N); the weak indicators are those of the ITA of FY N-1 and the movement is from N-1 to N
-- @param peer enum(district|province|type|similar) Peer group for the median definition (as in weak_flags: similar reads the same-type median)
-- @param weak enum(pass_mark|lowest|peer_median) The definition of weak in use
-- @param lowest_n integer[1..10] How many of the organisation's lowest indicators count as weak
-- @column code varchar Indicator code, '1'..'10'
-- @column name_th varchar Indicator name in Thai
-- @column name_en varchar Indicator name in English
-- @column sort_key integer Framework order
-- @column weak_year integer The assessment year the indicator was weak in (FY N-1)
-- @column value_before double Its score in FY N-1
-- @column source_before varchar 'synthetic' or 'real' score in FY N-1
-- @column measures integer Measures of FY N that target the indicator (a sub-indicator such as 9.1 counts for 9)
-- @column measures_completed integer Of those, measures completed in their latest reported round
-- @column measure_names varchar[] Names of those measures
-- @column value_after double Its score in FY N (null when FY N has no score yet)
-- @column source_after varchar 'synthetic' or 'real' score in FY N; null when FY N has no score yet
-- @column change double value_after - value_before; null when FY N has no score yet
WITH weak AS (
  SELECT w.code, w.name_th, w.name_en, w.sort_key, w.fiscal_year, w.value, w.source
  FROM weak_flags($fiscal_year - 1, $peer, $lowest_n) w
  WHERE w.org_code = $code
    AND weak_choice($weak, w.below_pass_mark, w.lowest, w.below_peer_median)
),
rounds AS (
  SELECT name_norm, name_th, indicators, status,
    coalesce(round_months(round), 0) AS round_order
  FROM measure_current
  WHERE org_code = $code AND fiscal_year = $fiscal_year
),
measures AS (
  -- One row per measure: its name, targeted top-level indicators and the status of its latest round.
  SELECT name_norm, arg_max(name_th, round_order) AS name_th,
    list_distinct(flatten(list(list_transform(indicators, x -> split_part(x, '.', 1))))) AS top_codes,
    arg_max(status, round_order) AS last_status
  FROM rounds
  GROUP BY name_norm
),
after AS (
  SELECT code, value, source FROM indicator_value WHERE org_code = $code AND fiscal_year = $fiscal_year
)
SELECT w.code, w.name_th, w.name_en, w.sort_key, w.fiscal_year::INTEGER AS weak_year, w.value AS value_before,
  CASE WHEN w.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS source_before,
  count(m.name_norm)::INTEGER AS measures,
  count(m.name_norm) FILTER (WHERE m.last_status = 'completed')::INTEGER AS measures_completed,
  coalesce(list(m.name_th ORDER BY m.name_th) FILTER (WHERE m.name_norm IS NOT NULL), []::VARCHAR[]) AS measure_names,
  a.value AS value_after,
  CASE WHEN a.source IS NULL THEN NULL WHEN a.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS source_after,
  round(a.value - w.value, 2) AS change
FROM weak w
LEFT JOIN measures m ON list_contains(m.top_codes, w.code)
LEFT JOIN after a ON a.code = w.code
GROUP BY ALL
ORDER BY w.sort_key;
