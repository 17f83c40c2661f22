-- 019: the registry of the DLA (กรมส่งเสริมการปกครองท้องถิ่น). Organisation codes become DLA codes (รหัส อปท.,
-- 7 digits) and the types take the names of the org_scores contract; the old 6-digit subdistrict codes stay as
-- aliases, and registry changes over time (an อบต. becoming a เทศบาลตำบล) are rows of org_registry_change.
-- The rows themselves are written by the registry sync (src/lib/server/registry/sync.ts), which moves data stored
-- under an old code to its organisation's new code.

UPDATE org SET type = CASE type
  WHEN 'municipality_subdistrict' THEN 'subdistrict_municipality'
  WHEN 'municipality_town' THEN 'town_municipality'
  WHEN 'municipality_city' THEN 'city_municipality'
  ELSE type END;
UPDATE official_by_type SET type = CASE type
  WHEN 'municipality_subdistrict' THEN 'subdistrict_municipality'
  WHEN 'municipality_town' THEN 'town_municipality'
  WHEN 'municipality_city' THEN 'city_municipality'
  ELSE type END;
-- The official figures are read again (อปท. รูปแบบพิเศษ now maps to 'special').
UPDATE db_meta SET value = 'reread' WHERE key = 'official_hash';

ALTER TABLE org ADD COLUMN lat DOUBLE;
ALTER TABLE org ADD COLUMN lon DOUBLE;
ALTER TABLE org ADD COLUMN area_km2 DOUBLE;

-- Codes that once named an organisation: the 6-digit subdistrict geocodes of the first registry ('geocode'), and
-- codes retired by a registry change ('change'). Addresses and imports that carry one reach the organisation.
CREATE TABLE org_code_alias (
  old_code  VARCHAR PRIMARY KEY,
  code      VARCHAR NOT NULL,
  kind      VARCHAR NOT NULL                 -- geocode | change
);

-- Registry changes over time, from data/registry/changes.csv: from fiscal_year on, the organisation that was
-- old_code (old_type) is new_code (new_type). Same code and a new type: upgraded in place.
CREATE TABLE org_registry_change (
  effective_date  DATE NOT NULL,
  fiscal_year     INTEGER NOT NULL,          -- the first fiscal year under the new code or type
  old_code        VARCHAR NOT NULL,
  new_code        VARCHAR NOT NULL,
  old_type        VARCHAR NOT NULL,
  new_type        VARCHAR NOT NULL,
  note            VARCHAR,
  source          VARCHAR NOT NULL,          -- the document that announced the change
  PRIMARY KEY (old_code, effective_date)
);

-- Each code that a registry change retired, with the code its organisation has now (following every later change).
CREATE VIEW org_lineage AS
WITH RECURSIVE chain(code, current_code, depth) AS (
  SELECT old_code, new_code, 1 FROM org_registry_change WHERE old_code <> new_code
  UNION ALL
  SELECT c.code, r.new_code, c.depth + 1
  FROM chain c JOIN org_registry_change r ON r.old_code = c.current_code AND r.old_code <> r.new_code
  WHERE c.depth < 20
)
SELECT code, arg_max(current_code, depth) AS current_code FROM chain GROUP BY code;

-- org_year with each row under the code its organisation has now: what year-on-year comparisons join on, so an
-- organisation whose code changed is compared with itself. recorded_code is the code the scores were stored under.
CREATE VIEW org_year_lineage AS
SELECT y.* REPLACE (coalesce(l.current_code, y.org_code) AS org_code), y.org_code AS recorded_code
FROM org_year y LEFT JOIN org_lineage l ON l.code = y.org_code;
