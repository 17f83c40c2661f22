-- official_ratings: the NACC's published count and share of agencies per rating (2566+), as printed, with their source.
-- @param fiscal_year integer? One fiscal year (BE); absent = every published year
-- @column fiscal_year integer Fiscal year (BE)
-- @column rating varchar The rating as the report prints it (2567 prints ต้องปรับปรุงด่วน for ต้องปรับปรุงโดยด่วน)
-- @column agencies integer Agencies with that rating (all kinds of agency)
-- @column share double Their share of the agencies assessed, 0-1
-- @column source_th varchar Publisher and title of the source, in Thai
-- @column source_en varchar Publisher and title of the source, in English
-- @column source_url varchar Where the source was published
SELECT r.fiscal_year, r.rating, r.agencies, r.share,
  s.publisher_th || ': ' || s.title_th AS source_th,
  s.publisher_en || ': ' || s.title_en AS source_en,
  s.url AS source_url
FROM official_rating r
JOIN official_source s ON s.doc = r.source_doc
WHERE $fiscal_year IS NULL OR r.fiscal_year = $fiscal_year
ORDER BY r.fiscal_year, r.rank;
