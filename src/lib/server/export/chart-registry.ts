// Every chart that can be exported, by id: the single list the export endpoint, the deck and the meeting pack read.
// It renders only: each chart is defined once, in its feature folder (src/lib/features/<page>/charts.ts), and listed
// here. The charts still in charts/<page>.ts are wrapped by legacyChart until their page moves (issue 12).
import type { AnyChartDef } from '../../features/chart-view';
import { MAP_CHARTS } from '../../features/map/charts';
import { OVERVIEW_CHARTS } from '../../features/overview/charts';
import { legacyChart, type ChartDefinition } from './chart-definition';
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
import { provinceDistricts, provinceOrgTotals } from './charts/province';

const LEGACY = [
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

// Each feature's charts, in the order of its page.
const FEATURES: AnyChartDef[][] = [OVERVIEW_CHARTS, MAP_CHARTS];

const CHARTS: AnyChartDef[] = [...FEATURES.flat(), ...LEGACY.map((d) => legacyChart(d))];

export const CHART_REGISTRY: ReadonlyMap<string, AnyChartDef> = new Map(
  CHARTS.map((c) => [c.id, c]),
);

export function chartIds(): string[] {
  return [...CHART_REGISTRY.keys()];
}
