// Records a person's confirmation or correction of a report's รอบ (round) on the review screen, with who, when, before and after.
import type { Actor } from '../auth/actor';
import type { Database } from '../db/database';
import { touchOrgYear } from '../db/derived';
import { OverrideError, type OverrideResult } from './overrides';
import { timestamp } from './store';
import { ROUNDS } from './types';

export interface ReportRoundOverrideInput {
  report_hash: string;
  /** 3m | 6m | 9m | 12m; the round as read confirms it (useful when it was inferred from the document's date). */
  round: string;
  who: string;
  at?: Date;
  /** Who makes the write (accepted, not yet recorded: the audit log records it). */
  actor?: Actor;
}

/**
 * Confirms or changes the round of a report in force. Measure corrections are keyed by round, so those already made
 * on this report's measures are carried to the new round; a round that another report already holds is refused.
 */
export async function recordReportRoundOverride(
  db: Database,
  input: ReportRoundOverrideInput,
): Promise<OverrideResult> {
  if (!input.who || input.who.trim() === '')
    throw new OverrideError('who: say who makes the correction');
  const after = String(input.round ?? '').trim();
  if (!(ROUNDS as readonly string[]).includes(after))
    throw new OverrideError(`round: '${after}' is not one of ${ROUNDS.join(', ')}`);
  const at = timestamp(input.at ?? new Date());
  return db.transaction(async (conn) => {
    const rep = (
      await conn.runAndReadAll(
        `SELECT org_code, fiscal_year, round, source FROM report_current WHERE hash = $h`,
        { h: input.report_hash },
      )
    ).getRowsJS()[0] as [string | null, number | null, string | null, string] | undefined;
    if (!rep) {
      const stored = (
        await conn.runAndReadAll(`SELECT count(*) FROM report WHERE hash = $h`, {
          h: input.report_hash,
        })
      ).getRowsJS()[0]![0];
      throw new OverrideError(
        Number(stored) === 0
          ? `report ${input.report_hash} is not in the database`
          : `report ${input.report_hash} has been superseded by a newer report; correct the newer one`,
      );
    }
    const [org, fy, before, source] = rep;
    if (source === 'synthetic')
      throw new OverrideError('synthetic demo reports cannot be corrected');
    if (org !== null && fy !== null && after !== before) {
      const holder = (
        await conn.runAndReadAll(
          `SELECT hash, file_name FROM report_current
           WHERE org_code = $org AND fiscal_year = $fy AND round = $round AND source <> 'synthetic' AND hash <> $h`,
          { org, fy, round: after, h: input.report_hash },
        )
      ).getRowsJS()[0];
      if (holder)
        throw new OverrideError(
          `round: report ${String(holder[0])} (${String(holder[1] ?? 'no file name')}) is already in force for this organisation, year ${fy} and round ${after}; a round has one report`,
        );
      await conn.run(
        `INSERT INTO measure_override
         SELECT o.org_code, o.fiscal_year, $after, o.name_norm, o.field, o.value_before, o.value_after, o.who, o.changed_at
         FROM measure_override o
         WHERE o.org_code = $org AND o.fiscal_year = $fy AND o.round IS NOT DISTINCT FROM $before
           AND o.name_norm IN (SELECT name_norm FROM measure WHERE report_hash = $h)
           AND NOT EXISTS (SELECT 1 FROM measure_override n WHERE n.org_code = o.org_code
             AND n.fiscal_year = o.fiscal_year AND n.round = $after AND n.name_norm = o.name_norm
             AND n.field = o.field AND n.changed_at = o.changed_at)`,
        { org, fy, before, after, h: input.report_hash },
      );
    }
    // The round decides which measure_current rows the report's measures fill: refresh its organisation-year.
    await touchOrgYear(conn, org, fy === null ? null : Number(fy), 'measures');
    await conn.run(
      `INSERT INTO report_round_override VALUES ($h, $before, $after, $who, $at::TIMESTAMP)`,
      { h: input.report_hash, before, after, who: input.who.trim(), at },
    );
    return { before, after };
  }, 'touched');
}
