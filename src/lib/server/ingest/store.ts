// Writes parsed reports into the database (report, measure, claim, score, import_batch) on a connection inside a transaction.
import { DOUBLE, INTEGER, LIST, VARCHAR, listValue, type DuckDBConnection } from '@duckdb/node-api';
import { TOTAL_CODE } from '../../ita/framework';
import { touchOrgYears } from '../db/derived';
import { recordAudit } from '../audit/record';
import { cliActor, type Actor } from '../auth/actor';
import { insertRows, type InsertColumn } from './insert-rows';
import type { Claim, ParsedReportFile } from './types';

/** Called after each write; tests throw from it to check that a failure leaves nothing behind. */
export type AfterWrite = (what: string) => void | Promise<void>;

export const reportSource = (hash: string): string => `report:${hash}`;

/** DuckDB TIMESTAMP text for a JS date (UTC). */
export const timestamp = (d: Date): string => d.toISOString().replace('T', ' ').replace('Z', '');

const list = (values: readonly string[]) => listValue([...values]);

export async function reportExists(conn: DuckDBConnection, hash: string): Promise<boolean> {
  return (await loadedHashes(conn, [hash])).has(hash);
}

/** The hashes among these whose content was loaded before (as a report or as an import). */
async function loadedHashes(conn: DuckDBConnection, hashes: string[]): Promise<Set<string>> {
  const r = await conn.runAndReadAll(
    `SELECT hash FROM report WHERE hash IN (SELECT unnest($h))
     UNION SELECT hash FROM import_batch WHERE hash IN (SELECT unnest($h))`,
    { h: listValue(hashes) },
  );
  return new Set(r.getRows().map((row) => String(row[0])));
}

export interface StoreResult {
  superseded: string[];
  scores: number;
}

/** One report to store: what the parser made of it, the name it is stored under, when, and the test hook. */
export interface ReportToStore {
  parsed: ParsedReportFile;
  fileName: string;
  now: Date;
  afterWrite?: AfterWrite;
}

/** A score observation a report's claims make, in the order the reports are stored. */
interface NewScore {
  item: number;
  org: string;
  fy: number;
  code: string;
  value: number;
  supersededAt: string | null;
}

const scoreKey = (org: string, fy: number, code: string) => `${org}|${fy}|${code}`;
const reportKey = (org: string, fy: number, round: string | null) => `${org}|${fy}|${round}`;

/**
 * Score observations from claims whose assessment year is known: the total as TOTAL, indicators by code; one per
 * code and year from one report, the first claim the text makes.
 */
function claimScores(
  orgCode: string,
  claims: Pick<Claim, 'kind' | 'indicator' | 'value' | 'assessment_year'>[],
): { fy: number; code: string; value: number }[] {
  const out: { fy: number; code: string; value: number }[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    if (c.kind === 'weak_indicator' || c.value === null || c.assessment_year === null) continue;
    const code = c.kind === 'total_score' ? TOTAL_CODE : c.indicator;
    if (!code) continue;
    const key = scoreKey(orgCode, c.assessment_year, code);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ fy: c.assessment_year, code, value: c.value });
  }
  return out;
}

/**
 * Score observations from one report's claims (see claimScores). Earlier live observations from other reports for
 * the same organisation, year and code are superseded.
 */
export async function insertClaimScores(
  conn: DuckDBConnection,
  hash: string,
  orgCode: string,
  claims: Pick<Claim, 'kind' | 'indicator' | 'value' | 'assessment_year'>[],
  now: Date,
  afterWrite?: AfterWrite,
): Promise<number> {
  const scores = claimScores(orgCode, claims).map((s) => ({
    ...s,
    item: 0,
    org: orgCode,
    supersededAt: null,
  }));
  await writeScores(conn, [{ hash, now: timestamp(now), afterWrite, oldReports: [] }], scores);
  return scores.length;
}

/** What writeScores needs of each report of the batch. */
interface ScoreSource {
  hash: string;
  now: string;
  afterWrite?: AfterWrite;
  /** Reports already in the database that this one supersedes: their live scores are superseded with it. */
  oldReports: string[];
}

/**
 * Supersedes what the new observations replace, in the order the reports are stored (as if they were written one
 * at a time): the live scores of a superseded report, and live report observations for the same organisation,
 * year and code from other reports. Then inserts the new observations, those replaced later in the batch already
 * superseded. Records every organisation-year it changes.
 */
async function writeScores(
  conn: DuckDBConnection,
  sources: ScoreSource[],
  scores: NewScore[],
): Promise<void> {
  // When each database row is superseded: by the first report of the batch that replaces it.
  const byReport = new Map<string, string>();
  const byKey = new Map<string, { at: string; except: string }[]>();
  sources.forEach((s) => {
    for (const old of s.oldReports)
      if (!byReport.has(reportSource(old))) byReport.set(reportSource(old), s.now);
  });
  for (const n of scores) {
    const k = scoreKey(n.org, n.fy, n.code);
    const s = sources[n.item]!;
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push({ at: s.now, except: reportSource(s.hash) });
  }
  if (byReport.size > 0 || byKey.size > 0) {
    const orgs = [...new Set(scores.map((n) => n.org))];
    const live = (
      await conn.runAndReadAll(
        `SELECT org_code, fiscal_year, code, source FROM score
         WHERE superseded_at IS NULL AND (source IN (SELECT unnest($srcs))
           OR (source LIKE 'report:%' AND org_code IN (SELECT unnest($orgs))))`,
        { srcs: listValue([...byReport.keys()]), orgs: listValue(orgs) },
        { srcs: LIST(VARCHAR), orgs: LIST(VARCHAR) },
      )
    ).getRowsJS() as [string, number, string, string][];
    const ends: [string, number, string, string, string][] = [];
    for (const [org, fy, code, src] of live) {
      const times = [
        byReport.get(src),
        byKey.get(scoreKey(org, Number(fy), code))?.find((h) => h.except !== src)?.at,
      ].filter((t): t is string => t !== undefined);
      if (times.length > 0) ends.push([org, Number(fy), code, src, times.sort()[0]!]);
    }
    if (ends.length > 0) {
      const col = (i: number) => listValue(ends.map((e) => e[i]!));
      await touchOrgYears(
        conn,
        `SELECT unnest($o), unnest($y)`,
        { o: col(0), y: col(1) },
        'scores',
      );
      await conn.run(
        `UPDATE score SET superseded_at = e.at::TIMESTAMP
         FROM (SELECT unnest($o) AS org, unnest($y) AS fy, unnest($c) AS code, unnest($s) AS src, unnest($t) AS at) e
         WHERE score.superseded_at IS NULL AND score.org_code = e.org AND score.fiscal_year = e.fy
           AND score.code = e.code AND score.source = e.src`,
        { o: col(0), y: col(1), c: col(2), s: col(3), t: col(4) },
        {
          o: LIST(VARCHAR),
          y: LIST(INTEGER),
          c: LIST(VARCHAR),
          s: LIST(VARCHAR),
          t: LIST(VARCHAR),
        },
      );
    }
    for (const s of sources) for (const _ of s.oldReports) await s.afterWrite?.('supersede');
  }
  if (scores.length === 0) return;
  await touchOrgYears(
    conn,
    `SELECT unnest($o), unnest($y)`,
    { o: listValue(scores.map((n) => n.org)), y: listValue(scores.map((n) => n.fy)) },
    'scores',
  );
  await insertRows(
    conn,
    'score',
    SCORE_COLUMNS,
    scores.map((n) => {
      const s = sources[n.item]!;
      return [n.org, n.fy, n.code, n.value, reportSource(s.hash), s.now, n.supersededAt];
    }),
  );
  for (const n of scores) await sources[n.item]!.afterWrite?.('score');
}

const SCORE_COLUMNS: InsertColumn[] = [
  { name: 'org_code', type: VARCHAR },
  { name: 'fiscal_year', type: INTEGER },
  { name: 'code', type: VARCHAR },
  { name: 'value', type: DOUBLE },
  { name: 'source', type: VARCHAR },
  { name: 'loaded_at', type: VARCHAR, cast: 'TIMESTAMP' },
  { name: 'superseded_at', type: VARCHAR, cast: 'TIMESTAMP' },
];

const REPORT_COLUMNS: InsertColumn[] = [
  { name: 'hash', type: VARCHAR },
  { name: 'org_code', type: VARCHAR },
  { name: 'fiscal_year', type: INTEGER },
  { name: 'round', type: VARCHAR },
  { name: 'period_start', type: VARCHAR, cast: 'DATE' },
  { name: 'period_end', type: VARCHAR, cast: 'DATE' },
  { name: 'file_name', type: VARCHAR },
  { name: 'format', type: VARCHAR },
  { name: 'encoding', type: VARCHAR },
  { name: 'parsed_at', type: VARCHAR, cast: 'TIMESTAMP' },
  { name: 'parser_version', type: VARCHAR },
  { name: 'warnings', type: LIST(VARCHAR) },
  { name: 'source', type: VARCHAR },
  { name: 'superseded_at', type: VARCHAR, cast: 'TIMESTAMP' },
  { name: 'round_evidence_kind', type: VARCHAR },
  { name: 'round_evidence_text', type: VARCHAR },
];

const MEASURE_COLUMNS: InsertColumn[] = [
  ...['report_hash'].map((name) => ({ name, type: VARCHAR })),
  { name: 'seq', type: INTEGER },
  ...['number_text', 'name_th', 'name_norm', 'guideline', 'steps'].map((name) => ({
    name,
    type: VARCHAR,
  })),
  ...['responsible', 'monitoring_rounds'].map((name) => ({ name, type: LIST(VARCHAR) })),
  ...['period_text', 'output', 'outcome', 'note', 'status', 'status_evidence', 'category'].map(
    (name) => ({ name, type: VARCHAR }),
  ),
  ...['categories_other', 'indicators'].map((name) => ({ name, type: LIST(VARCHAR) })),
  ...['indicator_source', 'source', 'status_reason_kind', 'status_reason_text'].map((name) => ({
    name,
    type: VARCHAR,
  })),
];

const CLAIM_COLUMNS: InsertColumn[] = [
  { name: 'report_hash', type: VARCHAR },
  { name: 'seq', type: INTEGER },
  { name: 'kind', type: VARCHAR },
  { name: 'indicator', type: VARCHAR },
  { name: 'value', type: DOUBLE },
  { name: 'assessment_year', type: INTEGER },
  { name: 'text', type: VARCHAR },
];

const IMPORT_BATCH_COLUMNS: InsertColumn[] = [
  { name: 'hash', type: VARCHAR },
  { name: 'file_name', type: VARCHAR },
  { name: 'kind', type: VARCHAR },
  { name: 'loaded_at', type: VARCHAR, cast: 'TIMESTAMP' },
  { name: 'counts', type: VARCHAR },
];

/** Stores one parsed report (see storeReports). */
export async function storeReport(
  conn: DuckDBConnection,
  parsed: ParsedReportFile,
  fileName: string,
  now: Date,
  afterWrite?: AfterWrite,
  actor?: Actor,
): Promise<StoreResult> {
  const [stored] = await storeReports(conn, [{ parsed, fileName, now, afterWrite }], actor);
  if (!stored) throw new Error(`${fileName}: this content is already loaded`);
  return stored;
}

/**
 * Stores parsed reports in order, with one statement per table for all of them, and returns what each did; null
 * for a report whose content was loaded before (or earlier in the list), which is left out. A newer report for the
 * same organisation, year and round (by loading order, within the list too) supersedes the live one, which stays in
 * history with its scores superseded too. The result is the same as storing them one at a time. Each report stored
 * gets an audit row by `actor` (the command line by default).
 */
export async function storeReports(
  conn: DuckDBConnection,
  items: readonly ReportToStore[],
  actor: Actor = cliActor(),
): Promise<(StoreResult | null)[]> {
  const loaded = await loadedHashes(
    conn,
    items.map((i) => i.parsed.report.source.sha256),
  );
  const fresh: ReportToStore[] = [];
  const index: (number | null)[] = items.map((item) => {
    const hash = item.parsed.report.source.sha256;
    if (loaded.has(hash)) return null;
    loaded.add(hash);
    return fresh.push(item) - 1;
  });
  if (fresh.length === 0) return index.map(() => null);
  const hashes = fresh.map((i) => i.parsed.report.source.sha256);
  const nows = fresh.map((i) => timestamp(i.now));

  // Superseding, in loading order: the live report of each organisation, year and round, from the database first.
  const orgs = [
    ...new Set(fresh.map((i) => i.parsed.report.org.code).filter((c): c is string => c !== null)),
  ];
  const current = new Map<string, string[]>();
  if (orgs.length > 0) {
    const rows = (
      await conn.runAndReadAll(
        `SELECT hash, org_code, fiscal_year, round FROM report_current
         WHERE org_code IN (SELECT unnest($orgs)) AND source LIKE 'report:%'`,
        { orgs: listValue(orgs) },
        { orgs: LIST(VARCHAR) },
      )
    ).getRowsJS() as [string, string, number, string | null][];
    for (const [hash, org, fy, round] of rows) {
      if (fy === null) continue;
      const k = reportKey(org, Number(fy), round);
      (current.get(k) ?? current.set(k, []).get(k)!).push(hash);
    }
  }
  const superseded: string[][] = fresh.map(() => []);
  const supersededAt: (string | null)[] = fresh.map(() => null);
  const inBatch = new Map(hashes.map((h, i) => [h, i]));
  const scores: NewScore[] = [];
  const liveScores = new Map<string, NewScore>();
  fresh.forEach((item, i) => {
    const { org, fiscal_year: fy, round, claims } = item.parsed.report;
    if (org.code && fy !== null) {
      const k = reportKey(org.code, fy, round);
      superseded[i] = current.get(k) ?? [];
      current.set(k, [hashes[i]!]);
      for (const old of superseded[i]!) {
        const j = inBatch.get(old);
        if (j === undefined) continue;
        supersededAt[j] = nows[i]!;
        for (const n of scores)
          if (n.item === j && n.supersededAt === null) n.supersededAt = nows[i]!;
      }
    }
    if (!org.code) return;
    for (const s of claimScores(org.code, claims)) {
      const k = scoreKey(org.code, s.fy, s.code);
      const earlier = liveScores.get(k);
      if (earlier && earlier.supersededAt === null) earlier.supersededAt = nows[i]!;
      const n: NewScore = { ...s, item: i, org: org.code, supersededAt: null };
      liveScores.set(k, n);
      scores.push(n);
    }
  });

  // Every organisation-year whose derived rows change: the reports' own, then (in writeScores) their scores'.
  const touched = fresh.filter(
    (i) => i.parsed.report.org.code && i.parsed.report.fiscal_year !== null,
  );
  if (touched.length > 0)
    // A report's own organisation-year changes its measures; its score claims are recorded as scores below.
    await touchOrgYears(
      conn,
      `SELECT unnest($o), unnest($y)`,
      {
        o: listValue(touched.map((i) => i.parsed.report.org.code)),
        y: listValue(touched.map((i) => i.parsed.report.fiscal_year)),
      },
      'measures',
    );
  const older = fresh.flatMap((_, i) =>
    superseded[i]!.filter((h) => !inBatch.has(h)).map((h) => [h, nows[i]!]),
  );
  if (older.length > 0) {
    const srcs = listValue(older.map(([h]) => reportSource(h!)));
    // The old reports' score claims may be about other years than the reports' own.
    await touchOrgYears(
      conn,
      `SELECT org_code, fiscal_year FROM score WHERE source IN (SELECT unnest($srcs)) AND superseded_at IS NULL`,
      { srcs },
    );
    await conn.run(
      `UPDATE report SET superseded_at = o.at::TIMESTAMP
       FROM (SELECT unnest($h) AS hash, unnest($t) AS at) o WHERE report.hash = o.hash`,
      { h: listValue(older.map(([h]) => h!)), t: listValue(older.map(([, t]) => t!)) },
      { h: LIST(VARCHAR), t: LIST(VARCHAR) },
    );
  }

  await insertRows(
    conn,
    'report',
    REPORT_COLUMNS,
    fresh.map(({ parsed: { report, record }, fileName }, i) => [
      hashes[i]!,
      report.org.code,
      report.fiscal_year,
      report.round,
      report.period?.start ?? null,
      report.period?.end ?? null,
      fileName,
      report.source.format,
      report.source.encoding,
      nows[i]!,
      record.parser_version,
      list(report.warnings),
      reportSource(hashes[i]!),
      supersededAt[i]!,
      report.round_evidence?.kind ?? null,
      report.round_evidence?.text || null,
    ]),
  );
  for (const item of fresh) await item.afterWrite?.('report');

  await insertRows(
    conn,
    'measure',
    MEASURE_COLUMNS,
    fresh.flatMap(({ parsed: { record } }, i) =>
      record.measures.map((m) => [
        hashes[i]!,
        m.seq,
        m.number_text,
        m.name_th,
        m.name_norm,
        m.guideline,
        // รายละเอียดการดำเนินงาน has no column of its own: it describes how the measure was carried out.
        m.steps ?? m.detail,
        list(m.responsible),
        list(m.monitoring_rounds),
        m.period_text,
        m.output,
        m.outcome,
        m.steps && m.detail
          ? [m.note, `รายละเอียดการดำเนินงาน: ${m.detail}`].filter(Boolean).join('\n')
          : m.note,
        m.status,
        m.status_evidence,
        m.category,
        list(m.categories_other),
        list(m.indicators),
        m.indicator_source,
        reportSource(hashes[i]!),
        // A reason belongs to not_possible only; the parser should not give one otherwise, and the pages assume so.
        m.status === 'not_possible' ? (m.status_reason?.kind ?? null) : null,
        m.status === 'not_possible' ? m.status_reason?.text || null : null,
      ]),
    ),
  );
  for (const item of fresh)
    for (const _ of item.parsed.record.measures) await item.afterWrite?.('measure');

  await insertRows(
    conn,
    'claim',
    CLAIM_COLUMNS,
    fresh.flatMap(({ parsed: { report } }, i) =>
      report.claims.map((c, k) => [
        hashes[i]!,
        k + 1,
        c.kind,
        c.indicator,
        c.value,
        c.assessment_year,
        c.text,
      ]),
    ),
  );
  for (const item of fresh)
    for (const _ of item.parsed.report.claims) await item.afterWrite?.('claim');

  await writeScores(
    conn,
    fresh.map((item, i) => ({
      hash: hashes[i]!,
      now: nows[i]!,
      afterWrite: item.afterWrite,
      oldReports: superseded[i]!.filter((h) => !inBatch.has(h)),
    })),
    scores,
  );

  const results: StoreResult[] = fresh.map((_, i) => ({
    superseded: superseded[i]!,
    scores: scores.filter((n) => n.item === i).length,
  }));
  await insertRows(
    conn,
    'import_batch',
    IMPORT_BATCH_COLUMNS,
    fresh.map(({ parsed: { report, record }, fileName }, i) => [
      hashes[i]!,
      fileName,
      'report',
      nows[i]!,
      JSON.stringify({
        measures: record.measures.length,
        claims: report.claims.length,
        scores: results[i]!.scores,
        superseded: results[i]!.superseded,
      }),
    ]),
  );
  for (const item of fresh) await item.afterWrite?.('import_batch');
  await recordAudit(
    conn,
    actor,
    fresh.map(({ parsed: { report, record }, fileName, now }, i) => ({
      action: 'report_store' as const,
      orgCodes: [report.org.code],
      file: { hash: hashes[i]!, name: fileName },
      counts: {
        fiscal_year: report.fiscal_year,
        round: report.round,
        measures: record.measures.length,
        claims: report.claims.length,
        scores: results[i]!.scores,
        superseded: results[i]!.superseded.length,
      },
      message: `${fileName}: ${report.org.name_th ?? 'organisation unknown'}, FY ${report.fiscal_year ?? 'unknown'}, ${report.round ? `round ${report.round}` : 'round not stated'}, ${record.measures.length} measures`,
      at: now,
    })),
  );
  for (const item of fresh) await item.afterWrite?.('audit');
  return index.map((i) => (i === null ? null : results[i]!));
}
