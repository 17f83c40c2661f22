// The definitions of a "weak" indicator the pages offer, and how many of an organisation's lowest count as weak.
import type { WeakDefinition } from '../scope';

/** Under the 'lowest' definition, an organisation's this many lowest indicators (ties included) are weak. */
export const LOWEST_COUNT = 2;

/** The weak_flags column each definition reads (see migration 010_weak_indicators.sql). */
export const WEAK_COLUMN: Record<
  WeakDefinition,
  'below_pass_mark' | 'lowest' | 'below_peer_median'
> = {
  pass_mark: 'below_pass_mark',
  lowest: 'lowest',
  peer_median: 'below_peer_median',
};
