-- 013: the status ไม่สามารถดำเนินการได้ (not_possible) with its reason, what decided a report's round, and people's
-- confirmation or correction of that round (issue 9). measure.status is plain VARCHAR, so not_possible needs no change.

-- Why a measure could not be done, in e-PlanNACC's reasons; null unless the status is not_possible.
ALTER TABLE measure ADD COLUMN status_reason_kind VARCHAR;   -- no_budget | policy_changed | no_staff | other
ALTER TABLE measure ADD COLUMN status_reason_text VARCHAR;   -- the reason as written in the report

-- What decided the round: 'stated' (words such as รอบ ๖ เดือน), 'period' (the period covered) or 'document_date'
-- (an inference from the document's date, which a person should confirm); null when the round is unknown.
ALTER TABLE report ADD COLUMN round_evidence_kind VARCHAR;
ALTER TABLE report ADD COLUMN round_evidence_text VARCHAR;

-- A person's confirmation (value_after = the round as read) or correction of a report's round, on the review screen.
CREATE TABLE report_round_override (
  report_hash  VARCHAR NOT NULL,
  value_before VARCHAR,
  value_after  VARCHAR NOT NULL,               -- 3m | 6m | 9m | 12m
  who          VARCHAR NOT NULL,
  changed_at   TIMESTAMP NOT NULL
);

-- Reports in force, with the organisation and the round as corrected by a person where they were. Columns are only
-- appended, so readers of the 002 definition keep working.
CREATE OR REPLACE VIEW report_current AS
SELECT r.hash, coalesce(o.value_after, r.org_code) AS org_code, r.fiscal_year,
  coalesce(ro.value_after, r.round) AS round, r.period_start, r.period_end,
  r.file_name, r.format, r.source, r.parsed_at, r.warnings,
  r.round_evidence_kind, r.round_evidence_text,
  ro.value_after IS NOT NULL AS round_confirmed
FROM report r
LEFT JOIN (
  SELECT report_hash, arg_max(value_after, changed_at) AS value_after FROM report_org_override GROUP BY report_hash
) o ON o.report_hash = r.hash
LEFT JOIN (
  SELECT report_hash, arg_max(value_after, changed_at) AS value_after FROM report_round_override GROUP BY report_hash
) ro ON ro.report_hash = r.hash
WHERE r.superseded_at IS NULL;

-- measure_current_v as in 011, with the reason appended. A correction of field 'status_reason' is stored as
-- '<kind>' or '<kind>: <text>' (kinds never contain ':'). A reason only shows while the status is not_possible, so
-- correcting the status to anything else hides it without a second correction.
CREATE OR REPLACE VIEW measure_current_v AS
WITH live AS (
  SELECT m.*, r.org_code, r.fiscal_year, r.round, r.file_name
  FROM measure m JOIN report_current r ON r.hash = m.report_hash
  WHERE r.org_code IS NOT NULL AND r.fiscal_year IS NOT NULL
),
real_years AS (
  SELECT DISTINCT org_code, fiscal_year FROM live WHERE source <> 'synthetic'
),
ov AS (
  SELECT org_code, fiscal_year, round, name_norm, field, arg_max(value_after, changed_at) AS value_after
  FROM measure_override GROUP BY ALL
)
SELECT l.report_hash, l.seq, l.org_code, l.fiscal_year, l.round, l.number_text, l.name_th, l.name_norm,
  l.guideline, l.steps, l.responsible, l.monitoring_rounds, l.period_text, l.output, l.outcome, l.note,
  coalesce(os.value_after, l.status) AS status, l.status_evidence,
  coalesce(oc.value_after, l.category) AS category, l.categories_other,
  coalesce(string_split(oi.value_after, ','), l.indicators) AS indicators,
  CASE WHEN oi.value_after IS NOT NULL THEN 'corrected' ELSE l.indicator_source END AS indicator_source,
  (os.value_after IS NOT NULL OR oc.value_after IS NOT NULL OR oi.value_after IS NOT NULL
    OR orr.value_after IS NOT NULL) AS corrected,
  l.source, l.file_name,
  CASE WHEN coalesce(os.value_after, l.status) <> 'not_possible' THEN NULL
    WHEN orr.value_after IS NOT NULL THEN split_part(orr.value_after, ':', 1)
    ELSE l.status_reason_kind END AS status_reason_kind,
  CASE WHEN coalesce(os.value_after, l.status) <> 'not_possible' THEN NULL
    WHEN orr.value_after IS NOT NULL THEN
      CASE WHEN strpos(orr.value_after, ':') > 0
        THEN nullif(trim(substr(orr.value_after, strpos(orr.value_after, ':') + 1)), '') END
    ELSE l.status_reason_text END AS status_reason_text
FROM live l
LEFT JOIN real_years ry ON ry.org_code = l.org_code AND ry.fiscal_year = l.fiscal_year
LEFT JOIN ov os ON os.field = 'status' AND os.org_code = l.org_code AND os.fiscal_year = l.fiscal_year
  AND os.round IS NOT DISTINCT FROM l.round AND os.name_norm = l.name_norm
LEFT JOIN ov oc ON oc.field = 'category' AND oc.org_code = l.org_code AND oc.fiscal_year = l.fiscal_year
  AND oc.round IS NOT DISTINCT FROM l.round AND oc.name_norm = l.name_norm
LEFT JOIN ov oi ON oi.field = 'indicators' AND oi.org_code = l.org_code AND oi.fiscal_year = l.fiscal_year
  AND oi.round IS NOT DISTINCT FROM l.round AND oi.name_norm = l.name_norm
LEFT JOIN ov orr ON orr.field = 'status_reason' AND orr.org_code = l.org_code AND orr.fiscal_year = l.fiscal_year
  AND orr.round IS NOT DISTINCT FROM l.round AND orr.name_norm = l.name_norm
WHERE l.source <> 'synthetic' OR ry.org_code IS NULL;

-- The derived table takes the new columns; openDatabase refreshes it after a migration.
DROP TABLE measure_current;
CREATE TABLE measure_current AS SELECT * FROM measure_current_v LIMIT 0;
