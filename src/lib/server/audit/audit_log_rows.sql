-- audit_log_rows: the audit log, newest first, narrowed by the admin page's filters (/admin/audit and its exports).
-- Kept here, not in queries/: everything in queries/ is served to anyone at /api/query, and this is for admins only.
-- @param from varchar(/\d{4}-\d{2}-\d{2}/)? First day (a Bangkok date), inclusive
-- @param to varchar(/\d{4}-\d{2}-\d{2}/)? Last day (a Bangkok date), inclusive
-- @param actor varchar? Part of the writer's name, any case
-- @param action enum(score_import|report_store|measure_correction|org_correction|round_correction|demo_load|user_change|token_change)? The kind of write
-- @param via enum(session|token|cli)? How the writer was signed in
-- @param org varchar(/[A-Za-z0-9_-]{1,40}/)? An organisation code the write changed
-- @param province varchar(/\d{2}/)? A province code the write concerned
-- @param limit integer[1..100000] Rows to return
-- @param offset integer[0..100000000] Rows to skip (the pages before)
-- @column id integer The row's number, in the order written
-- @column changed_at varchar When, ISO 8601 in UTC
-- @column via varchar session, token or cli
-- @column actor_name varchar The login name, or cli:<user>
-- @column user_id varchar users.id (null for the command line)
-- @column ip varchar The client's address (null for the command line)
-- @column action varchar The kind of write
-- @column org_count integer How many organisations the write changed
-- @column org_codes varchar[] The first 20 of them (a national import names thousands)
-- @column province_codes varchar[] Their provinces
-- @column file_hash varchar sha256 of the file (or the corrected report)
-- @column file_name varchar The file's name
-- @column counts varchar JSON: what the write amounted to
-- @column before varchar JSON: corrected fields before
-- @column after varchar JSON: corrected fields after
-- @column message varchar One line a person reads
-- @column total integer Rows matching the filters, over all pages
SELECT a.id::INTEGER AS id, strftime(a.changed_at, '%Y-%m-%dT%H:%M:%SZ') AS changed_at, a.via, a.actor_name, a.user_id, a.ip,
  a.action, len(a.org_codes)::INTEGER AS org_count, a.org_codes[1:20] AS org_codes, a.province_codes, a.file_hash,
  a.file_name, a.counts::VARCHAR AS counts, a.before::VARCHAR AS before, a.after::VARCHAR AS after, a.message,
  (count(*) OVER ())::INTEGER AS total
FROM audit_log a
-- Times are stored in UTC and the dates chosen are Bangkok days (UTC+7 all year: Thailand keeps no summer time).
WHERE ($from IS NULL OR a.changed_at >= CAST($from AS DATE) - INTERVAL 7 HOUR)
  AND ($to IS NULL OR a.changed_at < CAST($to AS DATE) + INTERVAL 1 DAY - INTERVAL 7 HOUR)
  AND ($actor IS NULL OR contains(lower(a.actor_name), lower($actor)))
  AND ($action IS NULL OR a.action = $action)
  AND ($via IS NULL OR a.via = $via)
  AND ($org IS NULL OR list_contains(a.org_codes, $org))
  AND ($province IS NULL OR list_contains(a.province_codes, $province))
ORDER BY a.changed_at DESC, a.id DESC
LIMIT $limit OFFSET $offset
