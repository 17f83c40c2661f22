-- indicator_summary: per indicator of a fiscal year (or, with drill, one indicator and its sub-indicators): mean, median and share below the pass mark in the chosen area and each wider area (district, province, nation), and the share weak under the chosen definition.
-- @param fiscal_year integer[2500..2700] Fiscal year (BE), e.g. 2567
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code; its province and the nation are returned too
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type; applies to every area
-- @param drill varchar(/\d{1,2}/)? A top-level indicator code, e.g. 9: that indicator and its sub-indicators instead of indicators 1-10
-- @param weak enum(pass_mark|lowest|peer_median) Definition of a weak indicator (weak_flags in migration 010)
-- @param peer enum(district|province|type|similar) Peer group of the peer-median definition (similar reads the same-type median: median_peer, migration 022)
-- @param lowest_n integer[1..10] Under 'lowest', an organisation's this many lowest indicators are weak (LOWEST_COUNT)
-- @column area_level enum(district|province|nation) The area the row is about
-- @column area_code varchar District or province code; null for the nation
-- @column code varchar Indicator code, e.g. '7' or '9.2'
-- @column parent_code varchar The parent of a sub-indicator; null for indicators 1-10
-- @column tool varchar IIT, EIT or OIT
-- @column name_th varchar Name in the year's framework (Thai)
-- @column name_en varchar Name in the year's framework (English)
-- @column sort_key integer Order in the framework
-- @column weight double Weight in the total (in the parent, for a sub-indicator)
-- @column weight_unconfirmed boolean The weight is not confirmed from NACC publications
-- @column name_unconfirmed boolean The name is not confirmed from NACC publications
-- @column orgs integer Organisations in the area with a value
-- @column mean_value double Mean score
-- @column median_value double Median score
-- @column below_pass integer Organisations below the pass mark
-- @column below_share double Share below the pass mark, 0-1
-- @column weak_orgs integer Organisations for which the indicator is weak under the chosen definition; null for sub-indicators (weak_flags covers indicators 1-10)
-- @column weak_share double weak_orgs / orgs; null for sub-indicators
-- @column pass_mark double The year's pass mark
-- @column synthetic_orgs integer Organisations whose value is synthetic demo data
WITH vals AS (
  -- weak_flags carries each organisation's district, province and type, so the top-level rows need no join with org.
  SELECT code, value, source, district_code, province_code, type,
    weak_choice($weak, below_pass_mark, lowest, below_peer_median) AS weak
  FROM weak_flags($fiscal_year, $peer, $lowest_n)
  WHERE ($drill IS NULL OR code = $drill)
  UNION ALL
  SELECT s.code, s.value, s.source, o.district_code, o.province_code, o.type, NULL
  FROM indicator_scores($fiscal_year) s
  JOIN org o ON o.code = s.org_code
  WHERE s.parent_code = $drill
),
areas AS (
  SELECT 'nation' AS area_level, NULL::VARCHAR AS area_code, 3 AS area_order
  UNION ALL
  SELECT 'province', coalesce($province, left($district, 2)), 2 WHERE coalesce($province, $district) IS NOT NULL
  UNION ALL
  SELECT 'district', $district, 1 WHERE $district IS NOT NULL
)
SELECT a.area_level, any_value(a.area_code) AS area_code,
  v.code, any_value(fi.parent_code) AS parent_code, any_value(fi.tool) AS tool,
  any_value(fi.name_th) AS name_th, any_value(fi.name_en) AS name_en, any_value(fi.sort_key) AS sort_key,
  any_value(fi.weight) AS weight,
  any_value(list_contains(fi.unconfirmed, 'weight')) AS weight_unconfirmed,
  any_value(list_contains(fi.unconfirmed, 'name')) AS name_unconfirmed,
  count(*)::INTEGER AS orgs,
  avg(v.value) AS mean_value,
  median(v.value) AS median_value,
  count(*) FILTER (WHERE round(v.value, 2) < f.pass_mark)::INTEGER AS below_pass,
  avg(CASE WHEN round(v.value, 2) < f.pass_mark THEN 1 ELSE 0 END) AS below_share,
  CASE WHEN any_value(fi.parent_code) IS NULL THEN count(*) FILTER (WHERE v.weak)::INTEGER END AS weak_orgs,
  CASE WHEN any_value(fi.parent_code) IS NULL THEN avg(CASE WHEN v.weak THEN 1 ELSE 0 END) END AS weak_share,
  any_value(f.pass_mark) AS pass_mark,
  count(*) FILTER (WHERE v.source = 'synthetic')::INTEGER AS synthetic_orgs
FROM vals v
JOIN areas a ON a.area_level = 'nation'
  OR (a.area_level = 'province' AND v.province_code = a.area_code)
  OR (a.area_level = 'district' AND v.district_code = a.area_code)
JOIN framework_indicator fi ON fi.fiscal_year = $fiscal_year AND fi.code = v.code
JOIN framework f ON f.fiscal_year = $fiscal_year
WHERE in_area(v.province_code, v.district_code, v.type, NULL, NULL, $type)
GROUP BY a.area_level, a.area_order, v.code
ORDER BY any_value(fi.sort_key), a.area_order;
