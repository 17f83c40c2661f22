// Every chart that can be exported, by id: the single list the export endpoint, the deck and the meeting pack read.
// To add a chart: write its definition beside its page's others in charts/<page>.ts (rows from the named queries the
// page runs, the page's spec function and i18n keys), list it below, pass chart="<id>" to its ChartFrame, and add a
// view worked out by hand to export-test-views.ts.
import type { ChartDefinition } from './chart-definition';
import {
  changeDumbbell,
  changeHistogram,
  changeIndicators,
  changeTransitions,
} from './charts/changes';
import { indicatorAreaMeans, indicatorBelowShare, indicatorHeatmap } from './charts/indicators';
import { passShareTrend, totalDistribution } from './charts/overview';

const CHARTS = [
  // /
  totalDistribution,
  passShareTrend,
  // /indicators
  indicatorAreaMeans,
  indicatorBelowShare,
  indicatorHeatmap,
  // /changes
  changeDumbbell,
  changeHistogram,
  changeIndicators,
  changeTransitions,
] as unknown as ChartDefinition<unknown>[];

export const CHART_REGISTRY: ReadonlyMap<string, ChartDefinition<unknown>> = new Map(
  CHARTS.map((c) => [c.id, c]),
);

export function chartIds(): string[] {
  return [...CHART_REGISTRY.keys()];
}
