-- data_inventory: what data is loaded, per fiscal year: organisations with scores (real and synthetic), reports and measures.
-- @column fiscal_year integer Fiscal year (BE)
-- @column orgs_scored integer Organisations with a total score
-- @column orgs_real integer Of those, organisations whose scores are real (imported or from reports)
-- @column orgs_synthetic integer Of those, organisations whose scores are synthetic demo data
-- @column reports_real integer Real measure reports in force
-- @column measures_real integer Measures from real reports
-- @column measures_synthetic integer Synthetic demo measures
WITH years AS (
  SELECT fiscal_year FROM framework
),
scores AS (
  SELECT fiscal_year, count(*)::INTEGER AS orgs_scored,
    count(*) FILTER (WHERE source = 'real')::INTEGER AS orgs_real,
    count(*) FILTER (WHERE source = 'synthetic')::INTEGER AS orgs_synthetic
  FROM org_year GROUP BY fiscal_year
),
reports AS (
  SELECT fiscal_year, count(*)::INTEGER AS reports_real FROM report_current WHERE source <> 'synthetic' GROUP BY fiscal_year
),
measures AS (
  SELECT fiscal_year,
    count(*) FILTER (WHERE source <> 'synthetic')::INTEGER AS measures_real,
    count(*) FILTER (WHERE source = 'synthetic')::INTEGER AS measures_synthetic
  FROM measure_current GROUP BY fiscal_year
)
SELECT y.fiscal_year,
  coalesce(s.orgs_scored, 0) AS orgs_scored, coalesce(s.orgs_real, 0) AS orgs_real,
  coalesce(s.orgs_synthetic, 0) AS orgs_synthetic, coalesce(r.reports_real, 0) AS reports_real,
  coalesce(m.measures_real, 0) AS measures_real, coalesce(m.measures_synthetic, 0) AS measures_synthetic
FROM years y
LEFT JOIN scores s USING (fiscal_year)
LEFT JOIN reports r USING (fiscal_year)
LEFT JOIN measures m USING (fiscal_year)
ORDER BY y.fiscal_year;
