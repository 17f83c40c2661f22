-- compare_indicators: the top-level indicator scores (1-10) of each organisation being compared in one fiscal year.
-- @param orgs varchar(/[A-Za-z0-9_-]{1,40}(,[A-Za-z0-9_-]{1,40}){0,9}/) Up to ten organisation codes, comma-separated
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @column org_code varchar Organisation code
-- @column code varchar Indicator code
-- @column name_th varchar Indicator name in Thai
-- @column name_en varchar Indicator name in English
-- @column tool varchar IIT, EIT or OIT
-- @column sort_key integer Framework order
-- @column value double Score, 0-100
-- @column source enum(real|synthetic) Where the organisation's scores come from
-- @column pass_mark double The year's pass mark
SELECT i.org_code, i.code, i.name_th, i.name_en, i.tool, i.sort_key, i.value,
  CASE WHEN i.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS source, f.pass_mark
FROM indicator_scores($fiscal_year) i
JOIN framework f ON f.fiscal_year = i.fiscal_year
WHERE i.parent_code IS NULL AND list_contains(string_split($orgs, ','), i.org_code)
ORDER BY i.sort_key, i.org_code;
