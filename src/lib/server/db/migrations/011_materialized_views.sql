-- 011: score_current, org_year and measure_current become tables, rebuilt inside every write transaction.
-- As views they recomputed precedence and grades over ~1M score rows and ~700k measures on every page query
-- (seconds on the national data); the data changes only when something is loaded, so it is derived once then.
-- The definitions stay here as the *_v views; refresh_derived in src/lib/server/db/derived.ts copies them.

DROP VIEW org_year;
DROP VIEW measure_current;
DROP VIEW score_current;

CREATE VIEW score_current_v AS
WITH live AS (
  SELECT * FROM score WHERE superseded_at IS NULL
),
real_years AS (
  SELECT DISTINCT org_code, fiscal_year FROM live WHERE source <> 'synthetic'
)
SELECT l.org_code, l.fiscal_year, l.code, l.value, l.source, l.loaded_at
FROM live l
LEFT JOIN real_years r ON r.org_code = l.org_code AND r.fiscal_year = l.fiscal_year
WHERE l.source <> 'synthetic' OR r.org_code IS NULL
QUALIFY row_number() OVER (PARTITION BY l.org_code, l.fiscal_year, l.code ORDER BY l.loaded_at DESC, l.source) = 1;

CREATE TABLE score_current AS SELECT * FROM score_current_v LIMIT 0;

-- Reads the score_current table, which the refresh fills first.
CREATE VIEW org_year_v AS
WITH wide AS (
  SELECT org_code, fiscal_year,
    max(value) FILTER (WHERE code = 'TOTAL') AS total,
    max(value) FILTER (WHERE code = 'IIT') AS iit,
    max(value) FILTER (WHERE code = 'EIT') AS eit,
    max(value) FILTER (WHERE code = 'OIT') AS oit,
    CASE WHEN bool_and(source = 'synthetic') THEN 'synthetic' ELSE 'real' END AS source,
    string_agg(DISTINCT source, ',') FILTER (WHERE source <> 'synthetic') AS real_sources
  FROM score_current
  GROUP BY org_code, fiscal_year
),
graded AS (
  SELECT w.org_code, w.fiscal_year, arg_min(g.label, g.rank) AS level, arg_min(g.label_en, g.rank) AS level_en
  FROM wide w
  JOIN framework_grade g ON g.fiscal_year = w.fiscal_year
   AND round(w.total, 2) >= g.min_total
   AND (g.min_each_tool IS NULL OR coalesce(
        round(w.iit, 2) >= g.min_each_tool AND round(w.eit, 2) >= g.min_each_tool AND round(w.oit, 2) >= g.min_each_tool, false))
  GROUP BY w.org_code, w.fiscal_year
)
SELECT w.org_code, w.fiscal_year, w.total, w.iit, w.eit, w.oit, g.level, g.level_en,
  round(w.total, 2) >= f.pass_mark AS passed, w.source, w.real_sources
FROM wide w
JOIN framework f ON f.fiscal_year = w.fiscal_year
LEFT JOIN graded g ON g.org_code = w.org_code AND g.fiscal_year = w.fiscal_year
WHERE w.total IS NOT NULL;

CREATE TABLE org_year AS SELECT * FROM org_year_v LIMIT 0;

CREATE VIEW measure_current_v AS
WITH live AS (
  SELECT m.*, r.org_code, r.fiscal_year, r.round, r.file_name
  FROM measure m JOIN report_current r ON r.hash = m.report_hash
  WHERE r.org_code IS NOT NULL AND r.fiscal_year IS NOT NULL
),
real_years AS (
  SELECT DISTINCT org_code, fiscal_year FROM live WHERE source <> 'synthetic'
),
ov AS (
  SELECT org_code, fiscal_year, round, name_norm, field, arg_max(value_after, changed_at) AS value_after
  FROM measure_override GROUP BY ALL
)
SELECT l.report_hash, l.seq, l.org_code, l.fiscal_year, l.round, l.number_text, l.name_th, l.name_norm,
  l.guideline, l.steps, l.responsible, l.monitoring_rounds, l.period_text, l.output, l.outcome, l.note,
  coalesce(os.value_after, l.status) AS status, l.status_evidence,
  coalesce(oc.value_after, l.category) AS category, l.categories_other,
  coalesce(string_split(oi.value_after, ','), l.indicators) AS indicators,
  CASE WHEN oi.value_after IS NOT NULL THEN 'corrected' ELSE l.indicator_source END AS indicator_source,
  (os.value_after IS NOT NULL OR oc.value_after IS NOT NULL OR oi.value_after IS NOT NULL) AS corrected,
  l.source, l.file_name
FROM live l
LEFT JOIN real_years ry ON ry.org_code = l.org_code AND ry.fiscal_year = l.fiscal_year
LEFT JOIN ov os ON os.field = 'status' AND os.org_code = l.org_code AND os.fiscal_year = l.fiscal_year
  AND os.round IS NOT DISTINCT FROM l.round AND os.name_norm = l.name_norm
LEFT JOIN ov oc ON oc.field = 'category' AND oc.org_code = l.org_code AND oc.fiscal_year = l.fiscal_year
  AND oc.round IS NOT DISTINCT FROM l.round AND oc.name_norm = l.name_norm
LEFT JOIN ov oi ON oi.field = 'indicators' AND oi.org_code = l.org_code AND oi.fiscal_year = l.fiscal_year
  AND oi.round IS NOT DISTINCT FROM l.round AND oi.name_norm = l.name_norm
WHERE l.source <> 'synthetic' OR ry.org_code IS NULL;

CREATE TABLE measure_current AS SELECT * FROM measure_current_v LIMIT 0;
