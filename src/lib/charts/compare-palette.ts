// Colours of the organisations side by side on the compare page: ten that stay distinct (Tableau 10), in the order given.
import type { ScaleOptions } from '@observablehq/plot';
import { withLegendFont } from './legend-style';
export const ORG_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

/** An organisation on the compare charts: its code and its legend label (district and province added for same names). */
export interface ComparedOrg {
  code: string;
  label: string;
}

/** The colour scale of the compare charts: keyed by code, labelled with the disambiguated names. */
export function orgColorScale(orgs: ComparedOrg[]): ScaleOptions {
  const labels = new Map(orgs.map((o) => [o.code, o.label]));
  return withLegendFont({
    domain: orgs.map((o) => o.code),
    range: orgs.map((_, i) => ORG_PALETTE[i % ORG_PALETTE.length]!),
    legend: true,
    tickFormat: (code: string) => labels.get(code) ?? code,
  });
}
