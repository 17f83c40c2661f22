-- org_years: one organisation's result in every fiscal year: total, tools, level or rating, pass/fail, and where the scores came from.
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @column fiscal_year integer Fiscal year (BE)
-- @column total double Total ITA score, 0-100
-- @column iit double IIT (internal survey) score; null when the year has no tool scores
-- @column eit double EIT (external survey) score; null when the year has no tool scores
-- @column oit double OIT (website audit) score; null when the year has no tool scores
-- @column level varchar Level (AA-F, 2563-2565) or rating (ผ่าน/ต้องปรับปรุง, 2566+)
-- @column level_en varchar The same in English
-- @column passed boolean Total at or above the year's pass mark
-- @column pass_mark double The year's pass mark
-- @column source enum(real|synthetic) 'synthetic' for invented demo data, 'real' for imported or reported scores
-- @column source_files varchar[] Imported files or reports the year's real scores came from (empty when synthetic)
-- @column eit1 double EIT part 1 (answered by stakeholders), from 2566 where known; null otherwise
-- @column eit2 double EIT part 2 (collected by the NACC), from 2566 where known; null otherwise
-- @column tools_incomplete boolean The rating was computed from incomplete tools (e.g. a single EIT without its parts)
WITH mine AS (
  -- Under the code the organisation has now: years stored under a code a registry change retired are its own too.
  SELECT * EXCLUDE (recorded_code) FROM org_year_lineage WHERE org_code = $code
),
files AS (
  SELECT m.fiscal_year, list(DISTINCT coalesce(b.file_name, s.src) ORDER BY coalesce(b.file_name, s.src)) AS source_files
  FROM mine m, unnest(string_split(m.real_sources, ',')) AS s(src)
  LEFT JOIN import_batch b ON b.hash = split_part(s.src, ':', 2)
  GROUP BY m.fiscal_year
)
SELECT m.fiscal_year, m.total, m.iit, m.eit, m.oit, m.level, m.level_en, m.passed, f.pass_mark, m.source,
  coalesce(fl.source_files, []::VARCHAR[]) AS source_files,
  m.eit1, m.eit2, m.tools_incomplete
FROM mine m
JOIN framework f ON f.fiscal_year = m.fiscal_year
LEFT JOIN files fl ON fl.fiscal_year = m.fiscal_year
ORDER BY m.fiscal_year;
