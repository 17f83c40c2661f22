// The measures page's charts (/measures): completion per round over the years, the status of the year's measures per
// round, and completion by category and by targeted indicator. Each is defined once here for the page, its exports,
// decks and notebooks.
import {
  completionByGroupSpec,
  groupOrder,
  type GroupCompletionRow,
} from '../../charts/completion-by-group';
import { indicatorLabel } from '../../charts/indicator-label';
import { measureCompletionTrendSpec } from '../../charts/measure-completion-trend';
import { latestRound, latestRoundRow, roundName } from '../../charts/measure-rounds';
import { measureStatusBreakdownSpec } from '../../charts/measure-status-breakdown';
import type { QueryRows } from '../../queries/types';
import { areaParams } from '../../scope';
import { formatCount, formatShare } from '../../thai/format';
import {
  ChartParamError,
  defineChart,
  type AnyChartDef,
  type ChartColumn,
  type ChartParam,
  type LoadContext,
  type ViewContext,
} from '../chart-view';
import { fileSubject, yearSpan } from '../view-text';
import { measureSource, measureYear } from './measure-view';
import { categoryName, CATEGORY_IDS } from './category-names';
import { MEASURE_SOURCES, MEASURE_STATUSES, TABLE_ROUNDS } from './measure-filters';

type TrendRow = QueryRows['measure_completion_trend'];

const oneOf = (values: readonly string[]) => new RegExp(`^(${values.join('|')})$`);

/**
 * The page's table filters ride along in its URL (and so in its download links); the charts do not depend on them,
 * but an export must accept every value the page can have.
 */
const TABLE_PARAMS: Record<string, ChartParam> = {
  status: {
    pattern: oneOf(MEASURE_STATUSES),
    expected: `a measure status: ${MEASURE_STATUSES.join(', ')}`,
  },
  round: { pattern: oneOf(TABLE_ROUNDS), expected: TABLE_ROUNDS.join(', ') },
  category: { pattern: oneOf(CATEGORY_IDS), expected: 'a measure category such as complaints' },
  indicator: { pattern: /^(10|[1-9])$/, expected: 'an indicator number 1-10' },
  source: { pattern: oneOf(MEASURE_SOURCES), expected: MEASURE_SOURCES.join(' or ') },
  page: { pattern: /^\d{1,6}$/, expected: 'a page number' },
};

const loadTrend = (ctx: LoadContext) =>
  ctx.source.rows('measure_completion_trend', areaParams(ctx.scope));

/** The trend (for the year and the source line) and the year's rows of one of the per-group queries. */
async function loadYearGroups<
  N extends 'measure_completion_by_category' | 'measure_completion_by_indicator',
>(ctx: LoadContext, name: N) {
  const trend = await loadTrend(ctx);
  const year = measureYear(ctx, trend);
  if (year === null) throw new ChartParamError('year', 'There are no measures loaded yet');
  const groups = await ctx.source.rows(name, {
    ...areaParams(ctx.scope),
    fiscal_year: String(year),
  });
  return { trend, year, groups };
}

const roundColumn = (ctx: ViewContext): ChartColumn => ({
  key: 'round_name',
  label: ctx.t('measures.col.round'),
  kind: 'text',
});
const withRoundName = <R extends { round: string }>(ctx: ViewContext, rows: R[]) =>
  rows.map((r) => ({ ...r, round_name: roundName(r.round, ctx.t) }));

export const measureCompletionTrend = defineChart({
  id: 'measure-completion-trend',
  params: TABLE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.measure-completion-trend'),
  load: async (ctx) => ({ trend: await loadTrend(ctx) }),
  view(ctx, { trend }) {
    const { t, lang } = ctx;
    const year = measureYear(ctx, trend);
    const yearRows = trend.filter((r) => r.fiscal_year === year);
    const share = (round: string) =>
      formatShare(yearRows.find((r) => r.round === round)?.completion_share, lang);
    const years = [...new Set(trend.map((r) => r.fiscal_year))];
    return {
      title: t('measures.chart.trend.title'),
      subtitle: t('measures.chart.trend.subtitle'),
      summary: year
        ? t('measures.chart.trend.summary', { year, share6: share('6m'), share12: share('12m') })
        : undefined,
      source: measureSource(ctx, trend),
      empty: t('measures.empty'),
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        roundColumn(ctx),
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'measures', label: t('measures.col.measures'), kind: 'integer' },
        { key: 'completed', label: t('measures.col.completed'), kind: 'integer' },
        { key: 'not_possible', label: t('measures.col.not_possible'), kind: 'integer' },
        { key: 'unknown', label: t('measures.col.unknown'), kind: 'integer' },
        { key: 'completion_share', label: t('measures.col.share'), kind: 'share' },
      ],
      rows: withRoundName(ctx, trend),
      filters: { parts: ['area', 'years'], years },
      file: { subject: fileSubject(ctx), years: yearSpan(years) },
      spec: (width) => measureCompletionTrendSpec(trend, { t, width }),
    };
  },
});

export const measureStatusBreakdown = defineChart({
  id: 'measure-status-breakdown',
  params: TABLE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.measure-status-breakdown'),
  load: async (ctx) => ({ trend: await loadTrend(ctx) }),
  view(ctx, { trend }) {
    const { t, lang } = ctx;
    const year = measureYear(ctx, trend);
    const rows = trend.filter((r) => r.fiscal_year === year);
    // The summary speaks of the year's latest stated round, the one a reader asks about first.
    const latest = latestRoundRow(rows);
    const count = (n: number) => formatCount(n, lang);
    return {
      title: t('measures.chart.status.title', { year: year ?? '' }),
      subtitle: t('measures.chart.status.subtitle'),
      summary: latest
        ? t('measures.chart.status.summary', {
            year: latest.fiscal_year,
            round: roundName(latest.round, t),
            completed: count(latest.completed),
            not_possible: count(latest.not_possible),
            measures: count(latest.measures),
          })
        : undefined,
      source: measureSource(ctx, rows),
      empty: t('measures.empty'),
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        roundColumn(ctx),
        { key: 'measures', label: t('measures.col.measures'), kind: 'integer' },
        { key: 'completed', label: t('measures.col.completed'), kind: 'integer' },
        { key: 'in_progress', label: t('measures.col.in_progress'), kind: 'integer' },
        { key: 'not_started', label: t('measures.col.not_started'), kind: 'integer' },
        { key: 'not_possible', label: t('measures.col.not_possible'), kind: 'integer' },
        { key: 'unknown', label: t('measures.col.unknown'), kind: 'integer' },
      ],
      rows: withRoundName(ctx, rows),
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(year ?? '') },
      spec: (width) => measureStatusBreakdownSpec(rows, { t, width }),
    };
  },
});

/**
 * The lowest and highest group in the latest stated round (latestRound), as the summaries read them. Only groups
 * reported in that round take part: a category seen only at 6 months says nothing about the 12-month round.
 */
export function extremes(rows: GroupCompletionRow[]) {
  const latest = latestRound(rows);
  const inLatest = groupOrder(rows)
    .map((g) =>
      rows.find((r) => r.group === g && r.round === latest && r.completion_share !== null),
    )
    .filter((r) => r !== undefined);
  return { latest, low: inLatest[0], high: inLatest.at(-1) };
}

/** What the category and indicator charts share: the year's source line, the table and the picture. */
function groupView(
  ctx: ViewContext,
  { trend, year, rows }: { trend: TrendRow[]; year: number; rows: GroupCompletionRow[] },
  groupTitle: string,
) {
  const { t } = ctx;
  return {
    source: measureSource(
      ctx,
      trend.filter((r) => r.fiscal_year === year),
    ),
    empty: t('measures.empty'),
    columns: [
      { key: 'group', label: t('export.col.code'), kind: 'text' },
      { key: 'label', label: groupTitle, kind: 'text' },
      roundColumn(ctx),
      { key: 'measures', label: t('measures.col.measures'), kind: 'integer' },
      { key: 'completed', label: t('measures.col.completed'), kind: 'integer' },
      { key: 'completion_share', label: t('measures.col.share'), kind: 'share' },
    ] satisfies ChartColumn[],
    rows: withRoundName(ctx, rows),
    filters: { parts: ['area', 'year'] as const },
    file: { subject: fileSubject(ctx), years: String(year) },
    spec: (width: number) => completionByGroupSpec(rows, { t, width, groupTitle }),
  };
}

export const completionByCategory = defineChart({
  id: 'completion-by-category',
  params: TABLE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.completion-by-category'),
  load: (ctx) => loadYearGroups(ctx, 'measure_completion_by_category'),
  view(ctx, { trend, year, groups }) {
    const { t, lang } = ctx;
    const rows: GroupCompletionRow[] = groups.map((r) => ({
      ...r,
      group: r.category,
      label: categoryName(r.category, lang),
    }));
    const { latest, low, high } = extremes(rows);
    const common = groupView(ctx, { trend, year, rows }, t('measures.col.category'));
    return {
      ...common,
      title: t('measures.chart.category.title', { year }),
      subtitle: t('measures.chart.category.subtitle'),
      summary:
        low && high
          ? t('measures.chart.category.summary', {
              round: roundName(latest, t),
              lowest: low.label,
              share: formatShare(low.completion_share, lang),
              highest: high.label,
              share_high: formatShare(high.completion_share, lang),
            })
          : undefined,
    };
  },
});

export const completionByIndicator = defineChart({
  id: 'completion-by-indicator',
  params: TABLE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.completion-by-indicator'),
  load: (ctx) => loadYearGroups(ctx, 'measure_completion_by_indicator'),
  view(ctx, { trend, year, groups }) {
    const { t, lang } = ctx;
    const rows: GroupCompletionRow[] = groups.map((r) => ({
      ...r,
      group: r.indicator,
      label: indicatorLabel({ code: r.indicator, name_th: r.name_th, name_en: r.name_en }, lang),
    }));
    const { latest, low } = extremes(rows);
    const common = groupView(ctx, { trend, year, rows }, t('measures.col.indicator'));
    return {
      ...common,
      title: t('measures.chart.indicator.title', { year }),
      subtitle: t('measures.chart.indicator.subtitle'),
      summary: low
        ? t('measures.chart.indicator.summary', {
            round: roundName(latest, t),
            lowest: low.label,
            share: formatShare(low.completion_share, lang),
          })
        : undefined,
    };
  },
});

/** The measures page's charts in page order. */
export const MEASURES_CHARTS: AnyChartDef[] = [
  measureCompletionTrend,
  measureStatusBreakdown,
  completionByCategory,
  completionByIndicator,
];
