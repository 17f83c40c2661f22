-- 010: indicator scores with their framework metadata, and the three definitions of a "weak" indicator, as table macros.
-- Every page that marks weak indicators reads weak_flags, so the definitions live here once.

-- Indicator and sub-indicator scores in force for a fiscal year, with the framework's names, tool and order.
CREATE MACRO indicator_scores(fy) AS TABLE
  SELECT s.org_code, s.fiscal_year, s.code, s.value, s.source,
    fi.parent_code, fi.tool, fi.name_th, fi.name_en, fi.sort_key
  FROM score_current s
  JOIN framework_indicator fi ON fi.fiscal_year = s.fiscal_year AND fi.code = s.code
  WHERE s.fiscal_year = fy;

-- For each organisation and top-level indicator of a fiscal year, whether it is weak under each definition:
--   below_pass_mark    value below the year's pass mark;
--   lowest             among the organisation's lowest_n indicators (ties share a rank);
--   below_peer_median  below the median of the same indicator in the peer group ('district', 'province', or
--                      anything else = same organisation type nationwide). The median includes the organisation
--                      itself; the organisation page computes benchmarks without it.
CREATE MACRO weak_flags(fy, peer, lowest_n) AS TABLE
  WITH s AS (
    SELECT i.org_code, i.fiscal_year, i.code, i.value, i.source, i.sort_key, i.name_th, i.name_en, i.tool,
      o.district_code, o.province_code, o.type
    FROM indicator_scores(fy) i
    JOIN org o ON o.code = i.org_code
    WHERE i.parent_code IS NULL
  ),
  ranked AS (
    SELECT *,
      rank() OVER (PARTITION BY org_code ORDER BY value) AS value_rank,
      median(value) OVER (PARTITION BY code,
        CASE peer WHEN 'district' THEN district_code WHEN 'province' THEN province_code ELSE type END) AS peer_median
    FROM s
  )
  SELECT r.org_code, r.fiscal_year, r.code, r.name_th, r.name_en, r.tool, r.sort_key, r.value, r.source,
    r.value_rank, r.peer_median,
    round(r.value, 2) < f.pass_mark AS below_pass_mark,
    r.value_rank <= lowest_n AS lowest,
    r.value < r.peer_median AS below_peer_median
  FROM ranked r
  JOIN framework f ON f.fiscal_year = r.fiscal_year;
