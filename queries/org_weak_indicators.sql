-- org_weak_indicators: one organisation's top-level indicators in a fiscal year with the three definitions of "weak" from weak_flags, and whether each is weak under the chosen one.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param peer enum(district|province|type|similar) Peer group for the median; weak_flags (median_peer, migration 022) knows district, province and type, and reads the same-type median for similar
-- @param weak enum(pass_mark|lowest|peer_median) The definition in use: below the pass mark, among the organisation's lowest, or below the peer median
-- @param lowest_n integer[1..10] How many of the organisation's lowest indicators count as weak (LOWEST_COUNT in src/lib/ita/weak.ts)
-- @column code varchar Indicator code, '1'..'10'
-- @column name_th varchar Indicator name in Thai
-- @column name_en varchar Indicator name in English
-- @column tool varchar IIT, EIT or OIT
-- @column sort_key integer Framework order
-- @column value double The organisation's score
-- @column source varchar 'synthetic' or 'real'
-- @column value_rank integer 1 = the organisation's lowest indicator (ties share a rank)
-- @column peer_median double Median of the indicator in the peer group, the organisation included (as weak_flags defines it)
-- @column pass_mark double The year's pass mark
-- @column below_pass_mark boolean Below the pass mark
-- @column lowest boolean Among the organisation's lowest_n indicators
-- @column below_peer_median boolean Below the peer median
-- @column weak boolean Weak under the chosen definition
SELECT w.code, w.name_th, w.name_en, w.tool, w.sort_key, w.value,
  CASE WHEN w.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS source,
  w.value_rank::INTEGER AS value_rank, w.peer_median, f.pass_mark,
  w.below_pass_mark, w.lowest, w.below_peer_median,
  weak_choice($weak, w.below_pass_mark, w.lowest, w.below_peer_median) AS weak
FROM weak_flags($fiscal_year, $peer, $lowest_n) w
JOIN framework f ON f.fiscal_year = w.fiscal_year
WHERE w.org_code = $code
ORDER BY w.sort_key;
