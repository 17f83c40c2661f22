// The feature folders whose charts a page can draw live in the browser, imported only when a reader first points at
// a chart (or the width asks for a redraw): the first page load carries no Plot and no chart code.
import type { ChartDef } from './chart-view';

type ChartModule = Record<string, unknown>;

const FEATURES: Record<string, () => Promise<ChartModule>> = {
  overview: () => import('./overview/charts'),
  province: () => import('./province/charts'),
  indicators: () => import('./indicators/charts'),
  changes: () => import('./changes/charts'),
  measures: () => import('./measures/charts'),
  org: () => import('./org/charts'),
  compare: () => import('./compare/charts'),
  map: () => import('./map/charts'),
  notebooks: () => import('./notebooks/charts'),
};

function isChartDef(x: unknown, id: string): x is ChartDef<unknown> {
  return typeof x === 'object' && x !== null && (x as { id?: unknown }).id === id;
}

/** The ChartDef with this id in this feature's charts module. */
export async function chartDef(feature: string, id: string): Promise<ChartDef<unknown>> {
  const load = FEATURES[feature];
  if (!load)
    throw new Error(`No feature folder '${feature}' is listed in src/lib/features/registry.ts`);
  const mod = await load();
  // A feature whose chart ids are made at run time (notebooks) answers for an id with its chartFor.
  const chartFor = mod.chartFor as ((id: string) => unknown) | undefined;
  const def = Object.values(mod).find((x) => isChartDef(x, id)) ?? chartFor?.(id);
  if (!def) throw new Error(`Feature '${feature}' has no chart '${id}'`);
  return def as ChartDef<unknown>;
}
