// รอบ (round): the reporting rounds of measure reports in time order, their one name for the reader, the one rule for
// "the latest round" a summary speaks of, and the colours every measure chart uses.
import type { MessageKey, Translate } from '../i18n/messages';

export const ROUNDS = ['3m', '6m', '9m', '12m', 'unknown'] as const;
export type Round = (typeof ROUNDS)[number];

/** Later rounds are darker: 6 months light, 12 months the full theme blue. */
export const ROUND_COLORS: Record<Round, string> = {
  '3m': '#c7d7ea',
  '6m': '#7fa7d1',
  '9m': '#4f7fb3',
  '12m': '#1d4e89',
  unknown: '#9ca3af',
};

const isRound = (round: unknown): round is Round => (ROUNDS as readonly unknown[]).includes(round);

/**
 * The round's name for the reader ("รอบ 12 เดือน", "12-month round"); a report that states no round (null, 'unknown'
 * or a value this version does not know) is "ไม่ระบุรอบ" / "Round not stated". The only place a round is named.
 */
export function roundName(round: string | null | undefined, t: Translate): string {
  return t(`measures.round.${isRound(round) ? round : 'unknown'}` as MessageKey);
}

/** Rounds present in rows, in time order ('unknown' last: it has no place in the year). */
export function roundsIn(rows: { round: string }[]): Round[] {
  const present = new Set(rows.map((r) => r.round));
  return ROUNDS.filter((r) => present.has(r));
}

/**
 * The round a summary speaks of: the latest stated round in rows, 'unknown' only when no row states one. The order of
 * the rows does not matter: the queries list 'unknown' after 12 months, and it must not win by coming last.
 */
export function latestRound(rows: { round: string }[]): Round | undefined {
  const rounds = roundsIn(rows);
  return rounds.filter((r) => r !== 'unknown').at(-1) ?? rounds.at(-1);
}

/** The row of the latest year's latest round (latestRound among that year's rows). */
export function latestRoundRow<R extends { fiscal_year: number; round: string }>(
  rows: readonly R[],
): R | undefined {
  if (rows.length === 0) return undefined;
  const year = Math.max(...rows.map((r) => r.fiscal_year));
  const inYear = rows.filter((r) => r.fiscal_year === year);
  const round = latestRound(inYear);
  return inYear.find((r) => r.round === round);
}
