-- provinces: every province with the number of organisations in the registry, for scope pickers.
-- @column province_code varchar 2-digit DOPA province code
-- @column province_th varchar Thai name
-- @column orgs integer Organisations registered in the province
SELECT province_code, any_value(province_th) AS province_th, count(*)::INTEGER AS orgs
FROM org
WHERE province_code IS NOT NULL
GROUP BY province_code
ORDER BY province_th;
