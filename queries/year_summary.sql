-- year_summary: per fiscal year, how many organisations in scope were assessed, their mean and median total, and the share passing against the national target.
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column fiscal_year integer Fiscal year (BE)
-- @column orgs integer Organisations with a total
-- @column mean_total double Mean total score
-- @column median_total double Median total score
-- @column passed integer Organisations at or above the pass mark
-- @column pass_share double Share passing, 0-1
-- @column pass_mark double The year's pass mark
-- @column target_share double National target: share of agencies that should pass
-- @column target_mean double National target from 2566: the national mean it asks for (89); null before
-- @column synthetic_orgs integer Organisations whose scores that year are synthetic demo data
SELECT y.fiscal_year,
  count(*)::INTEGER AS orgs,
  round(avg(y.total), 2) AS mean_total,
  round(median(y.total), 2) AS median_total,
  count(*) FILTER (WHERE y.passed)::INTEGER AS passed,
  avg(CASE WHEN y.passed THEN 1 ELSE 0 END) AS pass_share,
  any_value(f.pass_mark) AS pass_mark,
  any_value(f.target_share) AS target_share,
  any_value(f.target_mean) AS target_mean,
  count(*) FILTER (WHERE y.source = 'synthetic')::INTEGER AS synthetic_orgs
FROM org_year y
JOIN org_in_area($province, $district, $type) o ON o.code = y.org_code
JOIN framework f ON f.fiscal_year = y.fiscal_year
GROUP BY y.fiscal_year
ORDER BY y.fiscal_year;
