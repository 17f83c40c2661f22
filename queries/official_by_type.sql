-- official_by_type: the NACC's published mean (and share passing) of one agency type per fiscal year, with its source (view official_type_figure picks a year's own report over restatements).
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type as in org.type; absent = every type the app knows
-- @param fiscal_year integer? One fiscal year (BE); absent = every published year
-- @column type varchar Organisation type (org.type)
-- @column fiscal_year integer Fiscal year (BE) the figure is about
-- @column org_type_th varchar The agency type as the report names it
-- @column agencies integer Agencies of the type assessed, where published
-- @column mean_total double Mean total score of the type
-- @column pass_share double Share of the type passing, 0-1, where published; null where not
-- @column report_year integer Fiscal year of the report the figure was read from
-- @column publisher_th varchar Who published it, in Thai
-- @column publisher_en varchar Who published it, in English
-- @column source_th varchar Publisher and title of the source, in Thai
-- @column source_en varchar Publisher and title of the source, in English
-- @column source_url varchar Where the source was published
SELECT f.type, f.fiscal_year, f.org_type_th, f.agencies, f.mean_total, f.pass_share, f.report_year,
  s.publisher_th, s.publisher_en,
  s.publisher_th || ': ' || s.title_th AS source_th,
  s.publisher_en || ': ' || s.title_en AS source_en,
  s.url AS source_url
FROM official_type_figure f
JOIN official_source s ON s.doc = f.source_doc
WHERE ($type IS NULL OR f.type = $type)
  AND ($fiscal_year IS NULL OR f.fiscal_year = $fiscal_year)
ORDER BY f.type, f.fiscal_year;
