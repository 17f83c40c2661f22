-- province_headline: one row for a province's meeting brief: organisations assessed, share passing against the national target, the same a comparison year earlier and nationally, the mean total, and the district with the most organisations failing.
-- @param province varchar(/\d{2}/) 2-digit province code
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param compare_year integer[2500..2700]? Comparison year (BE)
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column orgs integer Organisations of the province with a total in the year
-- @column passed integer Of which at or above the pass mark
-- @column pass_share double passed / orgs, 0-1; null when orgs is 0
-- @column mean_total double Mean total; null when orgs is 0
-- @column median_total double Median total; null when orgs is 0
-- @column real_orgs integer Organisations whose scores that year are real (imported), not synthetic
-- @column pass_mark double The year's pass mark
-- @column target_share double National target: share of agencies that should pass
-- @column target_mean double National target from 2566: the national mean it asks for (89); null before
-- @column compare_orgs integer Organisations assessed in the comparison year
-- @column compare_pass_share double Share passing in the comparison year; null when it has no scores
-- @column compare_mean_total double Mean total in the comparison year; null when it has no scores
-- @column national_orgs integer Organisations of the same type assessed nationally in the year
-- @column national_pass_share double Share passing nationally in the year; null when none is assessed
-- @column worst_district_code varchar The district with the most organisations failing (then the highest share failing); null when none fails
-- @column worst_district_th varchar Its Thai name; null when none fails
-- @column worst_district_failed integer Organisations failing in it; null when none fails
-- @column worst_district_orgs integer Organisations assessed in it; null when none fails
WITH y AS (
  SELECT y.fiscal_year, y.total, y.passed, y.source, o.province_code, o.district_code, o.district_th
  FROM org_year y
  JOIN org_in_area(NULL, NULL, $type) o ON o.code = y.org_code
  WHERE y.fiscal_year IN ($fiscal_year, $compare_year)
),
this_year AS (
  SELECT count(*)::INTEGER AS orgs,
    count(*) FILTER (WHERE passed)::INTEGER AS passed,
    avg(CASE WHEN passed THEN 1 ELSE 0 END) AS pass_share,
    avg(total) AS mean_total,
    median(total) AS median_total,
    count(*) FILTER (WHERE source <> 'synthetic')::INTEGER AS real_orgs
  FROM y WHERE fiscal_year = $fiscal_year AND province_code = $province
),
compare AS (
  SELECT count(*)::INTEGER AS orgs, avg(CASE WHEN passed THEN 1 ELSE 0 END) AS pass_share, avg(total) AS mean_total
  FROM y WHERE fiscal_year = $compare_year AND province_code = $province
),
nation AS (
  SELECT count(*)::INTEGER AS orgs, avg(CASE WHEN passed THEN 1 ELSE 0 END) AS pass_share
  FROM y WHERE fiscal_year = $fiscal_year
),
worst AS (
  SELECT district_code, any_value(district_th) AS district_th,
    count(*) FILTER (WHERE NOT passed)::INTEGER AS failed, count(*)::INTEGER AS orgs
  FROM y WHERE fiscal_year = $fiscal_year AND province_code = $province
  GROUP BY district_code
  HAVING count(*) FILTER (WHERE NOT passed) > 0
  ORDER BY failed DESC, failed / orgs DESC, district_code
  LIMIT 1
)
SELECT t.orgs, t.passed, t.pass_share, t.mean_total, t.median_total, t.real_orgs,
  f.pass_mark, f.target_share, f.target_mean,
  c.orgs AS compare_orgs, c.pass_share AS compare_pass_share, c.mean_total AS compare_mean_total,
  n.orgs AS national_orgs, n.pass_share AS national_pass_share,
  w.district_code AS worst_district_code, w.district_th AS worst_district_th,
  w.failed AS worst_district_failed, w.orgs AS worst_district_orgs
FROM this_year t
CROSS JOIN compare c
CROSS JOIN nation n
JOIN framework f ON f.fiscal_year = $fiscal_year
LEFT JOIN worst w ON true;
