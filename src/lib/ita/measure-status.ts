// The statuses a measure can have in a round and the reasons one could not be done: one list for parser, database
// checks, filters, charts and the review screen.

/**
 * The statuses local anti-corruption planning systems use (e-PlanNACC): ดำเนินการแล้วเสร็จ, อยู่ระหว่างดำเนินการ,
 * ยังไม่ได้ดำเนินการ, ไม่สามารถดำเนินการได้ (not_possible, with its reason); unknown when the report does not say.
 * In this order charts stack them: done first, unreadable last.
 */
export const MEASURE_STATUSES = [
  'completed',
  'in_progress',
  'not_started',
  'not_possible',
  'unknown',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Why a measure could not be done (ไม่สามารถดำเนินการได้), in e-PlanNACC's reasons; `other` keeps the text. */
export const STATUS_REASON_KINDS = ['no_budget', 'policy_changed', 'no_staff', 'other'] as const;
export type StatusReasonKind = (typeof STATUS_REASON_KINDS)[number];
