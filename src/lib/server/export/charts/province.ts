// The province page's charts (/province/<code>): every organisation's total against the pass mark, and the share
// passing by district. Texts and queries as in src/lib/components/province/ProvinceCharts.svelte.
import { areaPassRankingSpec, meanTargetNote } from '../../../charts/area-pass-ranking';
import { provinceOrgTotalsSpec } from '../../../charts/province-org-totals';
import { areaOfficialRules } from '../../../charts/official-marks';
import { areaOfficialSources, officialSourceLine } from '../../../ita/official';
import { LOWEST_COUNT } from '../../../ita/weak';
import { typeParam } from '../../../scope';
import { formatCount, formatNumber, formatShare } from '../../../thai/format';
import { ExportParamError, fileSubject, queryRows, type ChartContext } from '../chart-context';
import { defineChart, type ChartParam } from '../chart-definition';

/** The province table's sort rides along in the page's URL; the charts do not depend on it. */
const PAGE_PARAMS: Record<string, ChartParam> = {
  sort: { pattern: /^-?[a-z_]{1,30}$/, expected: 'a column of the province table' },
};

/** The province and year the page is about; without a province these charts have no subject. */
function provinceView(ctx: ChartContext) {
  const { scope } = ctx;
  if (!scope.province)
    throw new ExportParamError('province', "A province chart needs 'province', e.g. province=94");
  if (scope.year === null) throw new ExportParamError('year', 'There are no scores loaded yet');
  const compare = scope.compare === null || scope.compare === scope.year ? null : scope.compare;
  return { province: scope.province, year: scope.year, compare };
}

/** province_orgs as the page loads it: its rows are the table, the totals chart and the page's source line. */
async function provinceOrgs(ctx: ChartContext) {
  const { scope } = ctx;
  const view = provinceView(ctx);
  const orgs = await queryRows(ctx, 'province_orgs', {
    province: view.province,
    fiscal_year: view.year,
    compare_year: view.compare,
    district: scope.district,
    type: typeParam(scope),
    weak: scope.weak,
    peer: scope.peer,
    lowest_n: LOWEST_COUNT,
  });
  const synthetic = orgs.filter((r) => r.source === 'synthetic').length;
  return { ...view, orgs, provenance: { real: orgs.length - synthetic, synthetic } };
}

export const provinceOrgTotals = defineChart({
  id: 'province-org-totals',
  params: PAGE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.province-org-totals'),
  async load(ctx) {
    const { t, lang, passMark } = ctx;
    const { year, compare, orgs, provenance } = await provinceOrgs(ctx);
    // As on the page: the official mean of each type in the area that year, where published.
    const official = await queryRows(ctx, 'official_area_by_type', {
      province: ctx.scope.province,
      district: ctx.scope.district,
      fiscal_year: year,
      type: typeParam(ctx.scope),
    });
    const published = areaOfficialSources(official);
    const byTotal = [...orgs].sort((a, b) => a.total - b.total);
    return {
      data: orgs,
      rows: orgs,
      columns: [
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
        { key: 'passed', label: t('export.col.passed_flag'), kind: 'boolean' },
      ],
      text: {
        title: t('province.chart.totals.title'),
        description: compare
          ? t('province.chart.totals.subtitle', { mark: passMark, compare })
          : t('province.chart.totals.subtitle_nocompare', { mark: passMark }),
        summary: byTotal.length
          ? t('province.chart.totals.summary', {
              passed: formatCount(orgs.filter((r) => r.passed).length, lang),
              orgs: formatCount(orgs.length, lang),
              lowest: formatNumber(byTotal[0]!.total, lang),
              lowest_name: byTotal[0]!.short_name_th,
              highest: formatNumber(byTotal.at(-1)!.total, lang),
              highest_name: byTotal.at(-1)!.short_name_th,
            })
          : undefined,
      },
      provenance,
      filters: { parts: compare ? ['area', 'compare'] : ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: compare ? `${compare}-${year}` : String(year) },
      spec: (width) =>
        provinceOrgTotalsSpec(orgs, {
          t,
          width,
          passMark,
          compareYear: compare,
          href: (r) => `/org/${r.org_code}`,
          official: areaOfficialRules(official, t, lang),
        }),
      reference: published.length ? officialSourceLine(published, t, lang) : undefined,
    };
  },
});

export const provinceDistricts = defineChart({
  id: 'province-districts',
  params: PAGE_PARAMS,
  fileLabel: (ctx) => ctx.t('export.label.province-districts'),
  async load(ctx) {
    const { t, lang, scope } = ctx;
    const { province, year, provenance } = await provinceOrgs(ctx);
    const ranking = await queryRows(ctx, 'area_pass_ranking', {
      province,
      fiscal_year: year,
      type: typeParam(scope),
    });
    const lowest = ranking.at(-1);
    return {
      data: ranking,
      rows: ranking,
      columns: [
        { key: 'area_code', label: t('export.col.code'), kind: 'text' },
        { key: 'area_th', label: t('province.col.district'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'passed', label: t('col.passed'), kind: 'integer' },
        { key: 'pass_share', label: t('col.pass_share'), kind: 'share' },
        { key: 'mean_total', label: t('col.mean_total'), kind: 'number' },
      ],
      text: {
        title: t('province.chart.districts.title'),
        description: t('province.chart.districts.subtitle', {
          share: formatShare(ranking[0]?.target_share ?? 0.8, lang, 0),
        }),
        summary: lowest
          ? t('province.chart.districts.summary', {
              lowest: lowest.area_th,
              share: formatShare(lowest.pass_share, lang),
              below: ranking.filter((r) => r.pass_share < r.target_share).length,
              districts: ranking.length,
            }) + meanTargetNote(ranking, t, lang)
          : undefined,
      },
      // The page's source line, shared by both charts, counts the organisations of its table.
      provenance,
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(year) },
      spec: (width) =>
        areaPassRankingSpec(ranking, { t, width, href: null, highlight: scope.district }),
    };
  },
});
