-- 021: the audit log: one row for every write (who, when, from where, what, which organisations, the file, counts, and
-- before/after for corrections). src/lib/server/audit/record.ts writes it inside the same transaction as the write
-- it records, so a write that rolls back leaves no row and no write commits without one. Rows are only ever added.

CREATE SEQUENCE audit_log_id START 1;

CREATE TABLE audit_log (
  id              BIGINT PRIMARY KEY DEFAULT nextval('audit_log_id'),
  changed_at      TIMESTAMP NOT NULL,        -- when the write happened, UTC
  via             VARCHAR NOT NULL CHECK (via IN ('session', 'token', 'cli')),
  actor_name      VARCHAR NOT NULL,          -- the login name, or cli:<os user>
  user_id         VARCHAR,                   -- users.id; NULL for the command line
  ip              VARCHAR,                   -- the client's address of a web request; NULL for the command line
  action          VARCHAR NOT NULL CHECK (action IN ('score_import', 'report_store', 'measure_correction',
                    'org_correction', 'round_correction', 'demo_load', 'user_change', 'token_change')),
  org_codes       VARCHAR[] NOT NULL,        -- the organisations whose data the write changed (may be empty)
  province_codes  VARCHAR[] NOT NULL,        -- their provinces (2 digits), or those a user change concerns
  file_hash       VARCHAR,                   -- sha256 of the file written (score file, report); the report of a correction
  file_name       VARCHAR,
  counts          JSON,                      -- what the write amounted to (organisation-years, measures, rows…)
  before          JSON,                      -- corrections and user changes: the values before
  after           JSON,                      -- … and after
  message         VARCHAR                    -- one line a person reads
);
