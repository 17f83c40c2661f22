-- change_summary: year-on-year change of the total for the organisations in scope with a total in both years: how many, mean and median change, how many improved, stayed stable or worsened, how many passed in each year.
-- @param fiscal_year integer[2500..2700] The later year of the pair (BE), e.g. 2567
-- @param compare integer[2500..2700] The year compared with, e.g. 2566; change = fiscal_year - compare
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param threshold double A change of at least this many points is improving or worsening (CHANGE_THRESHOLD)
-- @column orgs_now integer Organisations in scope with a total in fiscal_year
-- @column orgs_before integer Organisations in scope with a total in compare
-- @column orgs_paired integer Organisations with a total in both years (all the other columns count these)
-- @column mean_before double Mean total in compare
-- @column mean_now double Mean total in fiscal_year
-- @column mean_change double Mean change of the total
-- @column median_change double Median change of the total
-- @column improving integer Organisations whose total rose by at least the threshold
-- @column stable integer Organisations whose total moved by less than the threshold
-- @column worsening integer Organisations whose total fell by at least the threshold
-- @column passed_before integer Organisations at or above the pass mark in compare
-- @column passed_now integer Organisations at or above the pass mark in fiscal_year
-- @column grading_before enum(level|rating) Letter levels (AA-F) or ratings (ผ่าน/ต้องปรับปรุง) in compare
-- @column grading_now enum(level|rating) The same for fiscal_year
-- @column synthetic_orgs integer Paired organisations with synthetic demo data in either year
-- @column threshold double The threshold used
WITH scoped AS (
  SELECT code FROM org_in_area($province, $district, $type)
),
totals AS (
  -- org_year_lineage: one row per organisation-year with its total and whether it passed the year's mark, under the
  -- code the organisation has now (registry changes: an organisation whose code changed is compared with itself).
  SELECT y.org_code, y.fiscal_year, y.total AS value, y.source, y.passed
  FROM org_year_lineage y
  JOIN scoped o ON o.code = y.org_code
  WHERE y.fiscal_year IN ($fiscal_year, $compare)
),
paired AS (
  SELECT b.value AS before, n.value AS now, round(n.value - b.value, 2) AS change,
    b.passed AS passed_before, n.passed AS passed_now,
    (n.source = 'synthetic' OR b.source = 'synthetic') AS synthetic
  FROM totals n
  JOIN totals b ON b.org_code = n.org_code AND b.fiscal_year = $compare
  WHERE n.fiscal_year = $fiscal_year
)
SELECT
  (SELECT count(*) FROM totals WHERE fiscal_year = $fiscal_year)::INTEGER AS orgs_now,
  (SELECT count(*) FROM totals WHERE fiscal_year = $compare)::INTEGER AS orgs_before,
  count(p.change)::INTEGER AS orgs_paired,
  avg(p.before) AS mean_before,
  avg(p.now) AS mean_now,
  avg(p.change) AS mean_change,
  median(p.change) AS median_change,
  count(*) FILTER (WHERE p.change >= $threshold)::INTEGER AS improving,
  count(*) FILTER (WHERE p.change > -$threshold AND p.change < $threshold)::INTEGER AS stable,
  count(*) FILTER (WHERE p.change <= -$threshold)::INTEGER AS worsening,
  count(*) FILTER (WHERE p.passed_before)::INTEGER AS passed_before,
  count(*) FILTER (WHERE p.passed_now)::INTEGER AS passed_now,
  (SELECT grading_kind FROM framework WHERE fiscal_year = $compare) AS grading_before,
  (SELECT grading_kind FROM framework WHERE fiscal_year = $fiscal_year) AS grading_now,
  count(*) FILTER (WHERE p.synthetic)::INTEGER AS synthetic_orgs,
  $threshold::DOUBLE AS threshold
FROM paired p;
