-- org_profile: one organisation's identity: names, type, district and province, and how many others share its short name.
-- A code the organisation had before (an old 6-digit subdistrict code, a code a registry change retired) finds it too:
-- the row's code is then the code it has now, and the page redirects there.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code (DLA code), e.g. 6940907; an old 6-digit code such as 940917 finds the organisation too
-- @column code varchar Organisation code
-- @column name_th varchar Full Thai name, e.g. องค์การบริหารส่วนตำบลจะรัง
-- @column short_name_th varchar Short Thai name, e.g. อบต.จะรัง
-- @column type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other) Organisation type
-- @column district_code varchar 4-digit district code
-- @column district_th varchar District (อำเภอ)
-- @column province_code varchar 2-digit province code
-- @column province_th varchar Province (จังหวัด)
-- @column same_name_orgs integer Other organisations with the same short name (tell them apart by district and province)
SELECT o.code, o.name_th, o.short_name_th, o.type, o.district_code, o.district_th, o.province_code, o.province_th,
  (SELECT count(*) FROM org x WHERE x.short_name_th = o.short_name_th AND x.code <> o.code)::INTEGER AS same_name_orgs
FROM org o
WHERE o.code = coalesce((SELECT a.code FROM org_code_alias a WHERE a.old_code = $code), $code);
