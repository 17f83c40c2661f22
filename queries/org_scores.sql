-- org_scores: one row per organisation that has a total score in a fiscal year. A contract other tools rely on: keep the name, parameters and columns stable (new columns go last).
-- @param fiscal_year integer[2500..2700] Fiscal year (BE), e.g. 2567
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Only organisations of this type; absent = every type
-- @column org_code varchar Organisation code (the DLA's 7-digit code, รหัส อปท., for local governments)
-- @column name_th varchar Thai name, e.g. องค์การบริหารส่วนตำบลจะรัง
-- @column district_th varchar District (อำเภอ)
-- @column province_th varchar Province (จังหวัด)
-- @column total double Total ITA score, 0-100
-- @column level varchar The year's level (AA-F, 2563-2565) or rating (ผ่าน/ต้องปรับปรุง, 2566+)
-- @column passed boolean Total at or above the year's pass mark
-- @column source varchar 'synthetic' for invented demo data, 'real' for imported or reported scores
-- @column type varchar Organisation type: sao (อบต.), subdistrict_municipality (เทศบาลตำบล), town_municipality (เทศบาลเมือง), city_municipality (เทศบาลนคร), pao (อบจ.), special (เมืองพัทยา), other (imported non-local agencies)
SELECT o.code AS org_code, o.name_th, o.district_th, o.province_th, y.total, y.level, y.passed, y.source, o.type
FROM org_year y
JOIN org_in_area(NULL, NULL, $type) o ON o.code = y.org_code
WHERE y.fiscal_year = $fiscal_year
ORDER BY o.code;
