-- org_map: the organisations of a scope assessed in a fiscal year, placed at their DLA registry coordinates, one row per organisation or per district or province at the mean of its organisations' coordinates: total, pass, a chosen indicator and measure completion.
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param level enum(org|district|province) One row per organisation, or per district or province of the scope
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param indicator integer[1..10]? The indicator whose score the indicator_value column carries; absent = none
-- @param far double Registry coordinates farther than this many degrees from the median of their province's count as misplaced (MISPLACED_DEGREES)
-- @column code varchar Organisation code, or the district's 4-digit or the province's 2-digit code
-- @column name_th varchar Short Thai name (อบต.จะรัง), or the district's or province's name
-- @column type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other) Organisation type; null for a district or province row
-- @column district_code varchar District code; null for a province row
-- @column district_th varchar District (อำเภอ); null for a province row
-- @column province_code varchar Province code
-- @column province_th varchar Province (จังหวัด)
-- @column lat double Latitude as the registry gives it, or the mean over the area's organisations with usable coordinates; null when the registry has none (or, for an area, none is usable)
-- @column lon double Longitude, the same way; null when lat is null
-- @column orgs integer Organisations with a total in the year (1 for an organisation row)
-- @column unlocated integer Of which the registry gives no coordinates
-- @column misplaced integer Of which the registry's coordinates lie farther than $far degrees from the median of their province's: a registry error, not drawn
-- @column total double Total score, or the mean total of the area
-- @column passed integer Organisations at or above the year's pass mark
-- @column pass_share double passed / orgs, 0-1
-- @column synthetic_orgs integer Organisations whose scores that year are synthetic demo data
-- @column indicator_value double The chosen indicator's score, or its mean over the area; null when no indicator is asked for or none of the organisations has a score on it
-- @column indicator_orgs integer Of the organisations, those with a score on the chosen indicator (0 when none is asked for)
-- @column measure_orgs integer Of the organisations, those that reported measures in the year
-- @column measures integer Measures reported in the round completion is read from (the longest reported, else the round not stated), summed over the area; null without measures
-- @column measures_completed integer Of which completed; null without measures
-- @column measures_known integer Of which with a known status (completed, in progress, not started, not possible); null without measures
-- @column measure_share double measures_completed / measures with a known status, 0-1; null without measures or without a known status
WITH scoped AS (
  SELECT o.code, o.short_name_th, o.type, o.district_code, o.district_th, o.province_code, o.province_th, o.lat, o.lon
  FROM org_in_area($province, $district, $type) o
),
province_centre AS (
  -- The median of every registered organisation's coordinates in each province: the DLA registry places a few
  -- organisations in the sea or in another region (lat 5, lon 97), and a point far from its province's centre is
  -- such an error.
  SELECT province_code, median(lat) AS lat, median(lon) AS lon
  FROM org
  WHERE lat IS NOT NULL AND lon IS NOT NULL
  GROUP BY province_code
),
measures AS (
  SELECT m.org_code, coalesce(m.round, 'unknown') AS reported_round,
    count(*)::INTEGER AS measures,
    count(*) FILTER (WHERE m.status = 'completed')::INTEGER AS completed,
    count(*) FILTER (WHERE m.status IN ('completed', 'in_progress', 'not_started', 'not_possible'))::INTEGER AS known
  FROM measure_current m
  JOIN scoped s ON s.code = m.org_code
  WHERE m.fiscal_year = $fiscal_year
  GROUP BY m.org_code, reported_round
  -- The longest round reported (12m, else 9m, 6m, 3m), else the round not stated: as province_orgs reads it.
  QUALIFY row_number() OVER (PARTITION BY m.org_code ORDER BY coalesce(round_months(reported_round), 0) DESC) = 1
),
chosen AS (
  SELECT v.org_code, v.value
  FROM indicator_value v
  WHERE v.fiscal_year = $fiscal_year AND v.code = CAST($indicator AS VARCHAR)
    AND in_area(v.province_code, v.district_code, v.type, $province, $district, $type)
),
located AS (
  SELECT s.*, y.total, y.passed, y.source = 'synthetic' AS synthetic,
    s.lat IS NULL OR s.lon IS NULL AS unlocated,
    coalesce(sqrt((s.lat - c.lat) ^ 2 + (s.lon - c.lon) ^ 2) > $far, false) AS misplaced,
    i.value AS indicator_value, m.measures, m.completed, m.known,
    CASE $level WHEN 'org' THEN s.code WHEN 'district' THEN s.district_code ELSE s.province_code END AS mark
  FROM scoped s
  JOIN org_year y ON y.org_code = s.code AND y.fiscal_year = $fiscal_year
  LEFT JOIN province_centre c ON c.province_code = s.province_code
  LEFT JOIN chosen i ON i.org_code = s.code
  LEFT JOIN measures m ON m.org_code = s.code
)
SELECT mark AS code,
  CASE $level WHEN 'org' THEN any_value(short_name_th) WHEN 'district' THEN any_value(district_th) ELSE any_value(province_th) END AS name_th,
  CASE WHEN $level = 'org' THEN any_value(type) END AS type,
  CASE WHEN $level <> 'province' THEN any_value(district_code) END AS district_code,
  CASE WHEN $level <> 'province' THEN any_value(district_th) END AS district_th,
  any_value(province_code) AS province_code,
  any_value(province_th) AS province_th,
  -- An organisation keeps the registry's coordinates as given (misplaced says not to draw them); an area's mark sits
  -- at the mean of the coordinates it can trust.
  CASE WHEN $level = 'org' THEN any_value(lat) ELSE avg(lat) FILTER (WHERE NOT unlocated AND NOT misplaced) END AS lat,
  CASE WHEN $level = 'org' THEN any_value(lon) ELSE avg(lon) FILTER (WHERE NOT unlocated AND NOT misplaced) END AS lon,
  count(*)::INTEGER AS orgs,
  count(*) FILTER (WHERE unlocated)::INTEGER AS unlocated,
  count(*) FILTER (WHERE misplaced)::INTEGER AS misplaced,
  round(avg(total), 2) AS total,
  count(*) FILTER (WHERE passed)::INTEGER AS passed,
  avg(CASE WHEN passed THEN 1 ELSE 0 END) AS pass_share,
  count(*) FILTER (WHERE synthetic)::INTEGER AS synthetic_orgs,
  round(avg(indicator_value), 2) AS indicator_value,
  count(indicator_value)::INTEGER AS indicator_orgs,
  count(measures)::INTEGER AS measure_orgs,
  sum(measures)::INTEGER AS measures,
  sum(completed)::INTEGER AS measures_completed,
  sum(known)::INTEGER AS measures_known,
  sum(completed) / nullif(sum(known), 0) AS measure_share
FROM located
GROUP BY mark
ORDER BY province_code, district_code NULLS FIRST, mark;
