// The overview's charts (/): total scores by year, the share passing against the target, levels or ratings, and the
// areas ranked by share passing. Each is defined once here for the page, its exports, decks and notebooks.
import {
  areaPassRankingSpec,
  meanTargetNote,
  type AreaPassRow,
} from '../../charts/area-pass-ranking';
import {
  gradeDistributionSpec,
  gradeLabel,
  gradeSummaryText,
} from '../../charts/grade-distribution';
import { nationalSharePoints } from '../../charts/official-marks';
import { passShareTrendSpec } from '../../charts/pass-share-trend';
import { totalDistributionSpec } from '../../charts/total-distribution';
import { officialSourceLine, withOfficialShare } from '../../ita/official';
import { yearTargetLine } from '../../ita/target-text';
import type { QueryRows } from '../../queries/types';
import { areaParams, scopeSearch, typeParam } from '../../scope';
import { formatCount, formatNumber, formatShare } from '../../thai/format';
import {
  ChartParamError,
  defineChart,
  type AnyChartDef,
  type LoadContext,
  type ViewContext,
} from '../chart-view';
import { fileSubject, provinceName, sourceLine, yearSpan } from '../view-text';

type YearSummaryRow = QueryRows['year_summary'];

/** year_summary for the scope's area: the years drawn, the year the page treats as "latest", and the provenance. */
function loadSummary(ctx: LoadContext): Promise<YearSummaryRow[]> {
  return ctx.source.rows('year_summary', areaParams(ctx.scope));
}

function summaryFacts(ctx: ViewContext, summary: YearSummaryRow[]) {
  const latest = summary.find((r) => r.fiscal_year === ctx.scope.year) ?? summary.at(-1);
  const synthetic = summary.reduce((n, r) => n + r.synthetic_orgs, 0);
  const real = summary.reduce((n, r) => n + r.orgs - r.synthetic_orgs, 0);
  const years = summary.map((r) => r.fiscal_year);
  return { latest, years, source: sourceLine(ctx, { real, synthetic }) };
}

export const totalDistribution = defineChart({
  id: 'total-distribution',
  fileLabel: (ctx) => ctx.t('export.label.total-distribution'),
  async load(ctx) {
    const [histogram, summary] = await Promise.all([
      ctx.source.rows('total_histogram', areaParams(ctx.scope)),
      loadSummary(ctx),
    ]);
    return { histogram, summary };
  },
  view(ctx, { histogram, summary }) {
    const { t, lang } = ctx;
    const { latest, years, source } = summaryFacts(ctx, summary);
    return {
      title: t('chart.histogram.title'),
      subtitle: t('chart.histogram.subtitle', { mark: latest?.pass_mark ?? ctx.passMark }),
      summary: latest
        ? t('chart.histogram.summary', {
            year: latest.fiscal_year,
            passed: formatCount(latest.passed, lang),
            orgs: formatCount(latest.orgs, lang),
            share: formatShare(latest.pass_share, lang),
            median: formatNumber(latest.median_total, lang),
          })
        : undefined,
      source,
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'bin_start', label: t('export.col.bin_start'), kind: 'number' },
        { key: 'bin_end', label: t('export.col.bin_end'), kind: 'number' },
        {
          key: 'source',
          label: t('col.source'),
          kind: 'text',
          format: (v) => (v === 'real' ? t('chart.legend.real') : t('chart.legend.synthetic')),
        },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
      ],
      rows: histogram,
      filters: { parts: ['area', 'years'], years },
      file: { subject: fileSubject(ctx), years: yearSpan(years) },
      spec: (width) => totalDistributionSpec(histogram, { t, width, passMarks: summary }),
    };
  },
});

export const passShareTrend = defineChart({
  id: 'pass-share-trend',
  fileLabel: (ctx) => ctx.t('export.label.pass-share-trend'),
  async load(ctx) {
    const [summary, official] = await Promise.all([
      loadSummary(ctx),
      ctx.source.rows('official_national'),
    ]);
    return { summary, official };
  },
  view(ctx, { summary, official }) {
    const { t, lang } = ctx;
    const { latest, years, source } = summaryFacts(ctx, summary);
    // The official shares of the years the chart shows.
    const shown = official.filter((o) => o.pass_share !== null && years.includes(o.fiscal_year));
    return {
      title: t('chart.pass.title'),
      subtitle: latest
        ? t('chart.pass.subtitle', {
            year: latest.fiscal_year,
            mark: latest.pass_mark,
            share: formatShare(latest.target_share, lang, 0),
          })
        : undefined,
      summary: latest
        ? t('chart.pass.summary', {
            year: latest.fiscal_year,
            share: formatShare(latest.pass_share, lang),
            target: yearTargetLine(latest, t, lang),
          })
        : undefined,
      source,
      reference: shown.length ? officialSourceLine(shown, t, lang) : undefined,
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'mean_total', label: t('col.mean_total'), kind: 'number' },
        { key: 'median_total', label: t('col.median_total'), kind: 'number' },
        { key: 'passed', label: t('export.col.passed'), kind: 'integer' },
        { key: 'pass_share', label: t('col.pass_share'), kind: 'share' },
        { key: 'target_share', label: t('export.col.target_share'), kind: 'share' },
        { key: 'target_mean', label: t('export.col.target_mean'), kind: 'number' },
        { key: 'official_pass_share', label: t('official.col.share'), kind: 'share' },
      ],
      rows: withOfficialShare(summary, official),
      filters: { parts: ['area', 'years'], years },
      file: { subject: fileSubject(ctx), years: yearSpan(years) },
      spec: (width) =>
        passShareTrendSpec(summary, { t, width, official: nationalSharePoints(shown, t, lang) }),
    };
  },
});

export const gradeDistribution = defineChart({
  id: 'grade-distribution',
  fileLabel: (ctx) => ctx.t('export.label.grade-distribution'),
  async load(ctx) {
    const [grades, summary] = await Promise.all([
      ctx.source.rows('grade_distribution', areaParams(ctx.scope)),
      loadSummary(ctx),
    ]);
    return { grades, summary };
  },
  view(ctx, { grades, summary }) {
    const { t, lang, scope } = ctx;
    const { years, source } = summaryFacts(ctx, summary);
    const inYear = grades.filter(
      (r) => r.fiscal_year === (scope.year ?? grades.at(-1)?.fiscal_year),
    );
    return {
      title: t('chart.grades.title'),
      subtitle: t('chart.grades.subtitle'),
      summary: inYear.some((r) => r.orgs > 0) ? gradeSummaryText(inYear, t, lang) : undefined,
      source,
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'label', label: t('col.grade'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'share', label: t('col.share'), kind: 'share' },
      ],
      // The table leaves out the grades nobody reached.
      rows: grades.filter((r) => r.orgs > 0).map((r) => ({ ...r, label: gradeLabel(r, lang) })),
      filters: { parts: ['area', 'years'], years },
      file: { subject: fileSubject(ctx), years: yearSpan(years) },
      spec: (width) => gradeDistributionSpec(grades, { t, lang, width }),
    };
  },
});

export const areaPassRanking = defineChart({
  id: 'area-pass-ranking',
  fileLabel: (ctx) =>
    ctx.t(
      ctx.scope.province
        ? 'export.label.area-pass-ranking.districts'
        : 'export.label.area-pass-ranking.provinces',
    ),
  async load(ctx) {
    const { scope } = ctx;
    if (scope.year === null) throw new ChartParamError('year', 'There are no scores loaded yet');
    const [areas, summary] = await Promise.all([
      ctx.source.rows('area_pass_ranking', {
        fiscal_year: String(scope.year),
        province: scope.province ?? undefined,
        type: typeParam(scope),
      }),
      loadSummary(ctx),
    ]);
    return { areas, summary };
  },
  view(ctx, { areas, summary }) {
    const { t, lang, scope } = ctx;
    const { source } = summaryFacts(ctx, summary);
    const low = areas.at(-1);
    const high = areas[0];
    const keep = { ...scope, province: null, district: null };
    // The province page, keeping the year and type; for a district, the province page filtered to it.
    const href = (r: AreaPassRow) =>
      scope.province
        ? `/province/${scope.province}${scopeSearch({ ...keep, district: r.area_code })}`
        : `/province/${r.area_code}${scopeSearch(keep)}`;
    return {
      title: scope.province
        ? t('chart.ranking.title_districts', {
            province: provinceName(ctx) ?? '',
            year: scope.year ?? '',
          })
        : t('chart.ranking.title_provinces', { year: scope.year ?? '' }),
      subtitle: t('chart.ranking.subtitle', {
        share: formatShare(areas[0]?.target_share ?? summary.at(-1)?.target_share ?? null, lang, 0),
      }),
      summary:
        low && high
          ? t('chart.ranking.summary', {
              below: areas.filter((r) => r.pass_share < r.target_share).length,
              areas: areas.length,
              lowest: low.area_th,
              share: formatShare(low.pass_share, lang),
              highest: high.area_th,
              share_high: formatShare(high.pass_share, lang),
            }) + meanTargetNote(areas, t, lang)
          : undefined,
      source,
      columns: [
        { key: 'area_code', label: t('export.col.code'), kind: 'text' },
        { key: 'area_th', label: t('col.area'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'passed', label: t('col.passed'), kind: 'integer' },
        { key: 'pass_share', label: t('col.pass_share'), kind: 'share' },
        { key: 'mean_total', label: t('col.mean_total'), kind: 'number' },
      ],
      rows: areas,
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(scope.year ?? '') },
      spec: (width) => areaPassRankingSpec(areas, { t, width, href, highlight: scope.district }),
    };
  },
});

/** The overview's charts in page order. */
export const OVERVIEW_CHARTS: AnyChartDef[] = [
  totalDistribution,
  passShareTrend,
  gradeDistribution,
  areaPassRanking,
];
