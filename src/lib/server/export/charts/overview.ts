// The overview's charts (/): the distribution of total scores by year and the share passing against the target.
import {
  areaPassRankingSpec,
  meanTargetNote,
  type AreaPassRow,
} from '../../../charts/area-pass-ranking';
import {
  gradeDistributionSpec,
  gradeLabel,
  gradeSummaryText,
} from '../../../charts/grade-distribution';
import { passShareTrendSpec } from '../../../charts/pass-share-trend';
import { nationalSharePoints } from '../../../charts/official-marks';
import { officialSourceLine, withOfficialShare } from '../../../ita/official';
import { totalDistributionSpec } from '../../../charts/total-distribution';
import { areaParams, scopeSearch, typeParam } from '../../../scope';
import { formatCount, formatNumber, formatShare } from '../../../thai/format';
import { yearTargetLine } from '../../../ita/target-text';
import { tableToRows } from '../../queries/query-format';
import type { QueryRows } from '../../../queries/types';
import {
  ExportParamError,
  fileSubject,
  provinceName,
  queryRows,
  type ChartContext,
} from '../chart-context';
import { defineChart } from '../chart-definition';

export type YearSummaryRow = QueryRows['year_summary'];

/** year_summary for the scope's area, as the overview loads it, with the year the page treats as "latest". */
export async function yearSummary(ctx: ChartContext) {
  const summary = tableToRows((await ctx.runner.run('year_summary', areaParams(ctx.scope))).table);
  const latest = summary.find((r) => r.fiscal_year === ctx.scope.year) ?? summary.at(-1);
  const synthetic = summary.reduce((n, r) => n + r.synthetic_orgs, 0);
  const real = summary.reduce((n, r) => n + r.orgs - r.synthetic_orgs, 0);
  return { summary, latest, provenance: { real, synthetic } };
}

const yearSpan = (years: number[]) =>
  years.length ? `${Math.min(...years)}-${Math.max(...years)}` : '';

export const totalDistribution = defineChart({
  id: 'total-distribution',
  fileLabel: (ctx) => ctx.t('export.label.total-distribution'),
  async load(ctx) {
    const { t, lang } = ctx;
    const [histogram, { summary, latest, provenance }] = await Promise.all([
      ctx.runner.run('total_histogram', areaParams(ctx.scope)).then((r) => tableToRows(r.table)),
      yearSummary(ctx),
    ]);
    const years = summary.map((r) => r.fiscal_year);
    return {
      data: histogram,
      rows: histogram,
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'bin_start', label: t('export.col.bin_start'), kind: 'number' },
        { key: 'bin_end', label: t('export.col.bin_end'), kind: 'number' },
        { key: 'source', label: t('col.source'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
      ],
      text: {
        title: t('chart.histogram.title'),
        description: t('chart.histogram.subtitle', { mark: latest?.pass_mark ?? 0 }),
        summary: latest
          ? t('chart.histogram.summary', {
              year: latest.fiscal_year,
              passed: formatCount(latest.passed, lang),
              orgs: formatCount(latest.orgs, lang),
              share: formatShare(latest.pass_share, lang),
              median: formatNumber(latest.median_total, lang),
            })
          : undefined,
      },
      provenance,
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
    const { t, lang } = ctx;
    const [{ summary, latest, provenance }, official] = await Promise.all([
      yearSummary(ctx),
      queryRows(ctx, 'official_national'),
    ]);
    const years = summary.map((r) => r.fiscal_year);
    // As on the page: the official shares of the years the chart shows.
    const shown = official.filter((o) => o.pass_share !== null && years.includes(o.fiscal_year));
    return {
      data: summary,
      rows: withOfficialShare(summary, official),
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
      text: {
        title: t('chart.pass.title'),
        description: latest
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
      },
      provenance,
      filters: { parts: ['area', 'years'], years },
      file: { subject: fileSubject(ctx), years: yearSpan(years) },
      reference: shown.length ? officialSourceLine(shown, t, lang) : undefined,
      spec: (width) =>
        passShareTrendSpec(summary, { t, width, official: nationalSharePoints(shown, t, lang) }),
    };
  },
});

export const gradeDistribution = defineChart({
  id: 'grade-distribution',
  fileLabel: (ctx) => ctx.t('export.label.grade-distribution'),
  async load(ctx) {
    const { t, lang, scope } = ctx;
    const [rows, { summary, provenance }] = await Promise.all([
      queryRows(ctx, 'grade_distribution', areaParams(scope)),
      yearSummary(ctx),
    ]);
    const inYear = rows.filter((r) => r.fiscal_year === (scope.year ?? rows.at(-1)?.fiscal_year));
    const top = [...inYear].sort((a, b) => b.orgs - a.orgs)[0];
    const years = summary.map((r) => r.fiscal_year);
    return {
      data: rows,
      // The page's table leaves out the grades nobody reached.
      rows: rows.filter((r) => r.orgs > 0).map((r) => ({ ...r, label: gradeLabel(r, lang) })),
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'label', label: t('col.grade'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'share', label: t('col.share'), kind: 'share' },
      ],
      text: {
        title: t('chart.grades.title'),
        description: t('chart.grades.subtitle'),
        summary: top ? gradeSummaryText(inYear, t, lang) : undefined,
      },
      provenance,
      filters: { parts: ['area', 'years'], years },
      file: { subject: fileSubject(ctx), years: yearSpan(years) },
      spec: (width) => gradeDistributionSpec(rows, { t, lang, width }),
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
    const { t, lang, scope } = ctx;
    if (scope.year === null) throw new ExportParamError('year', 'There are no scores loaded yet');
    const [rows, { provenance }] = await Promise.all([
      queryRows(ctx, 'area_pass_ranking', {
        fiscal_year: scope.year,
        province: scope.province,
        type: typeParam(scope),
      }),
      yearSummary(ctx),
    ]);
    const low = rows.at(-1);
    const high = rows[0];
    const keep = { ...scope, province: null, district: null };
    const href = (r: AreaPassRow) =>
      scope.province
        ? `/province/${scope.province}${scopeSearch({ ...keep, district: r.area_code })}`
        : `/province/${r.area_code}${scopeSearch(keep)}`;
    return {
      data: rows,
      rows: rows,
      columns: [
        { key: 'area_code', label: t('export.col.code'), kind: 'text' },
        { key: 'area_th', label: t('col.area'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'passed', label: t('col.passed'), kind: 'integer' },
        { key: 'pass_share', label: t('col.pass_share'), kind: 'share' },
        { key: 'mean_total', label: t('col.mean_total'), kind: 'number' },
      ],
      text: {
        title: scope.province
          ? t('chart.ranking.title_districts', {
              province: provinceName(ctx) ?? '',
              year: scope.year,
            })
          : t('chart.ranking.title_provinces', { year: scope.year }),
        description: t('chart.ranking.subtitle', {
          share: formatShare(rows[0]?.target_share ?? 0.8, lang, 0),
        }),
        summary:
          low && high
            ? t('chart.ranking.summary', {
                below: rows.filter((r) => r.pass_share < r.target_share).length,
                areas: rows.length,
                lowest: low.area_th,
                share: formatShare(low.pass_share, lang),
                highest: high.area_th,
                share_high: formatShare(high.pass_share, lang),
              }) + meanTargetNote(rows, t, lang)
            : undefined,
      },
      provenance,
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(scope.year) },
      spec: (width) => areaPassRankingSpec(rows, { t, width, href, highlight: scope.district }),
    };
  },
});
