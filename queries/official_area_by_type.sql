-- official_area_by_type: per organisation type assessed in an area and year, the loaded organisations' mean and share passing beside the NACC's official mean and share of that type that year (NULL where not published).
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type in the area
-- @column fiscal_year integer Fiscal year (BE), as asked
-- @column type varchar Organisation type (org.type)
-- @column orgs integer Organisations of the type in the area with a total that year
-- @column mean_total double Their mean total
-- @column pass_share double Their share passing, 0-1
-- @column official_org_type_th varchar The type as the NACC's report names it; null when the NACC published no figure for the type that year
-- @column official_agencies integer Agencies of the type assessed nationally, where published; null when the NACC published no figure for the type that year
-- @column official_mean double The NACC's national mean of the type that year; null when the NACC published no figure for the type that year
-- @column official_pass_share double The NACC's national share passing of the type, 0-1, where published; null when the NACC published no figure for the type that year
-- @column publisher_th varchar Who published it, in Thai; null when the NACC published no figure for the type that year
-- @column publisher_en varchar Who published it, in English; null when the NACC published no figure for the type that year
-- @column source_th varchar Publisher and title of the source, in Thai; null when the NACC published no figure for the type that year
-- @column source_en varchar Publisher and title of the source, in English; null when the NACC published no figure for the type that year
-- @column source_url varchar Where the source was published; null when the NACC published no figure for the type that year
WITH area AS (
  SELECT o.type, count(*)::INTEGER AS orgs, avg(y.total) AS mean_total,
    avg(CASE WHEN y.passed THEN 1 ELSE 0 END) AS pass_share
  FROM org_year y
  JOIN org_in_area($province, $district, $type) o ON o.code = y.org_code
  WHERE y.fiscal_year = $fiscal_year
  GROUP BY o.type
)
SELECT $fiscal_year::INTEGER AS fiscal_year, a.type, a.orgs, a.mean_total, a.pass_share,
  f.org_type_th AS official_org_type_th, f.agencies AS official_agencies,
  f.mean_total AS official_mean, f.pass_share AS official_pass_share,
  s.publisher_th, s.publisher_en,
  s.publisher_th || ': ' || s.title_th AS source_th,
  s.publisher_en || ': ' || s.title_en AS source_en,
  s.url AS source_url
FROM area a
LEFT JOIN official_type_figure f ON f.type = a.type AND f.fiscal_year = $fiscal_year
LEFT JOIN official_source s ON s.doc = f.source_doc
ORDER BY a.orgs DESC, a.type;
