-- 012: weak_flags read precomputed ranks and peer medians (the derived table indicator_stats, rebuilt with the other
-- derived tables inside every write) instead of two window functions over every organisation on each page query.
-- The definitions of "weak" are unchanged from 010.

CREATE VIEW indicator_stats_v AS
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
  median(value) OVER (PARTITION BY fiscal_year, code, district_code) AS median_district,
  median(value) OVER (PARTITION BY fiscal_year, code, province_code) AS median_province,
  median(value) OVER (PARTITION BY fiscal_year, code, type) AS median_type
FROM s;

CREATE TABLE indicator_stats AS SELECT * FROM indicator_stats_v LIMIT 0;

DROP MACRO TABLE weak_flags;

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
