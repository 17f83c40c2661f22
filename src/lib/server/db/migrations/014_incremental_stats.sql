-- 014: indicator_stats splits into a per-organisation-year part and a per-area part, so that a write can refresh
-- only what it touched (src/lib/server/db/derived.ts). In 012 every row carried three window medians over its whole
-- district, province and organisation type, so changing one SAO's score meant recomputing all ~5,300 SAO rows of
-- that year. Now indicator_value holds each organisation-year's own rows (value, rank among its indicators) and
-- indicator_median one row per fiscal year, indicator and peer area; indicator_stats joins them back into the same
-- columns as before, and weak_flags is unchanged.

DROP MACRO TABLE weak_flags;
DROP TABLE indicator_stats;
DROP VIEW indicator_stats_v;

-- Reads the score_current table, which the refresh fills first.
CREATE VIEW indicator_value_v AS
WITH s AS (
  SELECT sc.org_code, sc.fiscal_year, sc.code, sc.value, sc.source,
    fi.sort_key, fi.name_th, fi.name_en, fi.tool,
    o.district_code, o.province_code, o.type
  FROM score_current sc
  JOIN framework_indicator fi ON fi.fiscal_year = sc.fiscal_year AND fi.code = sc.code AND fi.parent_code IS NULL
  JOIN org o ON o.code = sc.org_code
)
SELECT org_code, fiscal_year, code, name_th, name_en, tool, sort_key, value, source,
  rank() OVER (PARTITION BY org_code, fiscal_year ORDER BY value) AS value_rank,
  district_code, province_code, type
FROM s;

CREATE TABLE indicator_value AS SELECT * FROM indicator_value_v LIMIT 0;

-- Peer medians include the organisation itself (as in 010). An area is a district code, a province code or an
-- organisation type; organisations without a district or province share one null area, as the window did in 012.
CREATE VIEW indicator_median_v AS
SELECT fiscal_year, code, 'district' AS peer, district_code AS area, median(value) AS median
FROM indicator_value GROUP BY fiscal_year, code, district_code
UNION ALL
SELECT fiscal_year, code, 'province' AS peer, province_code AS area, median(value) AS median
FROM indicator_value GROUP BY fiscal_year, code, province_code
UNION ALL
SELECT fiscal_year, code, 'type' AS peer, type AS area, median(value) AS median
FROM indicator_value GROUP BY fiscal_year, code, type;

CREATE TABLE indicator_median AS SELECT * FROM indicator_median_v LIMIT 0;

-- The columns of 012's indicator_stats table, for weak_flags and anything else that read it.
CREATE VIEW indicator_stats AS
SELECT v.org_code, v.fiscal_year, v.code, v.name_th, v.name_en, v.tool, v.sort_key, v.value, v.source, v.value_rank,
  md.median AS median_district, mp.median AS median_province, mt.median AS median_type
FROM indicator_value v
LEFT JOIN indicator_median md ON md.peer = 'district' AND md.fiscal_year = v.fiscal_year AND md.code = v.code
  AND md.area IS NOT DISTINCT FROM v.district_code
LEFT JOIN indicator_median mp ON mp.peer = 'province' AND mp.fiscal_year = v.fiscal_year AND mp.code = v.code
  AND mp.area IS NOT DISTINCT FROM v.province_code
LEFT JOIN indicator_median mt ON mt.peer = 'type' AND mt.fiscal_year = v.fiscal_year AND mt.code = v.code
  AND mt.area IS NOT DISTINCT FROM v.type;

CREATE MACRO weak_flags(fy, peer, lowest_n) AS TABLE
  SELECT i.org_code, i.fiscal_year, i.code, i.name_th, i.name_en, i.tool, i.sort_key, i.value, i.source,
    i.value_rank,
    CASE peer WHEN 'district' THEN i.median_district WHEN 'province' THEN i.median_province ELSE i.median_type END
      AS peer_median,
    round(i.value, 2) < f.pass_mark AS below_pass_mark,
    i.value_rank <= lowest_n AS lowest,
    i.value < CASE peer WHEN 'district' THEN i.median_district WHEN 'province' THEN i.median_province
      ELSE i.median_type END AS below_peer_median
  FROM indicator_stats i
  JOIN framework f ON f.fiscal_year = i.fiscal_year
  WHERE i.fiscal_year = fy;
