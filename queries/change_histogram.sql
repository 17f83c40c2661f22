-- change_histogram: the distribution of the change of the total between two years for the organisations in scope, in bins two thresholds wide so that one bin is exactly the stable band, split by direction of travel.
-- @param fiscal_year integer[2500..2700] The later year of the pair (BE), e.g. 2567
-- @param compare integer[2500..2700] The year compared with, e.g. 2566; change = fiscal_year - compare
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param threshold double A change of at least this many points is improving or worsening (CHANGE_THRESHOLD); bins are 2 × threshold wide
-- @column bin_start double Lower edge of the bin (inclusive)
-- @column bin_end double Upper edge of the bin (exclusive)
-- @column direction enum(improving|stable|worsening) Direction of travel
-- @column orgs integer Organisations whose change falls in the bin
WITH scoped AS (
  SELECT code FROM org_in_area($province, $district, $type)
),
totals AS (
  -- org_year_lineage: one row per organisation-year with its total, under the code the organisation has now (registry
  -- changes: an organisation whose code changed is compared with itself).
  SELECT y.org_code, y.fiscal_year, y.total AS value
  FROM org_year_lineage y
  JOIN scoped o ON o.code = y.org_code
  WHERE y.fiscal_year IN ($fiscal_year, $compare)
),
changes AS (
  SELECT round(n.value - b.value, 2) AS change
  FROM totals n
  JOIN totals b ON b.org_code = n.org_code AND b.fiscal_year = $compare
  WHERE n.fiscal_year = $fiscal_year
),
binned AS (
  SELECT floor((change + $threshold) / (2 * $threshold)) * (2 * $threshold) - $threshold AS bin_start,
    CASE WHEN change >= $threshold THEN 'improving' WHEN change <= -$threshold THEN 'worsening' ELSE 'stable' END
      AS direction
  FROM changes
)
SELECT bin_start::DOUBLE AS bin_start, (bin_start + 2 * $threshold)::DOUBLE AS bin_end, direction,
  count(*)::INTEGER AS orgs
FROM binned
GROUP BY ALL
ORDER BY bin_start, direction;
