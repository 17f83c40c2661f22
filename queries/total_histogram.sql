-- total_histogram: the distribution of total scores per fiscal year in bins of 2.5 points, split by real and synthetic data.
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column fiscal_year integer Fiscal year (BE)
-- @column bin_start double Lower edge of the bin (inclusive)
-- @column bin_end double Upper edge of the bin (exclusive; the last bin includes 100)
-- @column source varchar 'synthetic' or 'real'
-- @column orgs integer Organisations whose total falls in the bin
SELECT y.fiscal_year,
  least(floor(y.total / 2.5) * 2.5, 97.5) AS bin_start,
  least(floor(y.total / 2.5) * 2.5, 97.5) + 2.5 AS bin_end,
  y.source,
  count(*)::INTEGER AS orgs
FROM org_year y
JOIN org_in_area($province, $district, $type) o ON o.code = y.org_code
GROUP BY ALL
ORDER BY fiscal_year, bin_start, source;
