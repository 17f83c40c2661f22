// The row shapes of the overview's queries (year_summary, data_inventory) as the page receives them.
import type { PassShareRow } from '../../charts/pass-share-trend';

export interface SummaryRow extends PassShareRow {
  mean_total: number;
  median_total: number;
  passed: number;
  pass_mark: number;
  synthetic_orgs: number;
}

export interface InventoryRow {
  fiscal_year: number;
  orgs_scored: number;
  orgs_real: number;
  orgs_synthetic: number;
  reports_real: number;
  measures_real: number;
  measures_synthetic: number;
}
