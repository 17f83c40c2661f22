// The province page's charts (/province/<code>): every organisation's total against the pass mark, and the share
// passing by district. Each is defined once here for the page, its exports, the meeting pack, decks and notebooks.
import { areaPassRankingSpec, meanTargetNote } from '../../charts/area-pass-ranking';
import { areaOfficialRules } from '../../charts/official-marks';
import { provinceOrgTotalsSpec } from '../../charts/province-org-totals';
import { areaOfficialSources, officialSourceLine } from '../../ita/official';
import { typeParam } from '../../scope';
import { formatCount, formatNumber, formatShare } from '../../thai/format';
import {
  defineChart,
  type AnyChartDef,
  type ChartColumn,
  type ChartParam,
  type ViewContext,
} from '../chart-view';
import { fileSubject, sourceLine } from '../view-text';
import {
  orgProvenance,
  provinceOfficial,
  provinceOrgs,
  provinceSource,
  provinceView,
} from './province-data';

/** The province table's sort rides along in the page's URL (and so in its download links); no chart depends on it. */
const PAGE_PARAMS: Record<string, ChartParam> = {
  sort: { pattern: /^-?[a-z_]{1,30}$/, expected: 'a column of the province table' },
};

/** The year's national target share, for a view whose ranking is empty. */
const targetShare = (ctx: ViewContext, year: number) =>
  ctx.frameworks.find((f) => f.fiscal_year === year)?.target_share ?? null;

export const provinceOrgTotals = defineChart({
  id: 'province-org-totals',
  params: PAGE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.province-org-totals'),
  async load(ctx) {
    const { year, compare } = provinceView(ctx);
    const [orgs, official] = await Promise.all([provinceOrgs(ctx), provinceOfficial(ctx)]);
    return { year, compare, orgs, official };
  },
  view(ctx, { year, compare, orgs, official }) {
    const { t, lang, passMark } = ctx;
    const published = areaOfficialSources(official);
    const byTotal = [...orgs].sort((a, b) => a.total - b.total);
    const lowest = byTotal[0];
    const highest = byTotal.at(-1);
    const columns: ChartColumn[] = [
      { key: 'org_code', label: t('export.col.code'), kind: 'text' },
      { key: 'short_name_th', label: t('province.col.org'), kind: 'text' },
      { key: 'district_th', label: t('province.col.district'), kind: 'text' },
      { key: 'total', label: t('province.col.total'), kind: 'number' },
      ...(compare === null
        ? []
        : [
            {
              key: 'compare_total',
              label: `${t('province.col.total')} ${compare}`,
              kind: 'number',
            } as const,
          ]),
      {
        key: 'passed',
        label: t('export.col.passed_flag'),
        kind: 'boolean',
        format: (v) => (v ? t('province.pass') : t('province.fail')),
      },
    ];
    return {
      title: t('province.chart.totals.title'),
      subtitle: compare
        ? t('province.chart.totals.subtitle', { mark: passMark, compare })
        : t('province.chart.totals.subtitle_nocompare', { mark: passMark }),
      summary:
        lowest && highest
          ? t('province.chart.totals.summary', {
              passed: formatCount(orgs.filter((r) => r.passed).length, lang),
              orgs: formatCount(orgs.length, lang),
              lowest: formatNumber(lowest.total, lang),
              lowest_name: lowest.short_name_th,
              highest: formatNumber(highest.total, lang),
              highest_name: highest.short_name_th,
            })
          : undefined,
      source: provinceSource(ctx, orgs),
      reference: published.length ? officialSourceLine(published, t, lang) : undefined,
      filters: { parts: compare ? ['area', 'compare'] : ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: compare ? `${compare}-${year}` : String(year) },
      columns,
      rows: orgs,
      spec: (width) =>
        provinceOrgTotalsSpec(orgs, {
          t,
          width,
          passMark,
          compareYear: compare,
          href: (r) => `/org/${r.org_code}`,
          official: areaOfficialRules(official, t, lang),
        }),
    };
  },
});

export const provinceDistricts = defineChart({
  id: 'province-districts',
  params: PAGE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.province-districts'),
  async load(ctx) {
    const { province, year } = provinceView(ctx);
    // Every district of the province, also when the view picks one (the chart outlines it).
    const [ranking, orgs] = await Promise.all([
      ctx.source.rows('area_pass_ranking', {
        province,
        fiscal_year: year,
        type: typeParam(ctx.scope),
      }),
      provinceOrgs(ctx),
    ]);
    // The page's source line, shared by both charts, counts the organisations of its table.
    return { year, ranking, provenance: orgProvenance(orgs) };
  },
  view(ctx, { year, ranking, provenance }) {
    const { t, lang, scope } = ctx;
    const lowest = ranking.at(-1);
    return {
      title: t('province.chart.districts.title'),
      subtitle: t('province.chart.districts.subtitle', {
        share: formatShare(ranking[0]?.target_share ?? targetShare(ctx, year), lang, 0),
      }),
      summary: lowest
        ? t('province.chart.districts.summary', {
            lowest: lowest.area_th,
            share: formatShare(lowest.pass_share, lang),
            below: ranking.filter((r) => r.pass_share < r.target_share).length,
            districts: ranking.length,
          }) + meanTargetNote(ranking, t, lang)
        : undefined,
      source: sourceLine(ctx, provenance),
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(year) },
      columns: [
        { key: 'area_code', label: t('export.col.code'), kind: 'text' },
        { key: 'area_th', label: t('province.col.district'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'passed', label: t('col.passed'), kind: 'integer' },
        { key: 'pass_share', label: t('col.pass_share'), kind: 'share' },
        { key: 'mean_total', label: t('col.mean_total'), kind: 'number' },
      ],
      rows: ranking,
      spec: (width) =>
        areaPassRankingSpec(ranking, { t, width, href: null, highlight: scope.district }),
    };
  },
});

/** The province page's charts in page order. */
export const PROVINCE_CHARTS: AnyChartDef[] = [provinceOrgTotals, provinceDistricts];
