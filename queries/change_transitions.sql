-- change_transitions: how many organisations in scope moved from each level or rating in one year to each in the other (B→A, ผ่าน→ต้องปรับปรุง…). 2563-2565 grade with letter levels and 2566+ with pass/fail ratings, so a pair across that boundary pairs labels of the two kinds.
-- @param fiscal_year integer[2500..2700] The later year of the pair (BE), e.g. 2567
-- @param compare integer[2500..2700] The year compared with, e.g. 2566
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @column level_before varchar Level (AA-F) or rating in compare
-- @column level_now varchar Level or rating in fiscal_year
-- @column level_en_before varchar English label in compare
-- @column level_en_now varchar English label in fiscal_year
-- @column rank_before integer Order of level_before in its year's grading, 1 = best
-- @column rank_now integer Order of level_now in its year's grading, 1 = best
-- @column grading_before enum(level|rating) In compare
-- @column grading_now enum(level|rating) In fiscal_year
-- @column orgs integer Organisations that made this move
WITH scoped AS (
  SELECT code FROM org_in_area($province, $district, $type)
),
now AS (
  SELECT y.org_code, y.level, y.level_en FROM org_year_lineage y
  JOIN scoped o ON o.code = y.org_code WHERE y.fiscal_year = $fiscal_year
),
before AS (
  SELECT y.org_code, y.level, y.level_en FROM org_year_lineage y
  JOIN scoped o ON o.code = y.org_code WHERE y.fiscal_year = $compare
),
moves AS (
  SELECT b.level AS level_before, n.level AS level_now,
    any_value(b.level_en) AS level_en_before, any_value(n.level_en) AS level_en_now, count(*) AS orgs
  FROM now n
  JOIN before b ON b.org_code = n.org_code
  GROUP BY b.level, n.level
)
SELECT m.level_before, m.level_now, m.level_en_before, m.level_en_now,
  gb.rank::INTEGER AS rank_before, gn.rank::INTEGER AS rank_now,
  fb.grading_kind AS grading_before, fn.grading_kind AS grading_now, m.orgs::INTEGER AS orgs
FROM moves m
JOIN framework fb ON fb.fiscal_year = $compare
JOIN framework fn ON fn.fiscal_year = $fiscal_year
LEFT JOIN framework_grade gb ON gb.fiscal_year = $compare AND gb.label = m.level_before
LEFT JOIN framework_grade gn ON gn.fiscal_year = $fiscal_year AND gn.label = m.level_now
ORDER BY rank_before, rank_now;
