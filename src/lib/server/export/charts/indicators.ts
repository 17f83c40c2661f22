// The weak-indicator page's charts (/indicators): area means and shares below the pass mark per indicator, and the
// organisations × indicators heatmap. Texts and queries as in src/lib/components/indicators/*.svelte.
import {
  AREA_LEVELS,
  indicatorAreaMeansSpec,
  indicatorBelowShareSpec,
  type AreaLevel,
} from '../../../charts/indicator-area-means';
import {
  heatmapRowOrder,
  indicatorHeatmapSpec,
  type HeatmapCell,
  type HeatmapColumn,
} from '../../../charts/indicator-heatmap';
import { indicatorLabel } from '../../../charts/indicator-label';
import { weakCounts, wideRows } from '../../../components/indicators/heatmap-table';
import {
  effectiveSort,
  parseIndicatorView,
  type IndicatorView,
} from '../../../components/indicators/indicator-view';
import { LOWEST_COUNT } from '../../../ita/weak';
import { areaParams, ScopeError } from '../../../scope';
import { formatCount, formatNumber, formatShare } from '../../../thai/format';
import {
  districtName,
  ExportParamError,
  fileSubject,
  provinceName,
  queryRows,
  type ChartContext,
} from '../chart-context';
import { defineChart, type ChartParam, type ExportColumn } from '../chart-definition';

// The page's own URL parameters (indicator-view.ts): every chart of the page accepts them, the heatmap uses sort and dir.
const DRILL: ChartParam = { pattern: /^\d{1,2}$/, expected: 'an indicator number such as 9' };
const SORT: ChartParam = {
  pattern: /^(name|total|\d{1,2}(\.\d{1,2})?)$/,
  expected: 'name, total or an indicator code such as 7',
};
const DIR: ChartParam = { pattern: /^(asc|desc)$/, expected: 'asc or desc' };

function view(ctx: ChartContext): IndicatorView {
  try {
    return parseIndicatorView(new URLSearchParams(ctx.params));
  } catch (err) {
    if (err instanceof ScopeError) throw new ExportParamError(err.param, err.message);
    throw err;
  }
}

/** What the page computes from indicator_summary before any chart: area names, the chosen level, the source counts. */
async function indicatorPage(ctx: ChartContext) {
  const { t, scope } = ctx;
  if (scope.year === null) throw new ExportParamError('year', 'There are no scores loaded yet');
  const v = view(ctx);
  const rows = await queryRows(ctx, 'indicator_summary', {
    fiscal_year: scope.year,
    ...areaParams(scope),
    drill: v.drill,
    weak: scope.weak,
    peer: scope.peer,
    lowest_n: LOWEST_COUNT,
  });
  const areaNames: Partial<Record<AreaLevel, string>> = { nation: t('ind.area.nation') };
  const p = provinceName(ctx);
  const d = districtName(ctx);
  if (p) areaNames.province = t('ind.area.province', { name: p });
  if (d) areaNames.district = t('ind.area.district', { name: d });
  const level: AreaLevel = scope.district ? 'district' : scope.province ? 'province' : 'nation';
  const chosenRows = rows.filter((r) => r.area_level === level);
  const orgs = Math.max(0, ...chosenRows.map((r) => r.orgs));
  const synthetic = Math.max(0, ...chosenRows.map((r) => r.synthetic_orgs));
  return {
    view: v,
    year: scope.year,
    rows,
    areaNames,
    areaName: areaNames.district ?? areaNames.province ?? areaNames.nation!,
    provenance: { real: orgs - synthetic, synthetic },
    nationOrgs: Math.max(0, ...rows.filter((r) => r.area_level === 'nation').map((r) => r.orgs)),
  };
}

type IndicatorPage = Awaited<ReturnType<typeof indicatorPage>>;

const nameOf = (ctx: ChartContext, r: { name_th: string; name_en: string }) =>
  ctx.lang === 'th' ? r.name_th : r.name_en;

function areaTable(ctx: ChartContext, page: IndicatorPage) {
  const { t } = ctx;
  const columns: ExportColumn[] = [
    { key: 'code', label: t('ind.col.indicator'), kind: 'text' },
    { key: 'name', label: t('export.col.indicator_name'), kind: 'text' },
    { key: 'area', label: t('ind.col.area'), kind: 'text' },
    { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
    { key: 'mean_value', label: t('ind.col.mean'), kind: 'number' },
    { key: 'median_value', label: t('ind.col.median'), kind: 'number' },
    { key: 'below_pass', label: t('ind.col.below'), kind: 'integer' },
    { key: 'below_share', label: t('ind.col.below_share'), kind: 'share' },
    { key: 'weak_share', label: t('ind.col.weak_share'), kind: 'share' },
  ];
  const rows = page.rows.map((r) => ({
    ...r,
    name: nameOf(ctx, r),
    area: page.areaNames[r.area_level] ?? r.area_level,
  }));
  return { columns, rows };
}

function areaLevels(page: IndicatorPage) {
  const levels = AREA_LEVELS.filter((l) => page.rows.some((r) => r.area_level === l));
  const chosen = levels[0] ?? 'nation';
  return {
    chosen,
    wider: levels[1] ?? null,
    atChosen: page.rows.filter((r) => r.area_level === chosen),
    area: page.areaNames[chosen] ?? '',
  };
}

export const indicatorAreaMeans = defineChart({
  id: 'indicator-area-means',
  fileLabel: (ctx) => ctx.t('export.label.indicator-area-means'),
  params: { drill: DRILL, sort: SORT, dir: DIR },
  async load(ctx) {
    const { t, lang } = ctx;
    const page = await indicatorPage(ctx);
    const { wider, atChosen, area } = areaLevels(page);
    const low = [...atChosen].sort((a, b) => a.mean_value - b.mean_value)[0];
    const w = low && wider && page.rows.find((r) => r.area_level === wider && r.code === low.code);
    const summary = low
      ? t('ind.chart.means.summary', {
          area,
          code: low.code,
          name: nameOf(ctx, low),
          mean: formatNumber(low.mean_value, lang),
          median: formatNumber(low.median_value, lang),
        }) +
        (w
          ? t('ind.chart.means.summary_wider', {
              wider: page.areaNames[w.area_level] ?? '',
              wider_mean: formatNumber(w.mean_value, lang),
            })
          : '')
      : undefined;
    return {
      data: page,
      ...areaTable(ctx, page),
      text: {
        title: t('ind.chart.means.title', { area }),
        description: t('ind.chart.means.subtitle', { year: page.year, mark: ctx.passMark }),
        summary,
      },
      provenance: page.provenance,
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(page.year) },
      spec: (width) =>
        indicatorAreaMeansSpec(page.rows, { t, lang, width, areaNames: page.areaNames }),
    };
  },
});

export const indicatorBelowShare = defineChart({
  id: 'indicator-below-share',
  fileLabel: (ctx) => ctx.t('export.label.indicator-below-share'),
  params: indicatorAreaMeans.params,
  async load(ctx) {
    const { t, lang, passMark } = ctx;
    const page = await indicatorPage(ctx);
    const { atChosen, area } = areaLevels(page);
    const top = [...atChosen].sort(
      (a, b) => b.below_share - a.below_share || a.sort_key - b.sort_key,
    )[0];
    const summary =
      !top || top.below_pass === 0
        ? t('ind.chart.below.summary_none', { area, mark: passMark })
        : t('ind.chart.below.summary', {
            area,
            code: top.code,
            name: nameOf(ctx, top),
            count: formatCount(top.below_pass, lang),
            orgs: formatCount(top.orgs, lang),
            share: formatShare(top.below_share, lang),
          });
    return {
      data: page,
      ...areaTable(ctx, page),
      text: {
        title: t('ind.chart.below.title', { mark: passMark }),
        description: t('ind.chart.below.subtitle', { year: page.year, mark: passMark }),
        summary,
      },
      provenance: page.provenance,
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(page.year) },
      spec: (width) =>
        indicatorBelowShareSpec(page.rows, { t, lang, width, areaNames: page.areaNames }),
    };
  },
});

export const indicatorHeatmap = defineChart({
  id: 'indicator-heatmap',
  fileLabel: (ctx) => ctx.t('export.label.indicator-heatmap'),
  params: indicatorAreaMeans.params,
  async load(ctx) {
    const { t, lang, scope, passMark } = ctx;
    const page = await indicatorPage(ctx);
    const indicators = page.rows.filter((r) => r.area_level === 'nation');
    const columns: HeatmapColumn[] = [
      ...(page.view.drill
        ? []
        : [{ code: 'TOTAL', header: t('ind.col.total'), name: t('ind.sort.total') }]),
      ...indicators.map((r) => ({
        code: r.code,
        header: indicatorLabel(
          { ...r, unconfirmed: r.weight_unconfirmed || r.name_unconfirmed },
          lang,
          true,
        ),
        name: nameOf(ctx, r),
      })),
    ];
    const cells = await queryRows(ctx, 'indicator_heatmap', {
      fiscal_year: page.year,
      ...areaParams(scope),
      drill: page.view.drill,
      weak: scope.weak,
      peer: scope.peer,
      lowest_n: LOWEST_COUNT,
    });
    const byProvince = !scope.province && !scope.district;
    const sortKey = effectiveSort(
      page.view,
      columns.map((c) => c.code),
    );
    const order = heatmapRowOrder(cells, sortKey, page.view.dir);
    const { weak, top } = weakCounts(cells);
    const header = top && columns.find((c) => c.code === top.code);
    const summary = top
      ? t('ind.chart.heatmap.summary', {
          rows: formatCount(order.length, lang),
          weak: formatCount(weak, lang),
          cells: formatCount(cells.length, lang),
          code: header ? `${header.header} ${header.name}` : top.code,
          count: formatCount(top.rows, lang),
        })
      : t('ind.chart.heatmap.summary_none', { rows: formatCount(order.length, lang) });
    // One row per organisation or province, as the page's table: the value under each column's code.
    const rows = wideRows(cells, order).map((r) => {
      const out: Record<string, unknown> = {
        row_code: r.row_code,
        row_name: r.row_name,
        district_th: r.district_th,
      };
      const weakCodes: string[] = [];
      for (const c of columns) {
        const cell = r[c.code] as HeatmapCell | undefined;
        out[c.code] = cell?.value ?? null;
        if (cell?.weak) weakCodes.push(c.code);
      }
      out.weak_codes = weakCodes;
      return out;
    });
    const exportColumns: ExportColumn[] = [
      { key: 'row_code', label: t('export.col.code'), kind: 'text' },
      { key: 'row_name', label: t('ind.col.row'), kind: 'text' },
      ...(byProvince
        ? []
        : [{ key: 'district_th', label: t('filter.district'), kind: 'text' } as const]),
      ...columns.map((c) => ({ key: c.code, label: c.header, kind: 'number' as const })),
      { key: 'weak_codes', label: t('export.col.weak_codes'), kind: 'list' },
    ];
    return {
      data: cells,
      rows,
      columns: exportColumns,
      text: {
        title: byProvince
          ? t('ind.chart.heatmap.title_provinces')
          : t('ind.chart.heatmap.title_orgs', { area: page.areaName }),
        description:
          (byProvince
            ? t('ind.chart.heatmap.nation_note', { orgs: formatCount(page.nationOrgs, lang) }) + ' '
            : '') + t('ind.chart.heatmap.subtitle', { mark: passMark }),
        summary,
      },
      provenance: page.provenance,
      filters: { parts: ['area', 'year', 'weak', 'peer'] },
      file: { subject: fileSubject(ctx), years: String(page.year) },
      spec: (width) =>
        indicatorHeatmapSpec(cells, {
          t,
          lang,
          width,
          columns,
          rowOrder: order,
          passMark,
          href: (c) => (c.row_kind === 'org' ? `/org/${c.row_code}` : `/province/${c.row_code}`),
          sorted: { code: sortKey, dir: page.view.dir },
        }),
    };
  },
});
