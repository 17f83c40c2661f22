// What the /changes page knows before its charts load: the change_summary row, and the parameters every change query takes.
import { areaParams, type Scope } from '../../scope';

export type ChangeSummary = {
  orgs_now: number;
  orgs_before: number;
  orgs_paired: number;
  mean_before: number | null;
  mean_now: number | null;
  mean_change: number | null;
  median_change: number | null;
  improving: number;
  stable: number;
  worsening: number;
  passed_before: number;
  passed_now: number;
  grading_before: 'level' | 'rating';
  grading_now: 'level' | 'rating';
  synthetic_orgs: number;
  threshold: number;
};

/** Up to this many organisations the arrows show all of them; beyond it, only the biggest movers. */
export const ALL_ORGS_LIMIT = 40;
/** How many gainers and how many decliners are drawn when the scope is large. */
export const MOVERS = 15;
/** How many rows each of the gainers and decliners tables lists. */
export const MOVERS_TABLE = 10;

export function changeParams(scope: Scope & { year: number; compare: number }, threshold: number) {
  return {
    fiscal_year: scope.year,
    compare: scope.compare,
    ...areaParams(scope),
    threshold,
  };
}

/** "+1.50" / "-0.80": a change always shows its sign. */
export function signed(value: number, format: (v: number) => string): string {
  return value > 0 ? `+${format(value)}` : format(value);
}
