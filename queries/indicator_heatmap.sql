-- indicator_heatmap: the cells of the organisations × indicators heatmap of a fiscal year: each organisation of the chosen province or district × the total and indicators 1-10 (or, with drill, one indicator and its sub-indicators); for the whole country, each province's means instead.
-- @param fiscal_year integer[2500..2700] Fiscal year (BE), e.g. 2567
-- @param province varchar(/\d{2}/)? 2-digit province code; absent (with no district) = one row per province
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param drill varchar(/\d{1,2}/)? A top-level indicator code, e.g. 9: that indicator and its sub-indicators instead of the total and indicators 1-10
-- @param weak enum(pass_mark|lowest|peer_median) Definition of a weak indicator (weak_flags in migration 010)
-- @param peer enum(district|province|type|similar) Peer group of the peer-median definition (similar reads the same-type median: median_peer, migration 022)
-- @param lowest_n integer[1..10] Under 'lowest', an organisation's this many lowest indicators are weak (LOWEST_COUNT)
-- @column row_kind enum(org|province) An organisation, or a province's mean (for the whole country)
-- @column row_code varchar Organisation code or 2-digit province code
-- @column row_name varchar Short name (อบต.จะรัง) or province name
-- @column district_th varchar District of an organisation; null for a province row
-- @column code varchar 'TOTAL', an indicator code '1'..'10', or a sub-indicator code such as '9.2'
-- @column sort_key integer Column order: 0 for the total, then the framework's order
-- @column value double Score (an organisation) or mean score (a province)
-- @column weak boolean Organisation: weak under the chosen definition (the total and sub-indicators: below the pass mark). Province: more than half of its organisations weak
-- @column weak_share double Share of the row's organisations for which the cell is weak (0 or 1 for an organisation)
-- @column orgs integer Organisations behind the cell
-- @column synthetic_orgs integer Of which synthetic demo data
WITH scoped AS (
  SELECT code, short_name_th, district_th, province_code, province_th
  FROM org_in_area($province, $district, $type)
),
cells AS (
  SELECT org_code, code, sort_key, value, source,
    weak_choice($weak, below_pass_mark, lowest, below_peer_median) AS weak
  FROM weak_flags($fiscal_year, $peer, $lowest_n)
  WHERE $drill IS NULL OR code = $drill
  UNION ALL
  SELECT i.org_code, i.code, i.sort_key, i.value, i.source, round(i.value, 2) < f.pass_mark
  FROM indicator_scores($fiscal_year) i
  JOIN framework f ON f.fiscal_year = i.fiscal_year
  WHERE i.parent_code = $drill
  UNION ALL
  SELECT y.org_code, 'TOTAL', 0, y.total, y.source, NOT y.passed
  FROM org_year y
  WHERE y.fiscal_year = $fiscal_year AND $drill IS NULL
),
org_rows AS (
  SELECT 'org' AS row_kind, c.org_code AS row_code, o.short_name_th AS row_name, o.district_th, c.code, c.sort_key,
    c.value, c.weak, CASE WHEN c.weak THEN 1.0 ELSE 0.0 END AS weak_share, 1 AS orgs,
    CASE WHEN c.source = 'synthetic' THEN 1 ELSE 0 END AS synthetic_orgs
  FROM cells c
  JOIN scoped o ON o.code = c.org_code
  WHERE coalesce($province, $district) IS NOT NULL
),
province_rows AS (
  SELECT 'province' AS row_kind, o.province_code AS row_code, any_value(o.province_th) AS row_name,
    NULL::VARCHAR AS district_th, c.code, any_value(c.sort_key) AS sort_key,
    avg(c.value) AS value, avg(CASE WHEN c.weak THEN 1.0 ELSE 0.0 END) > 0.5 AS weak,
    avg(CASE WHEN c.weak THEN 1.0 ELSE 0.0 END) AS weak_share, count(*) AS orgs,
    count(*) FILTER (WHERE c.source = 'synthetic') AS synthetic_orgs
  FROM cells c
  JOIN scoped o ON o.code = c.org_code
  WHERE coalesce($province, $district) IS NULL
  GROUP BY o.province_code, c.code
)
SELECT row_kind, row_code, row_name, district_th, code, sort_key::INTEGER AS sort_key, value, weak,
  weak_share::DOUBLE AS weak_share, orgs::INTEGER AS orgs, synthetic_orgs::INTEGER AS synthetic_orgs
FROM org_rows
UNION ALL
SELECT row_kind, row_code, row_name, district_th, code, sort_key::INTEGER, value, weak,
  weak_share::DOUBLE, orgs::INTEGER, synthetic_orgs::INTEGER
FROM province_rows
ORDER BY row_code, sort_key;
