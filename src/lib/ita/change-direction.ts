// Direction of travel between two fiscal years: how far a score must move to count as improving or worsening.

/** A change of at least this many points up is "improving", down is "worsening"; anything smaller is "stable". */
export const CHANGE_THRESHOLD = 1;

export const DIRECTIONS = ['improving', 'stable', 'worsening'] as const;
export type Direction = (typeof DIRECTIONS)[number];
