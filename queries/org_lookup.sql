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
-- The organisation the text names exactly: its code, or an old code's organisation.
WITH exact AS (
  SELECT coalesce((SELECT a.code FROM org_code_alias a WHERE a.old_code = $q), $q) AS code
)
SELECT o.code, o.short_name_th, o.name_th, o.district_th, o.province_th, o.type
FROM org o, exact e
WHERE starts_with(o.code, $q)
   OR o.code = e.code
   OR contains(o.name_th, $q)
   OR contains(coalesce(o.district_th, ''), $q)
   OR contains(coalesce(o.province_th, ''), $q)
ORDER BY
  CASE WHEN o.code = e.code THEN 0 WHEN starts_with(coalesce(o.tambon_th, o.name_th), $q) THEN 1 ELSE 2 END,
  o.province_th, o.district_th, o.name_th
LIMIT coalesce($limit, 20);
