-- 022: the SQL that queries/*.sql repeated, written once as macros: the area filter, the similar-organisation chain,
-- the members of each peer group (and which median a peer group's "weak" reads), the choice of weak definition and
-- the order of monitoring rounds.
-- Read-time macros only: no derived table changes, so the keyed refresh (015) is untouched.

-- The area filter. True when a row's province, district and organisation type lie in the scope asked for; a NULL part
-- of the scope matches everything (no province = the whole country, no type = every type). Parameters are named
-- apart from org's columns so that the macro body cannot mistake one for the other.
CREATE MACRO in_area(row_province, row_district, row_type, want_province, want_district, want_type) AS
  (want_province IS NULL OR row_province = want_province)
  AND (want_district IS NULL OR row_district = want_district)
  AND (want_type IS NULL OR row_type = want_type);

-- The organisations of an area: org filtered by in_area. For queries that start from organisations (their names,
-- districts); queries that read indicator_value or weak_flags, which carry the areas, call in_area on those rows.
CREATE MACRO org_in_area(want_province, want_district, want_type) AS TABLE
  SELECT * FROM org
  WHERE in_area(province_code, district_code, type, want_province, want_district, want_type);

-- How many organisations the similar peer group holds (org_similar, the benchmark's "similar" group); the page text
-- takes the same number from SIMILAR_COUNT in src/lib/ita/peer-group.ts, and a test holds the two equal.
CREATE MACRO similar_count() AS 15;

-- The organisations of the same type whose indicator profile is nearest to one organisation's: z-scores of indicators
-- 1-10 within the profile year (the year before the benchmarked year when the organisation was scored then, else the
-- benchmarked year), Euclidean distance, candidates scored on every indicator the organisation has and with a total
-- in the benchmarked year; the n nearest, ties broken by code. n = 0 reads nothing (peer_values' branch not taken).
-- Means and standard deviations come from one GROUP BY: a window over every organisation of the type cost ~70 ms.
CREATE MACRO similar_orgs(me_code, fy, n) AS TABLE
WITH me AS (
  SELECT code, type FROM org WHERE code = me_code
),
profile_year AS (
  SELECT coalesce(max(fiscal_year), fy) AS y
  FROM indicator_value WHERE org_code = me_code AND fiscal_year = fy - 1
),
profile_vals AS (
  SELECT v.org_code, v.code, v.value
  FROM indicator_value v
  JOIN me ON v.type = me.type
  JOIN profile_year p ON v.fiscal_year = p.y
  WHERE n > 0
),
moments AS (
  -- Per indicator the organisation is scored on: mean and population standard deviation over the organisations of
  -- the same type that year, and the organisation's own z-score.
  SELECT code, mean, sd, coalesce((own - mean) / nullif(sd, 0), 0) AS own_z, count(*) OVER () AS scored
  FROM (
    SELECT code, avg(value) AS mean, stddev_pop(value) AS sd, any_value(value) FILTER (WHERE org_code = me_code) AS own
    FROM profile_vals GROUP BY code
  )
  WHERE own IS NOT NULL
),
distances AS (
  SELECT v.org_code, sqrt(sum((coalesce((v.value - m.mean) / nullif(m.sd, 0), 0) - m.own_z) ^ 2)) AS distance
  FROM profile_vals v
  JOIN moments m ON m.code = v.code
  WHERE v.org_code <> me_code
  GROUP BY v.org_code
  HAVING count(*) = any_value(m.scored)
)
SELECT d.org_code, d.distance, row_number() OVER (ORDER BY d.distance, d.org_code) AS similar_rank, p.y AS profile_year
FROM distances d
CROSS JOIN profile_year p
WHERE d.org_code IN (SELECT org_code FROM org_year WHERE fiscal_year = fy)
QUALIFY similar_rank <= n;

-- The members of one organisation's peer group in a fiscal year, the organisation itself left out, as their
-- indicator_value rows of that year: every organisation of its district, of its province, of its type nationwide, or
-- its similar_count() most similar ones. The similar chain runs only for the similar group (it costs tens of
-- milliseconds); the other groups filter indicator_value on the areas it carries, as a hand-written query would (a
-- list of member codes from org cost the benchmark a fifth more).
CREATE MACRO peer_values(me_code, fy, peer) AS TABLE
  SELECT v.*
  FROM indicator_value v, (SELECT district_code, province_code, type FROM org WHERE code = me_code) me
  WHERE v.fiscal_year = fy AND v.org_code <> me_code
    AND CASE peer
      WHEN 'district' THEN v.district_code = me.district_code
      WHEN 'province' THEN v.province_code = me.province_code
      WHEN 'type' THEN v.type = me.type
      ELSE v.org_code IN (
        SELECT org_code FROM similar_orgs(me_code, fy, CASE WHEN peer = 'similar' THEN similar_count() ELSE 0 END))
    END;

-- Which indicator_median a peer group's "below the peer median" reads. The similar group has no median of its own:
-- a median over each organisation's own 15 nearest would mean a nearest-neighbour search for every organisation of
-- the year (~2.4 s nationally on the demo, ~170 ms for one province, against ~40 ms for the whole weak page), so
-- under weak=peer_median it compares with the same type nationwide, and peerSentence (src/lib/ita/peer-group.ts) says
-- so in words wherever the definition is shown.
CREATE MACRO median_peer(peer) AS
  CASE peer WHEN 'district' THEN 'district' WHEN 'province' THEN 'province' ELSE 'type' END;

-- The area of that median for one organisation: its district, province or type.
CREATE MACRO median_area(peer, row_district, row_province, row_type) AS
  CASE median_peer(peer) WHEN 'district' THEN row_district WHEN 'province' THEN row_province ELSE row_type END;

-- The weak definition chosen on the page (pass_mark | lowest | peer_median), applied to a weak_flags row's three flags.
CREATE MACRO weak_choice(weak, below_pass_mark, lowest, below_peer_median) AS
  CASE weak WHEN 'pass_mark' THEN below_pass_mark WHEN 'lowest' THEN lowest ELSE below_peer_median END;

-- weak_flags (018) with its peer median chosen by median_peer/median_area: the same rows and columns as before.
CREATE OR REPLACE MACRO weak_flags(fy, peer, lowest_n) AS TABLE
  SELECT v.org_code, v.fiscal_year, v.code, v.name_th, v.name_en, v.tool, v.sort_key, v.value, v.source,
    v.value_rank,
    md.median AS peer_median,
    round(v.value, 2) < f.pass_mark AS below_pass_mark,
    v.value_rank <= lowest_n AS lowest,
    v.value < md.median AS below_peer_median,
    v.district_code, v.province_code, v.type
  FROM indicator_value v
  JOIN framework f ON f.fiscal_year = v.fiscal_year
  LEFT JOIN indicator_median md ON md.fiscal_year = v.fiscal_year AND md.code = v.code
    AND md.peer = median_peer(peer)
    AND md.area IS NOT DISTINCT FROM median_area(peer, v.district_code, v.province_code, v.type)
  WHERE v.fiscal_year = fy;

-- A monitoring round's (รอบ) length in months, '3m' → 3 … '12m' → 12; NULL for a round not stated. The order of
-- rounds everywhere: coalesce(round_months(round), 0) puts an unstated round first, 99 last.
CREATE MACRO round_months(rnd) AS
  CASE rnd WHEN '3m' THEN 3 WHEN '6m' THEN 6 WHEN '9m' THEN 9 WHEN '12m' THEN 12 END;
