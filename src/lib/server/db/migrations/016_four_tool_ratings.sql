-- 016: the framework as the NACC publishes it (issue 10): from 2566 a rating checks four tool scores (IIT, EIT part 1,
-- EIT part 2, OIT), and from 2566 the national target has two parts (a national mean and a share passing).
-- EIT1 and EIT2 are score codes like any other (score is long form), so only the framework and org_year change.

-- The national mean the year's target asks for (89 in 2566-2570); null when the target is a share only.
ALTER TABLE framework ADD COLUMN target_mean DOUBLE;
-- The tool scores a grade rule's min_each_tool applies to, e.g. [IIT, EIT1, EIT2, OIT]; empty for letter levels.
ALTER TABLE framework ADD COLUMN rated_tools VARCHAR[];
-- The framework files are written again at the next open (syncFrameworks compares hashes), filling both columns.
UPDATE framework SET file_hash = '';

-- org_year's definition (015's macro org_year_of, read by org_year_v and by the keyed refresh) as in 011, with EIT
-- part 1 and part 2 and whether the grade was computed from incomplete tools. A missing
-- part is checked with the EIT score in its place (a single EIT is rated on three tools) and marks the grade
-- incomplete; a missing tool reaches no per-tool minimum. Columns are only appended, so readers of 011 keep working.
CREATE OR REPLACE MACRO org_year_of(score_current_rows) AS TABLE
WITH wide AS (
  SELECT org_code, fiscal_year,
    max(value) FILTER (WHERE code = 'TOTAL') AS total,
    max(value) FILTER (WHERE code = 'IIT') AS iit,
    max(value) FILTER (WHERE code = 'EIT') AS eit,
    max(value) FILTER (WHERE code = 'OIT') AS oit,
    max(value) FILTER (WHERE code = 'EIT1') AS eit1,
    max(value) FILTER (WHERE code = 'EIT2') AS eit2,
    CASE WHEN bool_and(source = 'synthetic') THEN 'synthetic' ELSE 'real' END AS source,
    string_agg(DISTINCT source, ',') FILTER (WHERE source <> 'synthetic') AS real_sources
  FROM query_table(score_current_rows)
  GROUP BY org_code, fiscal_year
),
rated AS (
  SELECT w.*, f.pass_mark,
    list_transform(f.rated_tools, t -> CASE t
      WHEN 'IIT' THEN w.iit WHEN 'EIT' THEN w.eit WHEN 'OIT' THEN w.oit
      WHEN 'EIT1' THEN coalesce(w.eit1, w.eit) WHEN 'EIT2' THEN coalesce(w.eit2, w.eit) END) AS rated_values,
    list_bool_or(list_transform(f.rated_tools, t -> CASE t
      WHEN 'IIT' THEN w.iit WHEN 'EIT' THEN w.eit WHEN 'OIT' THEN w.oit
      WHEN 'EIT1' THEN w.eit1 WHEN 'EIT2' THEN w.eit2 END IS NULL)) AS tools_incomplete
  FROM wide w
  JOIN framework f ON f.fiscal_year = w.fiscal_year
  WHERE w.total IS NOT NULL
),
graded AS (
  SELECT r.org_code, r.fiscal_year, arg_min(g.label, g.rank) AS level, arg_min(g.label_en, g.rank) AS level_en
  FROM rated r
  JOIN framework_grade g ON g.fiscal_year = r.fiscal_year
   AND round(r.total, 2) >= g.min_total
   AND (g.min_each_tool IS NULL OR coalesce(
        len(r.rated_values) > 0
        AND list_bool_and(list_transform(r.rated_values, v -> coalesce(round(v, 2) >= g.min_each_tool, false))), false))
  GROUP BY r.org_code, r.fiscal_year
)
SELECT r.org_code, r.fiscal_year, r.total, r.iit, r.eit, r.oit, g.level, g.level_en,
  round(r.total, 2) >= r.pass_mark AS passed, r.source, r.real_sources,
  r.eit1, r.eit2, coalesce(r.tools_incomplete, false) AS tools_incomplete
FROM rated r
LEFT JOIN graded g ON g.org_code = r.org_code AND g.fiscal_year = r.fiscal_year;

CREATE OR REPLACE VIEW org_year_v AS SELECT * FROM org_year_of('score_current');

-- The derived table takes the new columns; openDatabase refreshes it after a migration.
DROP TABLE org_year;
CREATE TABLE org_year AS SELECT * FROM org_year_v LIMIT 0;
