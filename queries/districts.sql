-- districts: the districts of a province with the number of organisations in each, for scope pickers.
-- @param province varchar(/\d{2}/) 2-digit province code
-- @column district_code varchar 4-digit district code
-- @column district_th varchar Thai name
-- @column orgs integer Organisations registered in the district
SELECT district_code, any_value(district_th) AS district_th, count(*)::INTEGER AS orgs
FROM org
WHERE province_code = $province AND district_code IS NOT NULL
GROUP BY district_code
ORDER BY district_th;
