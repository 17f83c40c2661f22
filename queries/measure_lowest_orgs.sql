-- measure_lowest_orgs: the organisations in scope with the lowest share of measures completed in one fiscal year and รอบ (ties: more measures not completed first).
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param round enum(3m|6m|9m|12m) รอบ (reporting round)
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param limit integer[1..100]? How many organisations (default 15)
-- @column org_code varchar Organisation code
-- @column short_name_th varchar Short Thai name, e.g. อบต.จะรัง
-- @column district_th varchar District (อำเภอ)
-- @column province_th varchar Province (จังหวัด)
-- @column type varchar Organisation type (sao, subdistrict_municipality, …)
-- @column measures integer Measures reported in the round
-- @column completed integer Measures completed
-- @column not_completed integer Measures in progress, not started or that could not be done
-- @column not_possible integer Of those, measures that could not be done (ไม่สามารถดำเนินการได้)
-- @column unknown integer Measures whose status could not be read
-- @column completion_share double completed / (measures - unknown), 0-1; null when no status is known
-- @column source varchar 'real' when the round's measures come from a real report, else 'synthetic'
-- @column orgs_in_round integer Organisations in scope that reported measures in the round (the same on every row)
WITH per_org AS (
  SELECT m.org_code,
    count(*)::INTEGER AS measures,
    count(*) FILTER (WHERE m.status = 'completed')::INTEGER AS completed,
    count(*) FILTER (WHERE m.status IN ('in_progress', 'not_started', 'not_possible'))::INTEGER AS not_completed,
    count(*) FILTER (WHERE m.status = 'not_possible')::INTEGER AS not_possible,
    count(*) FILTER (WHERE m.status NOT IN ('completed', 'in_progress', 'not_started', 'not_possible'))::INTEGER
      AS unknown,
    CASE WHEN bool_and(m.source = 'synthetic') THEN 'synthetic' ELSE 'real' END AS source
  FROM measure_current m
  JOIN org_in_area($province, $district, $type) o ON o.code = m.org_code
  WHERE m.fiscal_year = $fiscal_year AND m.round = $round
  GROUP BY m.org_code
)
SELECT p.org_code, o.short_name_th, o.district_th, o.province_th, o.type, p.measures, p.completed, p.not_completed,
  p.not_possible, p.unknown,
  p.completed / nullif(p.measures - p.unknown, 0) AS completion_share,
  p.source,
  (count(*) OVER ())::INTEGER AS orgs_in_round
FROM per_org p
JOIN org o ON o.code = p.org_code
WHERE p.measures > p.unknown
ORDER BY completion_share, p.not_completed DESC, p.org_code
LIMIT coalesce($limit, 15);
