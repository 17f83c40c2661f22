// รอบ (round): the reporting rounds of measure reports, in time order, with the colours every measure chart uses.
import type { MessageKey } from '../i18n/messages';

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

export const roundKey = (round: string): MessageKey =>
  `measures.round.${(ROUNDS as readonly string[]).includes(round) ? round : 'unknown'}` as MessageKey;

/** Rounds present in rows, in time order. */
export function roundsIn(rows: { round: string }[]): Round[] {
  const present = new Set(rows.map((r) => r.round));
  return ROUNDS.filter((r) => present.has(r));
}

/** The latest stated round in rows ('unknown' only when no row states one). */
export function latestRound(rows: { round: string }[]): Round | undefined {
  const rounds = roundsIn(rows);
  return rounds.filter((r) => r !== 'unknown').at(-1) ?? rounds.at(-1);
}

/**
 * The row a summary speaks of: the latest year's latest stated round, the one a reader asks about first. A row of a
 * round not stated is chosen only when no row states one.
 */
export function latestRoundRow<R extends { fiscal_year: number; round: string }>(
  rows: readonly R[],
): R | undefined {
  const order = (r: R) => (ROUNDS as readonly string[]).indexOf(r.round);
  const stated = rows.filter((r) => r.round !== 'unknown');
  const sorted = [...(stated.length ? stated : rows)].sort(
    (a, b) => a.fiscal_year - b.fiscal_year || order(a) - order(b),
  );
  return sorted.at(-1);
}
