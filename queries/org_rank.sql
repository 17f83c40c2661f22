-- org_rank: where one organisation's total of a fiscal year ranks among the organisations of its type in its district, in its
-- province and nationwide (an อบต. is ranked among อบต., as the pages list them).
-- @param code varchar(/[A-Za-z0-9_-]{1,40}/) Organisation code, e.g. 6940907
-- @param fiscal_year integer[2500..2700] Fiscal year (BE)
-- @column total double The organisation's total that year
-- @column district_rank integer Rank of the total among the organisations of its type in the district scored that year (1 = highest; equal totals share a rank)
-- @column district_orgs integer Organisations of its type in the district scored that year
-- @column province_rank integer Rank among its type in the province
-- @column province_orgs integer Organisations of its type in the province scored that year
-- @column type_rank integer Rank among organisations of the same type nationwide
-- @column type_orgs integer Organisations of that type scored that year
WITH me AS (
  SELECT code, type, district_code, province_code FROM org WHERE code = $code
),
totals AS (
  -- Totals are compared at two decimals, as published. org_year has one row per organisation-year with a total.
  SELECT y.org_code, round(y.total, 2) AS total, o.type, o.district_code, o.province_code
  FROM org_year y
  JOIN org o ON o.code = y.org_code
  WHERE y.fiscal_year = $fiscal_year
),
own AS (
  SELECT t.total FROM totals t WHERE t.org_code = $code
)
SELECT own.total,
  (1 + count(*) FILTER (WHERE t.type = me.type AND t.district_code = me.district_code AND t.total > own.total))::INTEGER
    AS district_rank,
  count(*) FILTER (WHERE t.type = me.type AND t.district_code = me.district_code)::INTEGER AS district_orgs,
  (1 + count(*) FILTER (WHERE t.type = me.type AND t.province_code = me.province_code AND t.total > own.total))::INTEGER
    AS province_rank,
  count(*) FILTER (WHERE t.type = me.type AND t.province_code = me.province_code)::INTEGER AS province_orgs,
  (1 + count(*) FILTER (WHERE t.type = me.type AND t.total > own.total))::INTEGER AS type_rank,
  count(*) FILTER (WHERE t.type = me.type)::INTEGER AS type_orgs
FROM totals t, me, own
GROUP BY own.total;
