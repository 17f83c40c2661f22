-- type_counts: per organisation type in an area, how many organisations the registry holds and how many have a total in a fiscal year (the overview's "อบต. 5,300 · เทศบาลตำบล 2,247 …" and the type picker's counts).
-- @param fiscal_year integer[2500..2700]? Fiscal year (BE); absent = scored counts are 0
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @column type varchar Organisation type (org.type): sao, subdistrict_municipality, town_municipality, city_municipality, pao, special, other
-- @column registered integer Organisations of the type in the area (the registry, plus agencies added by imports)
-- @column scored integer Of those, organisations with a total in the year
-- @column real integer Of the scored, organisations whose scores that year are real (imported or from reports), not synthetic
-- Only the types the area has are returned; pages list the six DLA types in a fixed order and show 0 for the rest
-- (src/lib/type-counts.ts).
SELECT o.type, count(*)::INTEGER AS registered,
  count(y.org_code)::INTEGER AS scored,
  count(y.org_code) FILTER (WHERE y.source <> 'synthetic')::INTEGER AS real
FROM org_in_area($province, $district, NULL) o
LEFT JOIN org_year y ON y.org_code = o.code AND y.fiscal_year = $fiscal_year
GROUP BY o.type
ORDER BY o.type;
