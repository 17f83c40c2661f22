// The row shapes of the overview's queries (year_summary, data_inventory), by their generated types.
import type { QueryRows } from '../../queries/types';

export type SummaryRow = QueryRows['year_summary'];
export type InventoryRow = QueryRows['data_inventory'];
