// The statuses of a measure in a round, in the order charts stack them, with the colours every status view uses.
import type { MessageKey } from '../i18n/messages';
import { MEASURE_STATUSES, type MeasureStatus } from '../ita/measure-status';

/** The order charts stack statuses in: the domain's own order (done first, unreadable last). */
export const STATUS_ORDER = MEASURE_STATUSES;
export type StatusKey = MeasureStatus;

/** The same hues as StatusChip: green, amber, red, violet (set apart from "not started"), grey. */
export const STATUS_COLORS: Record<StatusKey, string> = {
  completed: '#16a34a',
  in_progress: '#f59e0b',
  not_started: '#dc2626',
  not_possible: '#7c3aed',
  unknown: '#9ca3af',
};

export const statusKey = (status: StatusKey): MessageKey => `measures.status.${status}`;
