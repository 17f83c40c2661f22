-- change_orgs: each organisation in scope with a total in both years: totals, change, direction of travel, rank within the scope in each year, and level or rating in each year; optionally only the biggest movers.
-- @param fiscal_year integer[2500..2700] The later year of the pair (BE), e.g. 2567
-- @param compare integer[2500..2700] The year compared with, e.g. 2566; change = fiscal_year - compare
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param threshold double A change of at least this many points is improving or worsening (CHANGE_THRESHOLD)
-- @param movers integer[1..500]? Only the this-many biggest gainers and this-many biggest decliners; absent = every organisation
-- @column org_code varchar Organisation code
-- @column short_name_th varchar Short name, e.g. อบต.จะรัง
-- @column district_th varchar District (อำเภอ)
-- @column province_th varchar Province (จังหวัด)
-- @column total_before double Total in compare
-- @column total_now double Total in fiscal_year
-- @column change double total_now - total_before, two decimals
-- @column direction enum(improving|stable|worsening) Direction of travel (against the threshold)
-- @column rank_before integer Rank by total within the scope in compare (1 = highest; ties share a rank), among the organisations with both years
-- @column rank_now integer The same in fiscal_year
-- @column rank_change integer rank_before - rank_now: positive = moved up
-- @column level_before varchar Level (AA-F) or rating in compare
-- @column level_now varchar Level or rating in fiscal_year
-- @column level_en_before varchar English label in compare
-- @column level_en_now varchar English label in fiscal_year
-- @column gain_order integer Position when sorted by change, largest rise first
-- @column decline_order integer Position when sorted by change, largest fall first
-- @column synthetic boolean Synthetic demo data in either year
WITH scoped AS (
  SELECT code, short_name_th, district_th, province_th FROM org_in_area($province, $district, $type)
),
now AS (
  SELECT y.org_code, y.total, y.level, y.level_en, y.source FROM org_year_lineage y
  JOIN scoped o ON o.code = y.org_code WHERE y.fiscal_year = $fiscal_year
),
before AS (
  SELECT y.org_code, y.total, y.level, y.level_en, y.source FROM org_year_lineage y
  JOIN scoped o ON o.code = y.org_code WHERE y.fiscal_year = $compare
),
paired AS (
  SELECT n.org_code, b.total AS total_before, n.total AS total_now, round(n.total - b.total, 2) AS change,
    rank() OVER (ORDER BY b.total DESC) AS rank_before,
    rank() OVER (ORDER BY n.total DESC) AS rank_now,
    row_number() OVER (ORDER BY round(n.total - b.total, 2) DESC, n.org_code) AS gain_order,
    row_number() OVER (ORDER BY round(n.total - b.total, 2), n.org_code) AS decline_order,
    b.level AS level_before, n.level AS level_now, b.level_en AS level_en_before, n.level_en AS level_en_now,
    (n.source = 'synthetic' OR b.source = 'synthetic') AS synthetic
  FROM now n
  JOIN before b ON b.org_code = n.org_code
)
SELECT p.org_code, o.short_name_th, o.district_th, o.province_th, p.total_before, p.total_now, p.change,
  CASE WHEN p.change >= $threshold THEN 'improving' WHEN p.change <= -$threshold THEN 'worsening' ELSE 'stable' END
    AS direction,
  p.rank_before::INTEGER AS rank_before, p.rank_now::INTEGER AS rank_now,
  (p.rank_before - p.rank_now)::INTEGER AS rank_change,
  p.level_before, p.level_now, p.level_en_before, p.level_en_now,
  p.gain_order::INTEGER AS gain_order, p.decline_order::INTEGER AS decline_order, p.synthetic
FROM paired p
JOIN scoped o ON o.code = p.org_code
WHERE $movers IS NULL OR p.gain_order <= $movers OR p.decline_order <= $movers
ORDER BY p.gain_order;
