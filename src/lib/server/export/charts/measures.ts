// The measures page's charts (/measures): completion per round over the years, and by category and by targeted
// indicator for the year. Texts and queries as in src/routes/measures/+page.svelte and CompletionBreakdown.svelte.
import {
  completionByGroupSpec,
  groupOrder,
  type GroupCompletionRow,
} from '../../../charts/completion-by-group';
import { indicatorLabel } from '../../../charts/indicator-label';
import { measureCompletionTrendSpec } from '../../../charts/measure-completion-trend';
import { roundsIn } from '../../../charts/measure-rounds';
import { categoryName } from '../../../components/measures/category-names';
import type { MessageKey } from '../../../i18n/messages';
import { areaParams } from '../../../scope';
import { formatCount, formatShare } from '../../../thai/format';
import { fileSubject, queryRows, type ChartContext } from '../chart-context';
import { defineChart, type ChartParam, type ExportColumn } from '../chart-definition';

/** The page's table filters ride along in its URL; the charts do not depend on them. */
const TABLE_PARAMS: Record<string, ChartParam> = {
  status: { pattern: /^[a-z_]+$/, expected: 'a measure status such as completed' },
  round: { pattern: /^(3m|6m|9m|12m)$/, expected: '3m, 6m, 9m or 12m' },
  category: { pattern: /^[a-z_]+$/, expected: 'a measure category such as complaints' },
  indicator: { pattern: /^(10|[1-9])$/, expected: 'an indicator number 1-10' },
  page: { pattern: /^\d{1,6}$/, expected: 'a page number' },
};

const roundName = (ctx: ChartContext, r: string | undefined) =>
  ctx.t(`measures.round.${r ?? 'unknown'}` as MessageKey);

/** The trend rows the page loads first, the year it shows, and its source line (measures, not organisations). */
async function measuresPage(ctx: ChartContext) {
  const { t, lang } = ctx;
  const trend = await queryRows(ctx, 'measure_completion_trend', areaParams(ctx.scope));
  const year = ctx.scope.year ?? trend.at(-1)?.fiscal_year ?? 0;
  const yearRows = trend.filter((r) => r.fiscal_year === year);
  const synthetic = yearRows.reduce((n, r) => Math.max(n, r.synthetic_measures), 0);
  const real = yearRows.reduce((n, r) => Math.max(n, r.real_measures), 0);
  const line =
    real === 0
      ? t('measures.source.synthetic')
      : synthetic === 0
        ? t('measures.source.real')
        : t('measures.source.mixed', {
            real: formatCount(real, lang),
            synthetic: formatCount(synthetic, lang),
          });
  return { trend, year, yearRows, source: { line, synthetic: synthetic > 0 } };
}

const NO_PROVENANCE = { real: 0, synthetic: 0 };

export const measureCompletionTrend = defineChart({
  id: 'measure-completion-trend',
  params: TABLE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.measure-completion-trend'),
  async load(ctx) {
    const { t, lang } = ctx;
    const { trend, year, yearRows } = await measuresPage(ctx);
    const anySynthetic = trend.some((r) => r.synthetic_measures > 0);
    const share = (round: string) =>
      formatShare(yearRows.find((r) => r.round === round)?.completion_share, lang);
    const years = [...new Set(trend.map((r) => r.fiscal_year))];
    return {
      data: trend,
      rows: trend.map((r) => ({ ...r, round_name: roundName(ctx, r.round) })),
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'round_name', label: t('measures.col.round'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'measures', label: t('measures.col.measures'), kind: 'integer' },
        { key: 'completed', label: t('measures.col.completed'), kind: 'integer' },
        { key: 'unknown', label: t('measures.col.unknown'), kind: 'integer' },
        { key: 'completion_share', label: t('measures.col.share'), kind: 'share' },
      ],
      text: {
        title: t('measures.chart.trend.title'),
        description: t('measures.chart.trend.subtitle'),
        summary: t('measures.chart.trend.summary', {
          year,
          share6: share('6m'),
          share12: share('12m'),
        }),
      },
      provenance: NO_PROVENANCE,
      source: {
        line: anySynthetic ? t('measures.source.synthetic') : t('measures.source.real'),
        synthetic: anySynthetic,
      },
      filters: { parts: ['area', 'years'], years },
      file: {
        subject: fileSubject(ctx),
        years: years.length ? `${Math.min(...years)}-${Math.max(...years)}` : '',
      },
      spec: (width) => measureCompletionTrendSpec(trend, { t, width }),
    };
  },
});

/** Lowest and highest group in the latest round, as the page's summaries read them. */
function extremes(rows: GroupCompletionRow[]) {
  const latest = roundsIn(rows).at(-1);
  const order = groupOrder(rows);
  const at = (g: string | undefined) => rows.find((r) => r.group === g && r.round === latest);
  return { latest, low: at(order[0]), high: at(order.at(-1)) };
}

function groupColumns(ctx: ChartContext, groupTitle: string): ExportColumn[] {
  const { t } = ctx;
  return [
    { key: 'group', label: t('export.col.code'), kind: 'text' },
    { key: 'label', label: groupTitle, kind: 'text' },
    { key: 'round_name', label: t('measures.col.round'), kind: 'text' },
    { key: 'measures', label: t('measures.col.measures'), kind: 'integer' },
    { key: 'completed', label: t('measures.col.completed'), kind: 'integer' },
    { key: 'completion_share', label: t('measures.col.share'), kind: 'share' },
  ];
}

export const completionByCategory = defineChart({
  id: 'completion-by-category',
  params: TABLE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.completion-by-category'),
  async load(ctx) {
    const { t, lang } = ctx;
    const { year, source } = await measuresPage(ctx);
    const rows: GroupCompletionRow[] = (
      await queryRows(ctx, 'measure_completion_by_category', {
        ...areaParams(ctx.scope),
        fiscal_year: year,
      })
    ).map((r) => ({ ...r, group: r.category, label: categoryName(r.category, lang) }));
    const { latest, low, high } = extremes(rows);
    const groupTitle = t('measures.col.category');
    return {
      data: rows,
      rows: rows.map((r) => ({ ...r, round_name: roundName(ctx, r.round) })),
      columns: groupColumns(ctx, groupTitle),
      text: {
        title: t('measures.chart.category.title', { year }),
        description: t('measures.chart.category.subtitle'),
        summary:
          low && high
            ? t('measures.chart.category.summary', {
                round: roundName(ctx, latest),
                lowest: low.label,
                share: formatShare(low.completion_share, lang),
                highest: high.label,
                share_high: formatShare(high.completion_share, lang),
              })
            : undefined,
      },
      provenance: NO_PROVENANCE,
      source,
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(year) },
      spec: (width) => completionByGroupSpec(rows, { t, width, groupTitle }),
    };
  },
});

export const completionByIndicator = defineChart({
  id: 'completion-by-indicator',
  params: TABLE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.completion-by-indicator'),
  async load(ctx) {
    const { t, lang } = ctx;
    const { year, source } = await measuresPage(ctx);
    const rows: GroupCompletionRow[] = (
      await queryRows(ctx, 'measure_completion_by_indicator', {
        ...areaParams(ctx.scope),
        fiscal_year: year,
      })
    ).map((r) => ({
      ...r,
      group: r.indicator,
      label: indicatorLabel({ code: r.indicator, name_th: r.name_th, name_en: r.name_en }, lang),
    }));
    const { latest, low } = extremes(rows);
    const groupTitle = t('measures.col.indicator');
    return {
      data: rows,
      rows: rows.map((r) => ({ ...r, round_name: roundName(ctx, r.round) })),
      columns: groupColumns(ctx, groupTitle),
      text: {
        title: t('measures.chart.indicator.title', { year }),
        description: t('measures.chart.indicator.subtitle'),
        summary: low
          ? t('measures.chart.indicator.summary', {
              round: roundName(ctx, latest),
              lowest: low.label,
              share: formatShare(low.completion_share, lang),
            })
          : undefined,
      },
      provenance: NO_PROVENANCE,
      source,
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(year) },
      spec: (width) => completionByGroupSpec(rows, { t, width, groupTitle }),
    };
  },
});
