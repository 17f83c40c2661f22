// Organisations per type (queries/type_counts.sql) in the order every page lists types.
import type { QueryRows } from './queries/types';
import { ORG_TYPES, type OrgType } from './scope';

/** One row of type_counts: organisations of a type in the area, registered, scored in the year, with real scores. */
export type TypeCountRow = QueryRows['type_counts'];

/**
 * One row per type in ORG_TYPES order: the DLA's six always (0 where the area has none, so a list reads the same in
 * every province), 'other' only when imports added such agencies.
 */
export function typeCounts(rows: readonly TypeCountRow[]): (TypeCountRow & { type: OrgType })[] {
  const by = new Map(rows.map((r) => [r.type, r]));
  return ORG_TYPES.filter((ty) => ty !== 'other' || (by.get(ty)?.registered ?? 0) > 0).map(
    (ty) => ({ registered: 0, scored: 0, real: 0, ...by.get(ty), type: ty }),
  );
}
