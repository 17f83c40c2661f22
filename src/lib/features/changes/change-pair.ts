// The pair of fiscal years every change chart compares: the change_summary row read first, the parameters each change
// query takes, and how a change is written (always with its sign).
import { CHANGE_THRESHOLD } from '../../ita/change-direction';
import type { QueryRows } from '../../queries/types';
import { areaParams, type Scope } from '../../scope';
import { ChartParamError, type LoadContext } from '../chart-view';

export type ChangeSummary = QueryRows['change_summary'];

/** Up to this many organisations the arrows show all of them; beyond it, only the biggest movers. */
export const ALL_ORGS_LIMIT = 40;
/** How many gainers and how many decliners are drawn when the scope is large. */
export const MOVERS = 15;
/** How many rows each of the gainers and decliners tables lists. */
export const MOVERS_TABLE = 10;

/** Two different fiscal years with organisations scored in both, and what change_summary says of them. */
export interface ChangePair {
  year: number;
  compare: number;
  summary: ChangeSummary;
}

export type PairedScope = Scope & { year: number; compare: number };

/** Why the scope's years cannot be compared, or null when they can (before any query: no compare year, the same year). */
export function pairProblem(scope: Scope): 'no_compare' | 'same_year' | null {
  if (scope.year === null || scope.compare === null) return 'no_compare';
  return scope.year === scope.compare ? 'same_year' : null;
}

/** The change_summary parameters of a scope, or null when its years cannot be compared. */
export function summaryParams(scope: Scope) {
  if (pairProblem(scope) !== null) return null;
  return changeParams(scope as PairedScope, CHANGE_THRESHOLD);
}

/** The parameters every change query takes (change_transitions ignores the threshold). */
export function changeParams(scope: PairedScope, threshold: number) {
  return { fiscal_year: scope.year, compare: scope.compare, ...areaParams(scope), threshold };
}

/**
 * The pair a change chart draws: a view with no second year, the same year twice or nobody scored in both is a
 * ChartParamError (the page says so in place of its charts; an export answers 400).
 */
export async function loadPair(ctx: LoadContext): Promise<ChangePair> {
  const { scope } = ctx;
  const params = summaryParams(scope);
  if (params === null)
    throw scope.year !== null && scope.year === scope.compare
      ? new ChartParamError('compare', `'compare' must differ from 'year' (both ${scope.year})`)
      : new ChartParamError('compare', 'A change chart needs two fiscal years: year and compare');
  const [summary] = await ctx.source.rows('change_summary', params);
  if (!summary || summary.orgs_paired === 0)
    throw new ChartParamError(
      'compare',
      `No organisation in this area was assessed in both ${params.compare} and ${params.fiscal_year}`,
    );
  return { year: params.fiscal_year, compare: params.compare, summary };
}

/** The scope with the pair's years, for the queries and the area parameters. */
export function pairedScope(scope: Scope, pair: ChangePair): PairedScope {
  return { ...scope, year: pair.year, compare: pair.compare };
}

/** Whether the pair crosses from letter levels (to 2565) to pass/fail ratings (from 2566): the page says so. */
export const crossesGrading = (summary: ChangeSummary): boolean =>
  summary.grading_before !== summary.grading_now;

/** "+1.50" / "-0.80": a change always shows its sign. */
export function signed(value: number, format: (v: number) => string): string {
  return value > 0 ? `+${format(value)}` : format(value);
}

/** "2566-2567": the years a change file covers, the compared year first. */
export const pairYears = (pair: Pick<ChangePair, 'year' | 'compare'>): string =>
  `${pair.compare}-${pair.year}`;
