-- official_national: the NACC's published national ITA figures per fiscal year (all agencies assessed), with their source.
-- @param fiscal_year integer? One fiscal year (BE); absent = every published year
-- @column fiscal_year integer Fiscal year (BE)
-- @column agencies integer Agencies assessed nationally (all kinds of agency), where published; null where not
-- @column mean_total double The national mean total score
-- @column passed integer Agencies at or above the pass mark, where published; null where not
-- @column pass_share double Share of agencies passing, 0-1, where published; null where not
-- @column source_doc varchar The transcribed source document in data/official/
-- @column source_note varchar How the figure was taken from it (e.g. derived from the next year's report)
-- @column publisher_th varchar Who published it, in Thai
-- @column publisher_en varchar Who published it, in English
-- @column source_th varchar Publisher and title of the source, in Thai
-- @column source_en varchar Publisher and title of the source, in English
-- @column source_url varchar Where the source was published
SELECT n.fiscal_year, n.agencies, n.mean_total, n.passed, n.pass_share, n.source_doc, n.source_note,
  s.publisher_th, s.publisher_en,
  s.publisher_th || ': ' || s.title_th AS source_th,
  s.publisher_en || ': ' || s.title_en AS source_en,
  s.url AS source_url
FROM official_national n
JOIN official_source s ON s.doc = n.source_doc
WHERE $fiscal_year IS NULL OR n.fiscal_year = $fiscal_year
ORDER BY n.fiscal_year;
