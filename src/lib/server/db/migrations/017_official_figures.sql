-- 017: the NACC's published ITA aggregates (data/official/*.csv) as reference tables, written at start-up by
-- src/lib/server/official/sync.ts. They are real figures about all agencies, not rows of any organisation: they live
-- beside the per-organisation tables and never enter score, org_year or the derived tables.

-- Where each figure was published (data/official/sources.csv).
CREATE TABLE official_source (
  doc           VARCHAR PRIMARY KEY,      -- the transcribed text in data/official/, e.g. 'cabinet-ita-2566.txt'
  fiscal_year   INTEGER NOT NULL,         -- the fiscal year (BE) the document reports on
  publisher_th  VARCHAR NOT NULL,
  publisher_en  VARCHAR NOT NULL,
  title_th      VARCHAR NOT NULL,
  title_en      VARCHAR NOT NULL,
  url           VARCHAR NOT NULL,
  corpus        VARCHAR NOT NULL          -- the public corpus the text was taken from
);

-- national_by_year.csv: one row per fiscal year.
CREATE TABLE official_national (
  fiscal_year   INTEGER PRIMARY KEY,
  agencies      INTEGER,                  -- agencies assessed (all kinds, not only local governments)
  mean_total    DOUBLE NOT NULL,          -- the national mean total score
  delta_prev    DOUBLE,                   -- change from the year before, as published
  level_label   VARCHAR,                  -- the level of the mean (AA-F years only)
  passed        INTEGER,                  -- agencies at or above the pass mark
  pass_share    DOUBLE,                   -- 0-1
  plan_target   VARCHAR,                  -- the plan target in force, in the report's words
  source_doc    VARCHAR,                  -- official_source.doc; NULL when the figure is derived (see source_note)
  source_note   VARCHAR NOT NULL          -- the CSV's source_file cell as written
);

-- by_org_type.csv: one row per report, agency type and year of the figure (reports restate the year before).
CREATE TABLE official_by_type (
  report_year   INTEGER NOT NULL,         -- the fiscal year of the report the row was read from
  org_type_th   VARCHAR NOT NULL,         -- the agency type as the report names it
  type          VARCHAR,                  -- this app's org.type for it (sao, pao, ...); NULL for non-local agencies
  fiscal_year   INTEGER NOT NULL,         -- the year the mean is about
  agencies      INTEGER,
  mean_total    DOUBLE NOT NULL,
  pass_share    DOUBLE,                   -- 0-1, where published
  source_doc    VARCHAR NOT NULL,
  note          VARCHAR,
  PRIMARY KEY (report_year, org_type_th, fiscal_year)
);

-- rating_distribution.csv: agencies per rating (2566+), as printed.
CREATE TABLE official_rating (
  fiscal_year   INTEGER NOT NULL,
  rating        VARCHAR NOT NULL,
  rank          INTEGER NOT NULL,         -- 1 = the best rating: the order the report prints them in
  agencies      INTEGER NOT NULL,
  share         DOUBLE NOT NULL,          -- 0-1
  source_doc    VARCHAR NOT NULL,
  PRIMARY KEY (fiscal_year, rating)
);


-- The one figure per app organisation type and year: reports restate the year before (sometimes with other numbers),
-- so a year's own report wins, then the latest report that gives it.
CREATE VIEW official_type_figure AS
SELECT b.type, b.fiscal_year, b.org_type_th, b.agencies, b.mean_total, b.pass_share, b.report_year, b.source_doc
FROM official_by_type b
WHERE b.type IS NOT NULL
QUALIFY row_number() OVER (
  PARTITION BY b.type, b.fiscal_year
  ORDER BY (b.report_year = b.fiscal_year) DESC, b.report_year DESC) = 1;

INSERT INTO db_meta VALUES ('official_hash', '');
