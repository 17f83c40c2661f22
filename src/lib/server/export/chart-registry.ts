// Every chart that can be exported, by id: the single list the export endpoint, the deck and the meeting pack read.
// It renders only: each chart is defined once, in its feature folder (src/lib/features/<page>/charts.ts), and listed
// here.
import type { AnyChartDef } from '../../features/chart-view';
import { OVERVIEW_CHARTS } from '../../features/overview/charts';
import { PROVINCE_CHARTS } from '../../features/province/charts';
import { INDICATORS_CHARTS } from '../../features/indicators/charts';
import { CHANGES_CHARTS } from '../../features/changes/charts';
import { MEASURES_CHARTS } from '../../features/measures/charts';
import { ORG_CHARTS } from '../../features/org/charts';
import { COMPARE_CHARTS } from '../../features/compare/charts';
import { MAP_CHARTS } from '../../features/map/charts';

// Each feature's charts, in the order of its page.
const FEATURES: AnyChartDef[][] = [
  OVERVIEW_CHARTS,
  PROVINCE_CHARTS,
  INDICATORS_CHARTS,
  CHANGES_CHARTS,
  MEASURES_CHARTS,
  ORG_CHARTS,
  COMPARE_CHARTS,
  MAP_CHARTS,
];

const CHARTS: AnyChartDef[] = FEATURES.flat();

export const CHART_REGISTRY: ReadonlyMap<string, AnyChartDef> = new Map(
  CHARTS.map((c) => [c.id, c]),
);

export function chartIds(): string[] {
  return [...CHART_REGISTRY.keys()];
}
