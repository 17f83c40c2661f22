-- measure_table: one page of the measures of a fiscal year, one row per organisation and measure with its status in each รอบ, filtered, with the total count for paging.
-- A measure is matched across rounds by organisation and normalised name; its text, category and evidence come from the latest round that reports it.
-- Two steps for speed: the filters, count and order read only short columns; the long texts are fetched for the page's rows alone.
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @param province varchar(/\d{2}/)? 2-digit province code; absent = the whole country
-- @param district varchar(/\d{4}/)? 4-digit district code
-- @param type enum(sao|subdistrict_municipality|town_municipality|city_municipality|pao|special|other)? Organisation type; absent = every type
-- @param status enum(completed|in_progress|not_started|not_possible|unknown)? Only measures with this status (in the chosen round, else in their latest round)
-- @param round enum(3m|6m|9m|12m)? Only measures reported in this round; the status filter then reads this round
-- @param category varchar(/[a-z_]+/)? Only measures of this main category
-- @param indicator varchar(/\d{1,2}/)? Only measures targeting this top-level indicator (9 includes 9.1-9.5)
-- @param source enum(real|synthetic)? Only measures read from real reports, or only synthetic ones
-- @param limit integer[1..500]? Rows per page (default 50)
-- @param offset integer[0..100000000]? Rows to skip (default 0)
-- @column org_code varchar Organisation code
-- @column short_name_th varchar Short Thai name, e.g. อบต.จะรัง
-- @column district_th varchar District (อำเภอ)
-- @column province_th varchar Province (จังหวัด)
-- @column type varchar Organisation type (sao, subdistrict_municipality, …)
-- @column seq integer Order in the report
-- @column name_th varchar The measure (มาตรการ) as written
-- @column category varchar Main category id
-- @column indicators varchar[] Targeted indicator codes, e.g. [9, 9.1, 7]
-- @column indicator_source varchar explicit (the report names it), inferred (from the category) or corrected (by a person)
-- @column status_6m varchar Status in the 6-month round, null when not reported
-- @column status_12m varchar Status in the 12-month round, null when not reported
-- @column other_rounds varchar Other rounds as 'round:status' pairs (3m, 9m, or ? when the report does not say), null when none
-- @column latest_round varchar The latest round that reports the measure
-- @column latest_status varchar Its status in that round
-- @column status_evidence varchar The words in the result cells the status was decided from (latest round); null when none
-- @column output varchar ผลผลิต (output) reported in the latest round; null when none
-- @column reason_kind varchar Why it could not be done (no_budget, policy_changed, no_staff, other), from the latest round that says not_possible; null otherwise
-- @column reason_text varchar That reason as the report words it; null when none is given
-- @column source varchar 'synthetic' or 'report:<sha256>'
-- @column file_name varchar The report file it was read from; null for synthetic measures
-- @column corrected boolean A person corrected its status, category or indicators
-- @column total_rows integer Rows matching the filters across all pages
WITH m AS (
  SELECT m.rowid AS row_id, m.org_code, m.name_norm, m.seq, m.round, m.status, m.category, m.indicators, m.source,
    coalesce(round_months(m.round), 0) AS round_order
  FROM measure_current m
  JOIN org_in_area($province, $district, $type) o ON o.code = m.org_code
  WHERE m.fiscal_year = $fiscal_year
),
per_measure AS (
  SELECT org_code, name_norm,
    min(seq) AS seq,
    arg_max(category, round_order) AS category,
    arg_max(indicators, round_order) AS indicators,
    arg_max(status, round_order) AS latest_status,
    arg_max(source, round_order) AS source,
    list(round) FILTER (WHERE round IS NOT NULL) AS rounds,
    max(status) FILTER (WHERE round = $round) AS round_status
  FROM m
  GROUP BY org_code, name_norm
),
page AS (
  SELECT org_code, name_norm, seq, category, indicators, (count(*) OVER ())::INTEGER AS total_rows
  FROM per_measure
  WHERE ($round IS NULL OR list_contains(rounds, $round))
    AND ($status IS NULL OR coalesce(round_status, latest_status) = $status)
    AND ($category IS NULL OR category = $category)
    AND ($indicator IS NULL OR list_contains(list_transform(indicators, c -> split_part(c, '.', 1)), $indicator))
    AND ($source IS NULL OR (source = 'synthetic') = ($source = 'synthetic'))
  ORDER BY org_code, seq, name_norm
  LIMIT coalesce($limit, 50) OFFSET coalesce($offset, 0)
),
texts AS (
  -- The page's rows are fetched by rowid: a join on organisation and name would decompress the text columns of every
  -- measure of the year before dropping all but the page's.
  SELECT x.org_code, x.name_norm, x.round, x.name_th, x.indicator_source, x.status, x.status_evidence, x.output,
    x.source, x.file_name, x.corrected, x.status_reason_kind, x.status_reason_text,
    coalesce(round_months(x.round), 0) AS round_order
  FROM measure_current x
  WHERE x.rowid IN (SELECT m.row_id FROM m JOIN page p ON p.org_code = m.org_code AND p.name_norm = m.name_norm)
),
per_page AS (
  SELECT org_code, name_norm,
    arg_max(name_th, round_order) AS name_th,
    arg_max(indicator_source, round_order) AS indicator_source,
    max(status) FILTER (WHERE round = '6m') AS status_6m,
    max(status) FILTER (WHERE round = '12m') AS status_12m,
    string_agg(coalesce(round, '?') || ':' || status, ', ' ORDER BY round_order)
      FILTER (WHERE round IS NULL OR round NOT IN ('6m', '12m')) AS other_rounds,
    arg_max(coalesce(round, '?'), round_order) AS latest_round,
    arg_max(status, round_order) AS latest_status,
    arg_max(status_evidence, round_order) AS status_evidence,
    arg_max(output, round_order) AS output,
    arg_max(status_reason_kind, round_order) FILTER (WHERE status = 'not_possible') AS reason_kind,
    arg_max(status_reason_text, round_order) FILTER (WHERE status = 'not_possible') AS reason_text,
    arg_max(source, round_order) AS source,
    arg_max(file_name, round_order) AS file_name,
    bool_or(corrected) AS corrected
  FROM texts
  GROUP BY org_code, name_norm
)
SELECT p.org_code, o.short_name_th, o.district_th, o.province_th, o.type, p.seq, t.name_th, p.category, p.indicators,
  t.indicator_source, t.status_6m, t.status_12m, t.other_rounds, t.latest_round, t.latest_status, t.status_evidence,
  t.output, t.reason_kind, t.reason_text, t.source, t.file_name, t.corrected, p.total_rows
FROM page p
JOIN per_page t ON t.org_code = p.org_code AND t.name_norm = p.name_norm
JOIN org o ON o.code = p.org_code
ORDER BY p.org_code, p.seq, p.name_norm;
