-- org_last_change: who last changed an organisation's data and when: the newest audit-log row naming it (no row when nothing was ever written for it).
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @column changed_at varchar When, ISO 8601 in UTC (2026-01-02T08:00:00Z)
-- @column actor_name varchar Who: the login name, or cli:<user> for the command line on the server
-- @column via varchar How the writer was signed in: session, token or cli
-- @column action varchar What: score_import, report_store, measure_correction, org_correction, round_correction or demo_load
SELECT strftime(a.changed_at, '%Y-%m-%dT%H:%M:%SZ') AS changed_at, a.actor_name, a.via, a.action
FROM audit_log a
WHERE list_contains(a.org_codes, $code)
ORDER BY a.changed_at DESC, a.id DESC
LIMIT 1
