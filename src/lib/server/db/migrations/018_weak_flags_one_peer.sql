-- 018: weak_flags joins only the peer median it is asked for, and carries each organisation's district, province
-- and type. Through 014's indicator_stats view it joined all three medians (district, province, type) to every
-- organisation-year of the year and then picked one, and the queries joined org again for the areas: on the national
-- data that was most of indicator_summary's ~40 ms and of every page that shows weak indicators. The definitions of
-- "weak" are unchanged from 010; the first fourteen columns are the same as before.

DROP MACRO TABLE weak_flags;

CREATE MACRO weak_flags(fy, peer, lowest_n) AS TABLE
  SELECT v.org_code, v.fiscal_year, v.code, v.name_th, v.name_en, v.tool, v.sort_key, v.value, v.source,
    v.value_rank,
    md.median AS peer_median,
    round(v.value, 2) < f.pass_mark AS below_pass_mark,
    v.value_rank <= lowest_n AS lowest,
    v.value < md.median AS below_peer_median,
    v.district_code, v.province_code, v.type
  FROM indicator_value v
  JOIN framework f ON f.fiscal_year = v.fiscal_year
  LEFT JOIN indicator_median md ON md.fiscal_year = v.fiscal_year AND md.code = v.code
    AND md.peer = CASE peer WHEN 'district' THEN 'district' WHEN 'province' THEN 'province' ELSE 'type' END
    AND md.area IS NOT DISTINCT FROM
      CASE peer WHEN 'district' THEN v.district_code WHEN 'province' THEN v.province_code ELSE v.type END
  WHERE v.fiscal_year = fy;
