// Records people's corrections to parsed reports (a measure's status and its reason, category or indicators; a report's organisation) with who, when, before and after.
import type { Actor } from '../auth/actor';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Database } from '../db/database';
import { touchOrgYear, touchOrgYears } from '../db/derived';
import { isIndicatorCode } from './indicator-refs';
import { categoryIds } from './measure-category';
import { insertClaimScores, reportSource, timestamp } from './store';
import { MEASURE_STATUSES, STATUS_REASON_KINDS, type ClaimKind, type StatusReason } from './types';

export type MeasureOverrideField = 'status' | 'category' | 'indicators' | 'status_reason';

export interface MeasureOverrideInput {
  report_hash: string;
  seq: number;
  field: MeasureOverrideField;
  /**
   * A status, a category id, indicator codes (a list, or one string separated by commas), or for status_reason a
   * reason as '<kind>' or '<kind>: <text>' (kinds: no_budget, policy_changed, no_staff, other).
   */
  value: string | string[];
  /** With status not_possible: why it could not be done, recorded in the same transaction as the status. */
  reason?: { kind: string; text?: string | null } | null;
  who: string;
  /** The clock, for tests. */
  at?: Date;
  /** Who makes the correction (accepted, not yet recorded: the audit log records it). */
  actor?: Actor;
}

export interface OverrideResult {
  before: string | null;
  after: string;
  /** The reason recorded with a not_possible status, when one was given. */
  reason?: OverrideResult;
}

/** Thrown for a correction that cannot be recorded; the message says why in plain words. */
export class OverrideError extends Error {}

function normaliseValue(field: MeasureOverrideField, value: string | string[]): string {
  if (field === 'indicators') {
    const codes = (Array.isArray(value) ? value : value.split(','))
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const bad = codes.filter((c) => !isIndicatorCode(c));
    if (codes.length === 0)
      throw new OverrideError('indicators: give at least one indicator code, such as 4 or 9.4');
    if (bad.length > 0)
      throw new OverrideError(
        `indicators: ${bad.join(', ')} is not an indicator code of any framework year`,
      );
    return [...new Set(codes)].join(',');
  }
  if (Array.isArray(value)) throw new OverrideError(`${field}: give one value, not a list`);
  const v = value.trim();
  if (field === 'status' && !(MEASURE_STATUSES as readonly string[]).includes(v))
    throw new OverrideError(`status: '${v}' is not one of ${MEASURE_STATUSES.join(', ')}`);
  if (field === 'category' && !categoryIds().includes(v))
    throw new OverrideError(`category: '${v}' is not in data/taxonomy/measure-categories.json`);
  if (field === 'status_reason') {
    const colon = v.indexOf(':');
    return reasonValue(
      colon < 0 ? { kind: v } : { kind: v.slice(0, colon), text: v.slice(colon + 1) },
    );
  }
  return v;
}

/** A reason as stored in measure_override.value_after: '<kind>' or '<kind>: <text>' (migration 013 splits it). */
function reasonValue(reason: { kind: string; text?: string | null }): string {
  const kind = String(reason.kind ?? '').trim();
  const text = String(reason.text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!(STATUS_REASON_KINDS as readonly string[]).includes(kind))
    throw new OverrideError(
      `status_reason: '${kind}' is not one of ${STATUS_REASON_KINDS.join(', ')}`,
    );
  if (kind === 'other' && text === '')
    throw new OverrideError("status_reason: with reason 'other', say what the reason was");
  return text === '' ? kind : `${kind}: ${text}`;
}

/** The stored form of a reason read from measure_current, for value_before. */
export function reasonText(reason: StatusReason | null): string | null {
  if (!reason) return null;
  return reason.text ? `${reason.kind}: ${reason.text}` : reason.kind;
}

const FIELDS: MeasureOverrideField[] = ['status', 'category', 'indicators', 'status_reason'];

/**
 * Corrects one field of a measure. The correction is keyed by organisation, year, round and normalised measure name,
 * so it still applies when a newer version of the report is ingested.
 */
export async function recordMeasureOverride(
  db: Database,
  input: MeasureOverrideInput,
): Promise<OverrideResult> {
  if (!FIELDS.includes(input.field))
    throw new OverrideError(`field must be one of ${FIELDS.join(', ')}, not '${input.field}'`);
  if (!input.who || input.who.trim() === '')
    throw new OverrideError('who: say who makes the correction');
  const after = normaliseValue(input.field, input.value);
  const withReason = input.reason ? reasonValue(input.reason) : null;
  if (withReason !== null && !(input.field === 'status' && after === 'not_possible'))
    throw new OverrideError(
      'reason: a reason goes only with status not_possible (ไม่สามารถดำเนินการได้)',
    );
  return db.transaction(async (conn) => {
    const r = await conn.runAndReadAll(
      `SELECT org_code, fiscal_year, round, name_norm, status, category, array_to_string(indicators, ','),
         status_reason_kind, status_reason_text
       FROM measure_current WHERE report_hash = $h AND seq = $seq`,
      { h: input.report_hash, seq: input.seq },
    );
    const row = r.getRowsJS()[0];
    if (!row) throw new OverrideError(await whyNoMeasure(conn, input.report_hash, input.seq));
    const [org, fy, round, norm, status, category, indicators, reasonKind, reasonTextNow] = row as [
      string,
      number,
      string | null,
      string,
      string,
      string,
      string,
      string | null,
      string | null,
    ];
    const reasonNow = reasonText(
      reasonKind ? { kind: reasonKind as StatusReason['kind'], text: reasonTextNow ?? '' } : null,
    );
    if (input.field === 'status_reason' && status !== 'not_possible')
      throw new OverrideError(
        `status_reason: measure ${input.seq} has status ${status}; a reason is kept only for not_possible, so set that status first`,
      );
    // One time for the status and its reason: they are one correction.
    const at = timestamp(input.at ?? new Date());
    const record = async (field: MeasureOverrideField, before: string | null, value: string) =>
      conn.run(
        `INSERT INTO measure_override VALUES ($org, $fy, $round, $norm, $field, $before, $after, $who, $at::TIMESTAMP)`,
        {
          org,
          fy,
          round,
          norm,
          field,
          before,
          after: value,
          who: input.who.trim(),
          at,
        },
      );
    const before = { status, category, indicators, status_reason: reasonNow }[input.field] ?? null;
    await touchOrgYear(conn, org, Number(fy), 'measures');
    await record(input.field, before, after);
    if (withReason === null) return { before, after };
    await record('status_reason', reasonNow, withReason);
    return { before, after, reason: { before: reasonNow, after: withReason } };
  }, 'touched');
}

async function whyNoMeasure(conn: DuckDBConnection, hash: string, seq: number): Promise<string> {
  const r = await conn.runAndReadAll(
    `SELECT r.superseded_at IS NOT NULL, (SELECT org_code FROM report_current c WHERE c.hash = r.hash), r.fiscal_year,
       (SELECT count(*) FROM measure m WHERE m.report_hash = r.hash AND m.seq = $seq)
     FROM report r WHERE r.hash = $h`,
    { h: hash, seq },
  );
  const row = r.getRowsJS()[0];
  if (!row) return `report ${hash} is not in the database`;
  const [superseded, org, fy, count] = row as [
    boolean,
    string | null,
    number | null,
    bigint | number,
  ];
  if (Number(count) === 0) return `report ${hash} has no measure ${seq}`;
  if (superseded)
    return `report ${hash} has been superseded by a newer report; correct the newer one`;
  if (org === null)
    return `report ${hash}: its organisation is unknown; set the organisation first`;
  if (fy === null)
    return `report ${hash}: its fiscal year is unknown, so its measures cannot be corrected`;
  return `measure ${seq} of report ${hash} is hidden (another report for the same organisation and year takes precedence)`;
}

export interface ReportOrgOverrideInput {
  report_hash: string;
  org_code: string;
  who: string;
  at?: Date;
  /** Who makes the correction (accepted, not yet recorded: the audit log records it). */
  actor?: Actor;
}

/**
 * Sets the organisation of a report (when the parser could not resolve it, or resolved it wrongly). The report's
 * score claims move to the new organisation: observations under the old one are superseded.
 */
export async function recordReportOrgOverride(
  db: Database,
  input: ReportOrgOverrideInput,
): Promise<OverrideResult> {
  if (!input.who || input.who.trim() === '')
    throw new OverrideError('who: say who makes the correction');
  const at = input.at ?? new Date();
  return db.transaction(async (conn) => {
    const rep = (
      await conn.runAndReadAll(
        `SELECT coalesce((SELECT arg_max(value_after, changed_at) FROM report_org_override WHERE report_hash = $h), org_code),
           superseded_at IS NULL, fiscal_year
         FROM report WHERE hash = $h`,
        { h: input.report_hash },
      )
    ).getRowsJS()[0];
    if (!rep) throw new OverrideError(`report ${input.report_hash} is not in the database`);
    const org = (
      await conn.runAndReadAll(`SELECT code FROM org WHERE code = $c`, { c: input.org_code })
    ).getRowsJS()[0];
    if (!org) throw new OverrideError(`organisation ${input.org_code} is not in the registry`);
    const [before, live, fy] = rep as [string | null, boolean, number | null];
    // The report's measures move from the old organisation to the new one, and its score claims with them.
    await touchOrgYear(conn, before, fy === null ? null : Number(fy));
    await touchOrgYear(conn, input.org_code, fy === null ? null : Number(fy));
    await touchOrgYears(
      conn,
      `SELECT org_code, fiscal_year FROM score WHERE source = $src AND superseded_at IS NULL`,
      { src: reportSource(input.report_hash) },
    );
    await conn.run(
      `INSERT INTO report_org_override VALUES ($h, $before, $after, $who, $at::TIMESTAMP)`,
      {
        h: input.report_hash,
        before,
        after: input.org_code,
        who: input.who.trim(),
        at: timestamp(at),
      },
    );
    await conn.run(
      `UPDATE score SET superseded_at = $at::TIMESTAMP WHERE source = $src AND superseded_at IS NULL`,
      {
        at: timestamp(at),
        src: reportSource(input.report_hash),
      },
    );
    if (live) {
      const claims = (
        await conn.runAndReadAll(
          `SELECT kind, indicator, value, assessment_year FROM claim WHERE report_hash = $h ORDER BY seq`,
          {
            h: input.report_hash,
          },
        )
      )
        .getRowsJS()
        .map(([kind, indicator, value, assessment_year]) => ({
          kind: kind as ClaimKind,
          indicator: indicator as string | null,
          value: value as number | null,
          assessment_year: assessment_year === null ? null : Number(assessment_year),
        }));
      await insertClaimScores(conn, input.report_hash, input.org_code, claims, at);
    }
    return { before, after: input.org_code };
  }, 'touched');
}
