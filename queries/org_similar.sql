-- org_similar: the 15 organisations of the same type whose indicator profile in the previous year is nearest to this organisation's (z-scores of indicators 1-10 within that year, Euclidean distance).
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @param fiscal_year integer[2500..2700] The year being benchmarked; the profile is taken from the year before (or this year when the organisation has no scores the year before)
-- @column similar_rank integer 1 = most similar
-- @column org_code varchar Organisation code
-- @column short_name_th varchar Short Thai name
-- @column district_th varchar District
-- @column province_th varchar Province
-- @column distance double Euclidean distance between the two profiles of z-scores (0 = identical)
-- @column profile_year integer The fiscal year whose indicator scores formed the profiles
-- @column total double The organisation's total in the benchmarked year
-- @column source varchar 'synthetic' or 'real' scores in the benchmarked year
-- The chain is the macro similar_orgs (migration 022), shared with org_indicator_benchmark's similar group.
SELECT s.similar_rank::INTEGER AS similar_rank, s.org_code, o.short_name_th, o.district_th, o.province_th,
  s.distance, s.profile_year::INTEGER AS profile_year, t.total,
  CASE WHEN t.source = 'synthetic' THEN 'synthetic' ELSE 'real' END AS source
FROM similar_orgs($code, $fiscal_year, similar_count()) s
JOIN org o ON o.code = s.org_code
LEFT JOIN org_year t ON t.org_code = s.org_code AND t.fiscal_year = $fiscal_year
ORDER BY s.similar_rank;
