// Every chart that can be exported, by id: the single list the export endpoint, the deck and the meeting pack read.
// To add a chart: write its definition next to its page's others in charts/<page>.ts (rows from named queries, the
// same spec function and i18n keys the page uses), add it below, pass chart="<id>" to its ChartFrame, and add a case
// to chart-registry.test.ts.
import type { ChartDefinition } from './chart-definition';
import { passShareTrend, totalDistribution } from './charts/overview';

const CHARTS: ChartDefinition<never>[] = [
  totalDistribution,
  passShareTrend,
] as ChartDefinition<never>[];

export const CHART_REGISTRY: ReadonlyMap<string, ChartDefinition<unknown>> = new Map(
  CHARTS.map((c) => [c.id, c as ChartDefinition<unknown>]),
);

export function chartIds(): string[] {
  return [...CHART_REGISTRY.keys()];
}
