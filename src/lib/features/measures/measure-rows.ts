// The row shapes of the measure queries (queries/measure_*.sql), by their generated types (src/lib/queries/types.ts).
import type { QueryRows } from '../../queries/types';

export type TrendRow = QueryRows['measure_completion_trend'];
export type CategoryRow = QueryRows['measure_completion_by_category'];
export type IndicatorRow = QueryRows['measure_completion_by_indicator'];
export type LowestOrgRow = QueryRows['measure_lowest_orgs'];
export type MeasureRow = QueryRows['measure_table'];
