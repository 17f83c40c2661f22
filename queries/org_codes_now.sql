-- org_codes_now: for each code given, the code its organisation has now: itself, or the organisation an old code names (an old 6-digit subdistrict code, a code a registry change retired); codes that name nothing are left out.
-- @param orgs varchar(/[A-Za-z0-9_-]{1,40}(,[A-Za-z0-9_-]{1,40}){0,49}/) Up to fifty organisation codes, comma-separated, e.g. 940917,6940108
-- @column given varchar The code as given
-- @column code varchar The organisation's code now
WITH given AS (
  SELECT DISTINCT trim(g) AS given FROM unnest(string_split($orgs, ',')) AS t(g)
)
SELECT g.given, coalesce(o.code, a.code) AS code
FROM given g
LEFT JOIN org o ON o.code = g.given
LEFT JOIN org_code_alias a ON a.old_code = g.given
WHERE coalesce(o.code, a.code) IS NOT NULL
ORDER BY g.given;
