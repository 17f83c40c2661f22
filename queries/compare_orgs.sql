-- compare_orgs: the organisations being compared, in the order given, with a label that tells same-name organisations apart by district and province.
-- @param orgs varchar(/[A-Za-z0-9_-]{1,40}(,[A-Za-z0-9_-]{1,40}){0,9}/) Up to ten organisation codes, comma-separated, e.g. 6940907,6940108
-- @column position integer Place in the list given (1 = first)
-- @column code varchar Organisation code
-- @column short_name_th varchar Short Thai name
-- @column name_th varchar Full Thai name
-- @column type varchar Organisation type
-- @column district_th varchar District; null for an agency without one
-- @column province_th varchar Province; null for an agency without one
-- @column label varchar Name for legends: the short name, with district and province added when another organisation in the list has the same short name
WITH wanted AS (
  SELECT code, min(position) AS position
  FROM unnest(string_split($orgs, ',')) WITH ORDINALITY AS w(code, position)
  GROUP BY code
),
found AS (
  SELECT w.position, o.code, o.short_name_th, o.name_th, o.type, o.district_th, o.province_th,
    count(*) OVER (PARTITION BY o.short_name_th) AS same_name
  FROM wanted w
  JOIN org o ON o.code = w.code
),
labelled AS (
  SELECT *,
    CASE WHEN same_name > 1
      THEN short_name_th || ' (' || coalesce(district_th, '–') || ', ' || coalesce(province_th, '–') || ')'
      ELSE short_name_th END AS label
  FROM found
)
SELECT position::INTEGER AS position, code, short_name_th, name_th, type, district_th, province_th,
  -- Two same-name organisations of one district (rare) are told apart by their codes.
  CASE WHEN count(*) OVER (PARTITION BY label) > 1 THEN label || ' ' || code ELSE label END AS label
FROM labelled
ORDER BY position;
