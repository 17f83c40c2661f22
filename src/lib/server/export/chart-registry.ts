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
import { compareCompletion, compareIndicatorProfile, compareTotalTrend } from './charts/compare';
import { indicatorAreaMeans, indicatorBelowShare, indicatorHeatmap } from './charts/indicators';
import {
  completionByCategory,
  completionByIndicator,
  measureCompletionTrend,
} from './charts/measures';
import { orgCompletion, orgIndicatorBenchmark, orgTotalTrend } from './charts/org';
import {
  areaPassRanking,
  gradeDistribution,
  passShareTrend,
  totalDistribution,
} from './charts/overview';
import { provinceDistricts, provinceOrgTotals } from './charts/province';

const CHARTS = [
  // /
  totalDistribution,
  passShareTrend,
  gradeDistribution,
  areaPassRanking,
  // /province/<code>
  provinceOrgTotals,
  provinceDistricts,
  // /indicators
  indicatorAreaMeans,
  indicatorBelowShare,
  indicatorHeatmap,
  // /changes
  changeDumbbell,
  changeHistogram,
  changeIndicators,
  changeTransitions,
  // /measures
  measureCompletionTrend,
  completionByCategory,
  completionByIndicator,
  // /org/<code>
  orgTotalTrend,
  orgIndicatorBenchmark,
  orgCompletion,
  // /compare
  compareIndicatorProfile,
  compareTotalTrend,
  compareCompletion,
] as unknown as ChartDefinition<unknown>[];

export const CHART_REGISTRY: ReadonlyMap<string, ChartDefinition<unknown>> = new Map(
  CHARTS.map((c) => [c.id, c]),
);

export function chartIds(): string[] {
  return [...CHART_REGISTRY.keys()];
}
