-- org_close_matches: organisations whose code is one keystroke away from a code that matched nothing, or that share its district prefix (for the "not found" page).
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) The code that was asked for
-- @column code varchar Organisation code
-- @column short_name_th varchar Short Thai name
-- @column district_th varchar District
-- @column province_th varchar Province
-- @column distance integer Edits between the two codes (nearest first; then the numerically nearest codes, neighbours in the registry)
SELECT code, short_name_th, district_th, province_th, levenshtein(code, $code)::INTEGER AS distance
FROM org
WHERE levenshtein(code, $code) <= 1
   -- A DLA code's digits 2-5 are its province and district; an old 6-digit subdistrict code starts with its district.
   OR (length($code) = 7 AND substr(code, 2, 4) = substr($code, 2, 4))
   OR (length($code) = 6 AND district_code = left($code, 4))
ORDER BY distance,
  CASE WHEN length(code) = length($code) THEN abs(try_cast(code AS BIGINT) - try_cast($code AS BIGINT)) END NULLS LAST,
  code
LIMIT 8;
