-- framework_indicators: the ten top-level indicators of a fiscal year's framework, in framework order, with their names (for pickers and chart labels).
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @column code varchar Indicator code, '1' to '10'
-- @column name_th varchar Thai name
-- @column name_en varchar English name
-- @column tool enum(IIT|EIT|OIT) The tool the indicator belongs to
-- @column unconfirmed boolean Whether its name or weight is not confirmed from NACC publications
SELECT code, name_th, name_en, tool, len(unconfirmed) > 0 AS unconfirmed
FROM framework_indicator
WHERE fiscal_year = $fiscal_year AND parent_code IS NULL
ORDER BY sort_key;
