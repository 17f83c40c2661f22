-- org_scores: one row per organisation that has a total score in a fiscal year. A contract other tools rely on: keep the name, parameter and columns stable.
-- @param fiscal_year integer[2500..2700] Fiscal year (BE), e.g. 2567
-- @column org_code varchar Organisation code (6-digit subdistrict geocode for SAOs)
-- @column name_th varchar Thai name, e.g. องค์การบริหารส่วนตำบลจะรัง
-- @column district_th varchar District (อำเภอ)
-- @column province_th varchar Province (จังหวัด)
-- @column total double Total ITA score, 0-100
-- @column level varchar The year's level (AA-F, 2563-2565) or rating (ผ่าน/ต้องปรับปรุง, 2566+)
-- @column passed boolean Total at or above the year's pass mark
-- @column source varchar 'synthetic' for invented demo data, 'real' for imported or reported scores
SELECT o.code AS org_code, o.name_th, o.district_th, o.province_th, y.total, y.level, y.passed, y.source
FROM org_year y
JOIN org o ON o.code = y.org_code
WHERE y.fiscal_year = $fiscal_year
ORDER BY o.code;
