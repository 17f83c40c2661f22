-- change_indicators: per indicator 1-10, the mean change between two years among the organisations in scope with the indicator in both years, and how many improved or worsened: which indicators improved most.
-- @param fiscal_year integer[2500..2700] The later year of the pair (BE), e.g. 2567
-- @param compare integer[2500..2700] The year compared with, e.g. 2566; change = fiscal_year - compare
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param threshold double A change of at least this many points is improving or worsening (CHANGE_THRESHOLD)
-- @column code varchar Indicator code '1'..'10'
-- @column name_th varchar Name in fiscal_year's framework (Thai)
-- @column name_en varchar Name in fiscal_year's framework (English)
-- @column tool varchar IIT, EIT or OIT
-- @column sort_key integer Order in the framework
-- @column orgs integer Organisations with the indicator in both years
-- @column mean_before double Mean in compare
-- @column mean_now double Mean in fiscal_year
-- @column mean_change double Mean change
-- @column improving integer Organisations up by at least the threshold
-- @column stable integer Organisations that moved by less than the threshold
-- @column worsening integer Organisations down by at least the threshold
WITH vals AS (
  -- indicator_value holds the top-level indicator scores with each organisation's areas: no join with org. Each row
  -- is under the code its organisation has now (org_lineage: registry changes), so a changed code pairs with itself.
  SELECT coalesce(l.current_code, v.org_code) AS org_code, v.fiscal_year, v.code, v.value
  FROM indicator_value v
  LEFT JOIN org_lineage l ON l.code = v.org_code
  WHERE v.fiscal_year IN ($fiscal_year, $compare)
    AND v.code IN ('1', '2', '3', '4', '5', '6', '7', '8', '9', '10')
    AND in_area(v.province_code, v.district_code, v.type, $province, $district, $type)
),
paired AS (
  SELECT n.code, b.value AS before, n.value AS now, round(n.value - b.value, 2) AS change
  FROM vals n
  JOIN vals b ON b.org_code = n.org_code AND b.code = n.code AND b.fiscal_year = $compare
  WHERE n.fiscal_year = $fiscal_year
)
SELECT p.code, fn.name_th, fn.name_en, fn.tool, fn.sort_key,
  count(*)::INTEGER AS orgs,
  avg(p.before) AS mean_before,
  avg(p.now) AS mean_now,
  avg(p.change) AS mean_change,
  count(*) FILTER (WHERE p.change >= $threshold)::INTEGER AS improving,
  count(*) FILTER (WHERE p.change > -$threshold AND p.change < $threshold)::INTEGER AS stable,
  count(*) FILTER (WHERE p.change <= -$threshold)::INTEGER AS worsening
FROM paired p
JOIN framework_indicator fn ON fn.fiscal_year = $fiscal_year AND fn.code = p.code
GROUP BY p.code, fn.name_th, fn.name_en, fn.tool, fn.sort_key
ORDER BY fn.sort_key;
