// The movers tables of /changes: the biggest gainers and decliners among the change_orgs rows the arrows chart loaded.
import type { QueryRows } from '../../queries/types';
import { MOVERS_TABLE } from './change-pair';

export type ChangeOrgRow = QueryRows['change_orgs'];

export interface MoverLists {
  gainers: ChangeOrgRow[];
  decliners: ChangeOrgRow[];
}

/** Up to `n` organisations that rose (largest rise first) and up to `n` that fell (largest fall first). */
export function moverLists(rows: readonly ChangeOrgRow[], n = MOVERS_TABLE): MoverLists {
  return {
    gainers: rows
      .filter((r) => r.change > 0)
      .sort((a, b) => a.gain_order - b.gain_order)
      .slice(0, n),
    decliners: rows
      .filter((r) => r.change < 0)
      .sort((a, b) => a.decline_order - b.decline_order)
      .slice(0, n),
  };
}
