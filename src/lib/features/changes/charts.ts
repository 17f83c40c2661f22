// The year-on-year change page's charts (/changes): each organisation's two totals as arrows, the distribution of the
// change, the mean change per indicator and the level transitions. Each is defined once here for the page, its
// exports, decks and notebooks.
import { changeDumbbellSpec } from '../../charts/change-dumbbell';
import { changeHistogramSpec } from '../../charts/change-histogram';
import { changeIndicatorsSpec } from '../../charts/change-indicators';
import { changeTransitionsSpec } from '../../charts/change-transitions';
import { indicatorLabel } from '../../charts/indicator-label';
import type { Direction } from '../../ita/change-direction';
import type { QueryRows } from '../../queries/types';
import { areaParams } from '../../scope';
import { formatCount, formatNumber } from '../../thai/format';
import { defineChart, type AnyChartDef, type ChartView, type ViewContext } from '../chart-view';
import { fileSubject, pageAreaName, sourceLine } from '../view-text';
import {
  ALL_ORGS_LIMIT,
  MOVERS,
  changeParams,
  crossesGrading,
  loadPair,
  pairYears,
  pairedScope,
  signed,
  type ChangePair,
} from './change-pair';

type TransitionRow = QueryRows['change_transitions'];
type IndicatorChangeRow = QueryRows['change_indicators'];

/** What every change chart says the same way: the source (organisations paired), the filters and the file's name. */
function pairFrame(ctx: ViewContext, pair: ChangePair) {
  const { summary } = pair;
  return {
    source: sourceLine(ctx, {
      real: summary.orgs_paired - summary.synthetic_orgs,
      synthetic: summary.synthetic_orgs,
    }),
    filters: { parts: ['area', 'compare'] as const },
    file: { subject: fileSubject(ctx), years: pairYears(pair) },
  };
}

const numberIn = (ctx: ViewContext) => (v: number) => formatNumber(v, ctx.lang);
const directionLabel = (ctx: ViewContext) => (v: unknown) => ctx.t(`chg.dir.${v as Direction}`);

/** Whether the arrows show only the biggest movers: a large scope has too many organisations to draw. */
export const moversOnly = (pair: ChangePair): boolean => pair.summary.orgs_paired > ALL_ORGS_LIMIT;

export const changeDumbbell = defineChart({
  id: 'change-dumbbell',
  fileLabel: (ctx) => ctx.t('export.label.change-dumbbell'),
  async load(ctx) {
    const pair = await loadPair(ctx);
    const rows = await ctx.source.rows('change_orgs', {
      ...changeParams(pairedScope(ctx.scope, pair), pair.summary.threshold),
      movers: moversOnly(pair) ? MOVERS : undefined,
    });
    return { pair, rows };
  },
  view(ctx, { pair, rows }): ChartView {
    const { t, lang, passMark, scope } = ctx;
    const { summary, year, compare } = pair;
    const num = numberIn(ctx);
    const top = rows.find((r) => r.gain_order === 1);
    const bottom = rows.find((r) => r.decline_order === 1);
    const few = !moversOnly(pair);
    return {
      title: few
        ? t('chg.chart.dumbbell.title', { compare, year })
        : t('chg.chart.dumbbell.title_movers', { compare, year }),
      subtitle:
        (few
          ? ''
          : t('chg.chart.dumbbell.movers_note', {
              area: pageAreaName(ctx),
              orgs: formatCount(summary.orgs_paired, lang),
              n: MOVERS,
            }) + ' ') + t('chg.chart.dumbbell.subtitle', { compare, year, mark: passMark }),
      summary:
        top && bottom
          ? t('chg.chart.dumbbell.summary', {
              improving: formatCount(summary.improving, lang),
              stable: formatCount(summary.stable, lang),
              worsening: formatCount(summary.worsening, lang),
              top: top.short_name_th,
              top_change: signed(top.change, num),
              bottom: bottom.short_name_th,
              bottom_change: signed(bottom.change, num),
            })
          : undefined,
      ...pairFrame(ctx, pair),
      columns: [
        { key: 'org_code', label: t('export.col.code'), kind: 'text' },
        { key: 'short_name_th', label: t('chg.col.org'), kind: 'text' },
        { key: 'district_th', label: t('chg.col.district'), kind: 'text' },
        // A province's organisations all share its name: the column only says something for the whole country.
        ...(scope.province
          ? []
          : [{ key: 'province_th', label: t('chg.col.province'), kind: 'text' } as const]),
        { key: 'total_before', label: t('chg.col.total_in', { year: compare }), kind: 'number' },
        { key: 'total_now', label: t('chg.col.total_in', { year }), kind: 'number' },
        {
          key: 'change',
          label: t('chg.col.change'),
          kind: 'number',
          format: (v) => signed(v as number, num),
        },
        { key: 'direction_label', label: t('chg.col.direction'), kind: 'text' },
        { key: 'rank_before', label: `${t('chg.col.rank')} ${compare}`, kind: 'integer' },
        { key: 'rank_now', label: `${t('chg.col.rank')} ${year}`, kind: 'integer' },
      ],
      rows: rows.map((r) => ({ ...r, direction_label: directionLabel(ctx)(r.direction) })),
      spec: (width) =>
        changeDumbbellSpec(rows, {
          t,
          width,
          year,
          compare,
          passMark,
          withProvince: !scope.province,
        }),
    };
  },
});

export const changeHistogram = defineChart({
  id: 'change-histogram',
  fileLabel: (ctx) => ctx.t('export.label.change-histogram'),
  async load(ctx) {
    const pair = await loadPair(ctx);
    const rows = await ctx.source.rows(
      'change_histogram',
      changeParams(pairedScope(ctx.scope, pair), pair.summary.threshold),
    );
    return { pair, rows };
  },
  view(ctx, { pair, rows }): ChartView {
    const { t, lang } = ctx;
    const { summary, year, compare } = pair;
    const num = numberIn(ctx);
    const edge = (v: unknown) => signed(v as number, num);
    return {
      title: t('chg.chart.histogram.title', { compare, year }),
      subtitle: t('chg.chart.histogram.subtitle', {
        width: 2 * summary.threshold,
        t: summary.threshold,
      }),
      summary: t('chg.chart.histogram.summary', {
        median: summary.median_change === null ? '–' : signed(summary.median_change, num),
        mean: summary.mean_change === null ? '–' : signed(summary.mean_change, num),
        improving: formatCount(summary.improving, lang),
        stable: formatCount(summary.stable, lang),
        worsening: formatCount(summary.worsening, lang),
      }),
      ...pairFrame(ctx, pair),
      columns: [
        { key: 'bin_start', label: t('export.col.bin_start'), kind: 'number', format: edge },
        { key: 'bin_end', label: t('export.col.bin_end'), kind: 'number', format: edge },
        { key: 'direction_label', label: t('chg.col.direction'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
      ],
      rows: rows.map((r) => ({ ...r, direction_label: directionLabel(ctx)(r.direction) })),
      spec: (width) => changeHistogramSpec(rows, { t, width, threshold: summary.threshold }),
    };
  },
});

export const changeIndicators = defineChart({
  id: 'change-indicators',
  fileLabel: (ctx) => ctx.t('export.label.change-indicators'),
  async load(ctx) {
    const pair = await loadPair(ctx);
    const rows = await ctx.source.rows(
      'change_indicators',
      changeParams(pairedScope(ctx.scope, pair), pair.summary.threshold),
    );
    return { pair, rows };
  },
  view(ctx, { pair, rows }): ChartView {
    const { t, lang } = ctx;
    const { year, compare } = pair;
    const threshold = pair.summary.threshold;
    const num = numberIn(ctx);
    const name = (r: IndicatorChangeRow) => indicatorLabel(r, lang, false, 60);
    const sorted = [...rows].sort((a, b) => b.mean_change - a.mean_change);
    const best = sorted[0];
    const worst = sorted.at(-1);
    return {
      title: t('chg.chart.indicators.title', { compare, year }),
      subtitle: t('chg.chart.indicators.subtitle', { t: threshold }),
      summary:
        best && worst
          ? t('chg.chart.indicators.summary', {
              best: name(best),
              best_change: signed(best.mean_change, num),
              worst: name(worst),
              worst_change: signed(worst.mean_change, num),
            })
          : undefined,
      ...pairFrame(ctx, pair),
      columns: [
        { key: 'code', label: t('chg.col.indicator'), kind: 'text' },
        { key: 'name', label: t('export.col.indicator_name'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'mean_before', label: `${t('ind.col.mean')} ${compare}`, kind: 'number' },
        { key: 'mean_now', label: `${t('ind.col.mean')} ${year}`, kind: 'number' },
        {
          key: 'mean_change',
          label: t('chg.col.mean_change'),
          kind: 'number',
          format: (v) => signed(v as number, num),
        },
        { key: 'improving', label: t('chg.dir.improving'), kind: 'integer' },
        { key: 'stable', label: t('chg.dir.stable'), kind: 'integer' },
        { key: 'worsening', label: t('chg.dir.worsening'), kind: 'integer' },
      ],
      rows: rows.map((r) => ({ ...r, name: lang === 'th' ? r.name_th : r.name_en })),
      spec: (width) => changeIndicatorsSpec(rows, { t, lang, width, threshold }),
    };
  },
});

export const changeTransitions = defineChart({
  id: 'change-transitions',
  fileLabel: (ctx) => ctx.t('export.label.change-transitions'),
  async load(ctx) {
    const pair = await loadPair(ctx);
    const rows = await ctx.source.rows('change_transitions', {
      fiscal_year: pair.year,
      compare: pair.compare,
      ...areaParams(ctx.scope),
    });
    return { pair, rows };
  },
  view(ctx, { pair, rows }): ChartView {
    const { t, lang } = ctx;
    const { year, compare } = pair;
    const label = (r: TransitionRow, side: 'before' | 'now') =>
      (lang === 'en' ? r[`level_en_${side}`] : r[`level_${side}`]) ?? '–';
    const count = (f: (r: TransitionRow) => boolean) =>
      formatCount(
        rows.filter(f).reduce((n, r) => n + r.orgs, 0),
        lang,
      );
    const top = [...rows].sort((a, b) => b.orgs - a.orgs)[0];
    const largest = top && {
      from: label(top, 'before'),
      to: label(top, 'now'),
      orgs: formatCount(top.orgs, lang),
    };
    return {
      title: t('chg.chart.transitions.title', { compare, year }),
      subtitle: t('chg.chart.transitions.subtitle', { compare, year }),
      // Across the level/rating boundary "up" and "down" mean nothing: only the largest move is said.
      summary: !largest
        ? undefined
        : crossesGrading(pair.summary)
          ? t('chg.chart.transitions.summary_boundary', largest)
          : t('chg.chart.transitions.summary', {
              up: count((r) => (r.rank_now ?? 0) < (r.rank_before ?? 0)),
              same: count((r) => r.rank_now === r.rank_before),
              down: count((r) => (r.rank_now ?? 0) > (r.rank_before ?? 0)),
              ...largest,
            }),
      ...pairFrame(ctx, pair),
      columns: [
        { key: 'level_before', label: `${t('chg.col.from')} (${compare})`, kind: 'text' },
        { key: 'level_now', label: `${t('chg.col.to')} (${year})`, kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
      ],
      rows: rows.map((r) => ({
        ...r,
        level_before: label(r, 'before'),
        level_now: label(r, 'now'),
      })),
      spec: (width) => changeTransitionsSpec(rows, { t, lang, width, year, compare }),
    };
  },
});

/** The arrows chart's data: the movers tables list its rows. */
export type ChangeOrgsData = Awaited<ReturnType<typeof changeDumbbell.load>>;

/** The change page's charts in page order. */
export const CHANGES_CHARTS: AnyChartDef[] = [
  changeDumbbell,
  changeHistogram,
  changeIndicators,
  changeTransitions,
];
