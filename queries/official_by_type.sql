-- official_by_type: the NACC's published mean (and share passing) of one agency type per fiscal year, each year's figure from the latest report that gives it for that year, preferring that year's own report.
-- @param type varchar(/[a-z_]+/)? Organisation type as in org.type (sao, municipality_subdistrict, pao, ...); absent = every type the app knows
-- @param fiscal_year integer? One fiscal year (BE); absent = every published year
-- @column type varchar Organisation type (org.type)
-- @column fiscal_year integer Fiscal year (BE) the figure is about
-- @column org_type_th varchar The agency type as the report names it
-- @column agencies integer Agencies of the type assessed, where published
-- @column mean_total double Mean total score of the type
-- @column pass_share double Share of the type passing, 0-1, where published
-- @column report_year integer Fiscal year of the report the figure was read from
-- @column source_th varchar Publisher and title of the source, in Thai
-- @column source_en varchar Publisher and title of the source, in English
-- @column source_url varchar Where the source was published
SELECT b.type, b.fiscal_year, b.org_type_th, b.agencies, b.mean_total, b.pass_share, b.report_year,
  s.publisher_th || ': ' || s.title_th AS source_th,
  s.publisher_en || ': ' || s.title_en AS source_en,
  s.url AS source_url
FROM official_by_type b
JOIN official_source s ON s.doc = b.source_doc
WHERE b.type IS NOT NULL
  AND ($type IS NULL OR b.type = $type)
  AND ($fiscal_year IS NULL OR b.fiscal_year = $fiscal_year)
-- Reports restate the year before (sometimes with other numbers): a year's own report wins.
QUALIFY row_number() OVER (
  PARTITION BY b.type, b.fiscal_year
  ORDER BY (b.report_year = b.fiscal_year) DESC, b.report_year DESC) = 1
ORDER BY b.type, b.fiscal_year;
