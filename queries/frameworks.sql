-- frameworks: the rules of each fiscal year: pass mark, national target and kind of grading (letter levels or pass/fail ratings).
-- @column fiscal_year integer Fiscal year (BE)
-- @column pass_mark double Total at or above which an organisation passes
-- @column target_min double National target: the total an agency must reach…
-- @column target_share double …and the share of agencies that should reach it
-- @column target_mean double …and, from 2566, the national mean it asks for (89); null before
-- @column grading_kind enum(level|rating) Letter levels (AA-F) or ratings (ผ่าน/ต้องปรับปรุง)
-- @column grading_unconfirmed boolean Whether the year's grading rules are not yet confirmed from NACC publications
-- @column weights_unconfirmed boolean Whether the weights of the ten indicators in the total are not yet confirmed
SELECT f.fiscal_year, f.pass_mark, f.target_min, f.target_share, f.target_mean, f.grading_kind, f.grading_unconfirmed,
  coalesce(bool_or(list_contains(i.unconfirmed, 'weight')) FILTER (WHERE i.parent_code IS NULL), false) AS weights_unconfirmed
FROM framework f
LEFT JOIN framework_indicator i ON i.fiscal_year = f.fiscal_year
GROUP BY ALL
ORDER BY f.fiscal_year;
