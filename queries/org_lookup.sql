-- org_lookup: organisations whose code starts with, or whose Thai name, district or province contains, the text typed (for search boxes and scripts).
-- @param q varchar Text to look for: part of a Thai name (จะรัง), a district or province name, a DLA code prefix (69409),
-- or an old 6-digit subdistrict code (940917), which finds the organisation it now names
-- @param limit integer[1..200]? Most rows to return (default 20)
-- @column code varchar Organisation code
-- @column short_name_th varchar Short Thai name, e.g. อบต.จะรัง
-- @column name_th varchar Full Thai name
-- @column district_th varchar District
-- @column province_th varchar Province
-- @column type varchar Organisation type
SELECT code, short_name_th, name_th, district_th, province_th, type
FROM org
WHERE starts_with(code, $q)
   OR code = (SELECT a.code FROM org_code_alias a WHERE a.old_code = $q)
   OR contains(name_th, $q)
   OR contains(coalesce(district_th, ''), $q)
   OR contains(coalesce(province_th, ''), $q)
ORDER BY
  CASE WHEN code = $q OR code = (SELECT a.code FROM org_code_alias a WHERE a.old_code = $q) THEN 0 WHEN starts_with(coalesce(tambon_th, name_th), $q) THEN 1 ELSE 2 END,
  province_th, district_th, name_th
LIMIT coalesce($limit, 20);
