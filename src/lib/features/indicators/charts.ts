// The weak-indicator page's charts (/indicators): each indicator's mean and share below the pass mark in the chosen area
// beside the wider areas, and the organisations (or provinces) × indicators heatmap. Defined once here for the page,
// its exports, decks and notebooks.
import { indicatorAreaMeansSpec, indicatorBelowShareSpec } from '../../charts/indicator-area-means';
import {
  heatmapRowOrder,
  indicatorHeatmapSpec,
  type HeatmapCell,
} from '../../charts/indicator-heatmap';
import { indicatorLabel } from '../../charts/indicator-label';
import { LOWEST_COUNT } from '../../ita/weak';
import { areaParams, ScopeError } from '../../scope';
import { formatCount, formatNumber, formatShare } from '../../thai/format';
import {
  ChartParamError,
  defineChart,
  type AnyChartDef,
  type ChartColumn,
  type LoadContext,
  type ViewContext,
} from '../chart-view';
import { fileSubject, sourceLine } from '../view-text';
import { weakCounts, wideRows } from './heatmap-table';
import {
  heatmapColumns,
  indicatorName,
  isUnconfirmed,
  summaryFacts,
  type SummaryRow,
} from './indicator-page';
import { effectiveSort, INDICATOR_PARAMS, parseIndicatorView } from './indicator-view';

/** The page's drill, sort and dir from the chart's parameters (already checked against INDICATOR_PARAMS). */
function pageView(ctx: ViewContext) {
  try {
    return parseIndicatorView(ctx.params);
  } catch (err) {
    if (err instanceof ScopeError) throw new ChartParamError(err.param, err.message);
    throw err;
  }
}

/** indicator_summary and indicator_heatmap take the same view: year, area, drill and the weak definition. */
function queryParams(ctx: LoadContext) {
  const { scope } = ctx;
  if (scope.year === null) throw new ChartParamError('year', 'There are no scores loaded yet');
  return {
    fiscal_year: scope.year,
    ...areaParams(scope),
    drill: pageView(ctx).drill,
    weak: scope.weak,
    peer: scope.peer,
    lowest_n: LOWEST_COUNT,
  };
}

/** The page's summary rows: every chart of the page reads them (the runner's cache runs the query once). */
export function loadSummary(ctx: LoadContext): Promise<SummaryRow[]> {
  return ctx.source.rows('indicator_summary', queryParams(ctx));
}

/** The two area charts share one table: each indicator in each area, as the CSV carries it. */
function areaTable(ctx: ViewContext, summary: SummaryRow[]) {
  const { t, lang } = ctx;
  const { names } = summaryFacts(ctx, summary);
  const byCode = new Map(summary.map((r) => [r.code, r]));
  const columns: ChartColumn[] = [
    {
      key: 'code',
      label: t('ind.col.indicator'),
      kind: 'text',
      // The page marks an unconfirmed weight or name, as the chart's axis does.
      format: (v) => {
        const r = byCode.get(String(v));
        return r ? indicatorLabel({ ...r, unconfirmed: isUnconfirmed(r) }, lang, true) : String(v);
      },
    },
    { key: 'name', label: t('export.col.indicator_name'), kind: 'text' },
    { key: 'area', label: t('ind.col.area'), kind: 'text' },
    { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
    { key: 'mean_value', label: t('ind.col.mean'), kind: 'number' },
    { key: 'median_value', label: t('ind.col.median'), kind: 'number' },
    { key: 'below_pass', label: t('ind.col.below'), kind: 'integer' },
    { key: 'below_share', label: t('ind.col.below_share'), kind: 'share' },
    { key: 'weak_share', label: t('ind.col.weak_share'), kind: 'share' },
  ];
  const rows = summary.map((r) => ({
    ...r,
    name: indicatorName(ctx, r),
    area: names[r.area_level] ?? r.area_level,
  }));
  return { columns, rows };
}

export const indicatorAreaMeans = defineChart({
  id: 'indicator-area-means',
  fileLabel: (ctx) => ctx.t('export.label.indicator-area-means'),
  params: INDICATOR_PARAMS,
  async load(ctx) {
    return { summary: await loadSummary(ctx) };
  },
  view(ctx, { summary }) {
    const { t, lang, scope, passMark } = ctx;
    const facts = summaryFacts(ctx, summary);
    const low = [...facts.atChosen].sort((a, b) => a.mean_value - b.mean_value)[0];
    const w =
      low &&
      facts.wider &&
      summary.find((r) => r.area_level === facts.wider && r.code === low.code);
    return {
      title: t('ind.chart.means.title', { area: facts.area }),
      subtitle: t('ind.chart.means.subtitle', { year: scope.year ?? '', mark: passMark }),
      summary: low
        ? t('ind.chart.means.summary', {
            area: facts.area,
            code: low.code,
            name: indicatorName(ctx, low),
            mean: formatNumber(low.mean_value, lang),
            median: formatNumber(low.median_value, lang),
          }) +
          (w
            ? t('ind.chart.means.summary_wider', {
                wider: facts.names[w.area_level] ?? '',
                wider_mean: formatNumber(w.mean_value, lang),
              })
            : '')
        : undefined,
      source: sourceLine(ctx, facts.provenance),
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(scope.year ?? '') },
      ...areaTable(ctx, summary),
      empty: t('ind.empty', { year: scope.year ?? '' }),
      spec: (width) => indicatorAreaMeansSpec(summary, { t, lang, width, areaNames: facts.names }),
    };
  },
});

export const indicatorBelowShare = defineChart({
  id: 'indicator-below-share',
  fileLabel: (ctx) => ctx.t('export.label.indicator-below-share'),
  params: INDICATOR_PARAMS,
  async load(ctx) {
    return { summary: await loadSummary(ctx) };
  },
  view(ctx, { summary }) {
    const { t, lang, scope, passMark } = ctx;
    const facts = summaryFacts(ctx, summary);
    // Ties go to the framework's order, so the same indicator is named on every render.
    const top = [...facts.atChosen].sort(
      (a, b) => b.below_share - a.below_share || a.sort_key - b.sort_key,
    )[0];
    return {
      title: t('ind.chart.below.title', { mark: passMark }),
      subtitle: t('ind.chart.below.subtitle', { year: scope.year ?? '', mark: passMark }),
      summary:
        !top || top.below_pass === 0
          ? t('ind.chart.below.summary_none', { area: facts.area, mark: passMark })
          : t('ind.chart.below.summary', {
              area: facts.area,
              code: top.code,
              name: indicatorName(ctx, top),
              count: formatCount(top.below_pass, lang),
              orgs: formatCount(top.orgs, lang),
              share: formatShare(top.below_share, lang),
            }),
      source: sourceLine(ctx, facts.provenance),
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(scope.year ?? '') },
      ...areaTable(ctx, summary),
      empty: t('ind.empty', { year: scope.year ?? '' }),
      spec: (width) => indicatorBelowShareSpec(summary, { t, lang, width, areaNames: facts.names }),
    };
  },
});

/**
 * A heatmap cell in the page's table: its value, and whether it is weak. A province row says how many of its
 * organisations are weak there; an organisation row only whether it is.
 */
function weakCellText(
  ctx: ViewContext,
  v: unknown,
  row: Record<string, unknown>,
  code: string,
): string {
  const { t, lang } = ctx;
  if (v === null || v === undefined) return '–';
  const value = formatNumber(Number(v), lang);
  const cell = (row.cells as Record<string, HeatmapCell> | undefined)?.[code];
  if (!cell) return value;
  if (cell.row_kind === 'province')
    return `${value} (${t('ind.col.weak')} ${formatShare(cell.weak_share, lang, 0)})`;
  return cell.weak ? `${value} (${t('ind.col.weak')})` : value;
}

export const indicatorHeatmap = defineChart({
  id: 'indicator-heatmap',
  fileLabel: (ctx) => ctx.t('export.label.indicator-heatmap'),
  params: INDICATOR_PARAMS,
  async load(ctx) {
    const [summary, cells] = await Promise.all([
      loadSummary(ctx),
      ctx.source.rows('indicator_heatmap', queryParams(ctx)),
    ]);
    return { summary, cells };
  },
  view(ctx, { summary, cells }) {
    const { t, lang, scope, passMark } = ctx;
    const view = pageView(ctx);
    const facts = summaryFacts(ctx, summary);
    const columns = heatmapColumns(ctx, summary, view.drill);
    const byProvince = !scope.province && !scope.district;
    const sortKey = effectiveSort(
      view,
      columns.map((c) => c.code),
    );
    const order = heatmapRowOrder(cells, sortKey, view.dir);
    const { weak, top } = weakCounts(cells);
    const header = top && columns.find((c) => c.code === top.code);
    const rowCount = formatCount(order.length, lang);
    // One row per organisation or province, in the chart's order: each column's value under its code.
    const rows = wideRows(cells, order).map((r) => {
      const out: Record<string, unknown> = {
        row_code: r.row_code,
        row_name: r.row_name,
        district_th: r.district_th,
      };
      const weakCodes: string[] = [];
      const cellsByCode: Record<string, HeatmapCell> = {};
      for (const c of columns) {
        const cell = r[c.code] as HeatmapCell | undefined;
        out[c.code] = cell?.value ?? null;
        if (cell) cellsByCode[c.code] = cell;
        if (cell?.weak) weakCodes.push(c.code);
      }
      out.weak_codes = weakCodes;
      // For the page's table only (files carry the listed columns): what each cell says beside its value.
      out.cells = cellsByCode;
      return out;
    });
    return {
      title: byProvince
        ? t('ind.chart.heatmap.title_provinces')
        : t('ind.chart.heatmap.title_orgs', { area: facts.area }),
      subtitle:
        (byProvince
          ? t('ind.chart.heatmap.nation_note', { orgs: formatCount(facts.nationOrgs, lang) }) + ' '
          : '') + t('ind.chart.heatmap.subtitle', { mark: passMark }),
      summary: top
        ? t('ind.chart.heatmap.summary', {
            rows: rowCount,
            weak: formatCount(weak, lang),
            cells: formatCount(cells.length, lang),
            code: header ? `${header.header} ${header.name}` : top.code,
            count: formatCount(top.rows, lang),
          })
        : t('ind.chart.heatmap.summary_none', { rows: rowCount }),
      source: sourceLine(ctx, facts.provenance),
      filters: { parts: ['area', 'year', 'weak', 'peer'] },
      file: { subject: fileSubject(ctx), years: String(scope.year ?? '') },
      columns: [
        { key: 'row_code', label: t('export.col.code'), kind: 'text' },
        { key: 'row_name', label: t('ind.col.row'), kind: 'text' },
        ...(byProvince
          ? []
          : [{ key: 'district_th', label: t('filter.district'), kind: 'text' } as const]),
        ...columns.map((c) => ({
          key: c.code,
          label: c.header,
          kind: 'number' as const,
          format: (v: unknown, row: Record<string, unknown>) => weakCellText(ctx, v, row, c.code),
        })),
        { key: 'weak_codes', label: t('export.col.weak_codes'), kind: 'list' },
      ],
      rows,
      empty: t('ind.empty', { year: scope.year ?? '' }),
      spec: (width) =>
        indicatorHeatmapSpec(cells, {
          t,
          lang,
          width,
          columns,
          rowOrder: order,
          passMark,
          href: (c) => (c.row_kind === 'org' ? `/org/${c.row_code}` : `/province/${c.row_code}`),
          sorted: { code: sortKey, dir: view.dir },
        }),
    };
  },
});

/** The weak-indicator page's charts in page order. */
export const INDICATORS_CHARTS: AnyChartDef[] = [
  indicatorAreaMeans,
  indicatorBelowShare,
  indicatorHeatmap,
];
