-- area_pass_ranking: the share passing in one fiscal year per province (nationally) or per district (within a province), best first, for ranking charts.
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param province varchar(/\d{2}/)? 2-digit province code: rank its districts; absent = rank the provinces
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column area_code varchar Province code (2 digits) or district code (4 digits)
-- @column area_th varchar Thai name of the province or district
-- @column orgs integer Organisations with a total in the year
-- @column passed integer Of which at or above the pass mark
-- @column pass_share double passed / orgs, 0-1
-- @column mean_total double Mean total
-- @column synthetic_orgs integer Organisations whose scores that year are synthetic demo data
-- @column target_share double National target: share of agencies that should pass
-- @column target_mean double National target from 2566: the national mean it asks for (89); null before
SELECT
  CASE WHEN $province IS NULL THEN o.province_code ELSE o.district_code END AS area_code,
  any_value(CASE WHEN $province IS NULL THEN o.province_th ELSE o.district_th END) AS area_th,
  count(*)::INTEGER AS orgs,
  count(*) FILTER (WHERE y.passed)::INTEGER AS passed,
  avg(CASE WHEN y.passed THEN 1 ELSE 0 END) AS pass_share,
  avg(y.total) AS mean_total,
  count(*) FILTER (WHERE y.source = 'synthetic')::INTEGER AS synthetic_orgs,
  any_value(f.target_share) AS target_share,
  any_value(f.target_mean) AS target_mean
FROM org_year y
JOIN org_in_area($province, NULL, $type) o ON o.code = y.org_code
JOIN framework f ON f.fiscal_year = y.fiscal_year
WHERE y.fiscal_year = $fiscal_year
GROUP BY area_code
ORDER BY pass_share DESC, mean_total DESC, area_code;
