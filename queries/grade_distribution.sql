-- grade_distribution: per fiscal year, how many organisations in scope reached each level (AA-F, to 2565) or rating (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน, from 2566), with every grade of the year's framework listed even when empty.
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column fiscal_year integer Fiscal year (BE)
-- @column grading_kind enum(level|rating) Letter levels (AA-F) or pass/fail ratings
-- @column rank integer 1 = the best grade of the year
-- @column grade varchar The level or rating as published (Thai)
-- @column grade_en varchar The same in English
-- @column passing boolean The grade is at or above the pass mark
-- @column orgs integer Organisations with that grade
-- @column share double orgs / organisations assessed that year, 0-1
-- @column synthetic_orgs integer Of which with synthetic demo scores
-- @column incomplete_orgs integer Of which rated from incomplete tools (from 2566: no EIT part 1/2, or a tool missing)
WITH y AS (
  SELECT y.fiscal_year, y.level, y.source, y.tools_incomplete
  FROM org_year y
  JOIN org_in_area($province, $district, $type) o ON o.code = y.org_code
),
counts AS (
  SELECT fiscal_year, level, count(*) AS orgs, count(*) FILTER (WHERE source = 'synthetic') AS synthetic_orgs,
    count(*) FILTER (WHERE tools_incomplete) AS incomplete_orgs
  FROM y GROUP BY fiscal_year, level
),
years AS (
  SELECT fiscal_year, sum(orgs) AS assessed FROM counts GROUP BY fiscal_year
)
SELECT g.fiscal_year, f.grading_kind, g.rank, g.label AS grade, g.label_en AS grade_en,
  g.min_total >= f.pass_mark AS passing,
  coalesce(c.orgs, 0)::INTEGER AS orgs,
  coalesce(c.orgs, 0) / yr.assessed AS share,
  coalesce(c.synthetic_orgs, 0)::INTEGER AS synthetic_orgs,
  coalesce(c.incomplete_orgs, 0)::INTEGER AS incomplete_orgs
FROM framework_grade g
JOIN framework f ON f.fiscal_year = g.fiscal_year
JOIN years yr ON yr.fiscal_year = g.fiscal_year
LEFT JOIN counts c ON c.fiscal_year = g.fiscal_year AND c.level = g.label
ORDER BY g.fiscal_year, g.rank;
