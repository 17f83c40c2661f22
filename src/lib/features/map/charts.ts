// The map: the scope's organisations at their DLA registry coordinates (or its districts or provinces at the mean of
// them), coloured by total, pass/fail, an indicator or measure completion. One definition for the overview, the
// province page, exports and the province meeting pack.
import { areaLabels, orgMapSpec, type MapLabel } from '../../charts/org-map';
import { MAP_PARAMS, mapView, type MapColor, type MapView } from './map-view';
import type { MessageKey } from '../../i18n/messages';
import type { QueryRows } from '../../queries/types';
import { typeParam, type OrgType } from '../../scope';
import { formatCount, formatNumber, formatShare } from '../../thai/format';
import {
  ChartParamError,
  defineChart,
  type AnyChartDef,
  type ChartColumn,
  type ViewContext,
} from '../chart-view';
import { fileSubject, scopeName, sourceLine } from '../view-text';

/**
 * Registry coordinates farther than this (in degrees) from the median of their province's organisations are a
 * registry error, not drawn: the DLA register places a few organisations in the sea or another region (lat 5,
 * lon 97), while the widest provinces (Chiang Mai, Kanchanaburi) keep their own points within 1.7 degrees.
 */
export const MISPLACED_DEGREES = 2.5;

export type MapRow = QueryRows['org_map'];
export type IndicatorRow = QueryRows['framework_indicators'];

export interface MapData {
  rows: MapRow[];
  /** The year's ten indicators: the picker's names and the indicator title. */
  indicators: IndicatorRow[];
}

/** Where the names for orientation come from: provinces on a national map, districts in a province, organisations in a district. */
function labelsFor(ctx: ViewContext, view: MapView, rows: MapRow[]): MapLabel[] {
  if (ctx.scope.district && view.by === 'org')
    return rows
      .filter((r) => r.lat !== null && r.lon !== null && r.misplaced === 0)
      .map((r) => ({ name: r.name_th, lat: r.lat!, lon: r.lon!, weight: r.orgs }));
  return areaLabels(drawn(rows), ctx.scope.province ? 'district' : 'province');
}

/** The rows with a place on the map: coordinates given, and not a registry error. */
function drawn(rows: MapRow[]): MapRow[] {
  return rows.filter((r) => r.lat !== null && r.lon !== null && r.misplaced === 0);
}

function columns(ctx: ViewContext, view: MapView): ChartColumn[] {
  const { t, scope } = ctx;
  const indicator: ChartColumn[] =
    view.color === 'indicator'
      ? [
          {
            key: 'indicator_value',
            label: t('map.col.indicator', { code: view.ind }),
            kind: 'number',
          },
        ]
      : [];
  const measures: ChartColumn[] = [
    { key: 'measures', label: t('export.col.measures'), kind: 'integer' },
    { key: 'measures_completed', label: t('export.col.measures_completed'), kind: 'integer' },
    { key: 'measure_share', label: t('export.col.measure_share'), kind: 'share' },
  ];
  const place: ChartColumn[] = [
    { key: 'lat', label: t('map.col.lat'), kind: 'text' },
    { key: 'lon', label: t('map.col.lon'), kind: 'text' },
  ];
  if (view.by === 'org')
    return [
      { key: 'code', label: t('export.col.code'), kind: 'text' },
      { key: 'name_th', label: t('map.col.name'), kind: 'text' },
      {
        key: 'type',
        label: t('province.col.type'),
        kind: 'text',
        format: (v) => (v ? t(`type.${v as OrgType}`) : '–'),
      },
      { key: 'district_th', label: t('map.col.district'), kind: 'text' },
      ...(scope.province ? [] : [{ key: 'province_th', label: t('map.col.province') }]),
      { key: 'total', label: t('export.col.total_in', { year: scope.year ?? '' }), kind: 'number' },
      {
        key: 'passed',
        label: t('export.col.passed_flag'),
        kind: 'boolean',
        format: (v) => t(v ? 'map.legend.pass' : 'map.legend.fail', { mark: ctx.passMark }),
      },
      ...indicator,
      ...measures,
      ...place,
      {
        key: 'misplaced',
        label: t('map.col.misplaced'),
        kind: 'boolean',
        format: (v) => (v ? '✓' : ''),
      },
    ];
  return [
    { key: 'code', label: t('export.col.code'), kind: 'text' },
    { key: 'name_th', label: t(view.by === 'district' ? 'map.col.district' : 'map.col.province') },
    ...(view.by === 'district' && !scope.province
      ? [{ key: 'province_th', label: t('map.col.province') }]
      : []),
    { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
    { key: 'unlocated', label: t('map.col.unlocated'), kind: 'integer' },
    { key: 'misplaced', label: t('map.col.misplaced'), kind: 'integer' },
    { key: 'total', label: t('col.mean_total'), kind: 'number' },
    { key: 'passed', label: t('col.passed'), kind: 'integer' },
    { key: 'pass_share', label: t('col.pass_share'), kind: 'share' },
    ...indicator,
    ...measures,
    ...place,
  ];
}

/** What the marks and colours mean, with what a grey dot is when some have no value. */
function subtitle(ctx: ViewContext, view: MapView, rows: MapRow[]): string {
  const { t, passMark: mark } = ctx;
  const org = view.by === 'org';
  const means: Record<MapColor, string> = {
    total: t(org ? 'map.means.total' : 'map.means.total_mean', { mark }),
    pass: t(org ? 'map.means.pass' : 'map.means.pass_share', { mark }),
    indicator: t('map.means.indicator', {
      code: view.ind,
      mean: org ? '' : t('map.means.mean'),
      mark,
    }),
    completion: t('map.means.completion'),
  };
  const parts = [t(`map.marks.${view.by}`), means[view.color]];
  const shown = drawn(rows);
  if (view.color === 'indicator' && shown.some((r) => r.indicator_value === null))
    parts.push(t('map.means.no_indicator'));
  if (view.color === 'completion' && shown.some((r) => r.measure_share === null))
    parts.push(t('map.means.no_measures'));
  return parts.join('; ');
}

/** The lowest row by a value, named with its district (or province) so that repeated names stay apart. */
function lowest(rows: MapRow[], value: (r: MapRow) => number | null) {
  let low: MapRow | null = null;
  for (const r of rows) {
    const v = value(r);
    if (v !== null && (low === null || v < value(low)!)) low = r;
  }
  return low;
}

function placeName(ctx: ViewContext, r: MapRow): string {
  const where = r.district_th ?? (ctx.scope.province ? null : r.province_th);
  return where && where !== r.name_th ? `${r.name_th} (${where})` : r.name_th;
}

/** How many are on the map and how many are not, then what the colour shows over the whole scope. */
function summary(ctx: ViewContext, view: MapView, rows: MapRow[]): string {
  const { t, lang } = ctx;
  const sum = (f: (r: MapRow) => number | null) => rows.reduce((n, r) => n + (f(r) ?? 0), 0);
  const count = (n: number) => formatCount(n, lang);
  const orgs = sum((r) => r.orgs);
  const missing = sum((r) => r.unlocated);
  const misplaced = sum((r) => r.misplaced);
  let text =
    missing || misplaced
      ? t('map.summary.located', {
          located: count(orgs - missing - misplaced),
          orgs: count(orgs),
          missing: count(missing),
        })
      : t('map.summary.all_located', { orgs: count(orgs) });
  if (misplaced)
    text += t('map.summary.misplaced', { misplaced: count(misplaced), degrees: MISPLACED_DEGREES });
  const about = colorSummary(ctx, view, rows);
  return about ? `${text}${t('map.sentence')}${about}` : text;
}

/** The scope's figure for the colour: a mean over organisations (an area row weighs as many as it holds) and the lowest. */
function colorSummary(ctx: ViewContext, view: MapView, rows: MapRow[]): string {
  const { t, lang } = ctx;
  const sum = (f: (r: MapRow) => number | null) => rows.reduce((n, r) => n + (f(r) ?? 0), 0);
  const count = (n: number) => formatCount(n, lang);
  switch (view.color) {
    case 'total':
    case 'indicator': {
      const total = view.color === 'total';
      const value = (r: MapRow) => (total ? r.total : r.indicator_value);
      const weight = (r: MapRow) => (total ? r.orgs : r.indicator_orgs);
      const n = sum(weight);
      const low = lowest(rows, value);
      if (!low || !n) return '';
      return t(total ? 'map.summary.total' : 'map.summary.indicator', {
        code: view.ind,
        mean: formatNumber(sum((r) => (value(r) ?? 0) * weight(r)) / n, lang),
        lowest: placeName(ctx, low),
        low: formatNumber(value(low), lang),
      });
    }
    case 'pass': {
      const orgs = sum((r) => r.orgs);
      const passed = sum((r) => r.passed);
      return t('map.summary.pass', {
        passed: count(passed),
        orgs: count(orgs),
        share: formatShare(orgs ? passed / orgs : null, lang),
      });
    }
    case 'completion': {
      const measures = sum((r) => r.measures);
      const known = sum((r) => r.measures_known);
      const completed = sum((r) => r.measures_completed);
      if (!measures) return t('map.summary.no_measures');
      return t('map.summary.completion', {
        completed: count(completed),
        measures: count(measures),
        share: formatShare(known ? completed / known : null, lang),
        reporting: count(sum((r) => r.measure_orgs)),
      });
    }
  }
}

const TITLES: Record<MapColor, MessageKey> = {
  total: 'map.title.total',
  pass: 'map.title.pass',
  indicator: 'map.title.indicator',
  completion: 'map.title.completion',
};

export const orgMap = defineChart<MapData>({
  id: 'org-map',
  fileLabel: (ctx) => ctx.t('export.label.org-map'),
  params: MAP_PARAMS,
  async load(ctx) {
    const { scope } = ctx;
    if (scope.year === null) throw new ChartParamError('year', 'There are no scores loaded yet');
    const view = mapView(ctx);
    const [rows, indicators] = await Promise.all([
      ctx.source.rows('org_map', {
        fiscal_year: scope.year,
        level: view.by,
        province: scope.province,
        district: scope.district,
        type: typeParam(scope),
        indicator: view.color === 'indicator' ? Number(view.ind) : null,
        far: MISPLACED_DEGREES,
      }),
      ctx.source.rows('framework_indicators', { fiscal_year: scope.year }),
    ]);
    return { rows, indicators };
  },
  view(ctx, { rows, indicators }) {
    const { t, lang, scope } = ctx;
    const view = mapView(ctx);
    const year = scope.year ?? '';
    const indicator = indicators.find((i) => i.code === view.ind);
    const synthetic = rows.reduce((n, r) => n + r.synthetic_orgs, 0);
    const orgs = rows.reduce((n, r) => n + r.orgs, 0);
    const shown = drawn(rows);
    const labels = labelsFor(ctx, view, rows);
    return {
      title: t(TITLES[view.color], {
        area: scopeName(ctx),
        year,
        code: view.ind,
        name: indicator ? (lang === 'th' ? indicator.name_th : indicator.name_en) : '',
      }),
      subtitle: subtitle(ctx, view, rows),
      summary: rows.length ? summary(ctx, view, rows) : undefined,
      source: sourceLine(ctx, { real: orgs - synthetic, synthetic }),
      columns: columns(ctx, view),
      // A map with no dot is no map: the frame says why instead (its table would list organisations without places).
      rows: !shown.length
        ? []
        : view.by === 'org'
          ? // One organisation passes or not, is misplaced or not: yes/no in the table, CSV and XLSX.
            rows.map((r) => ({ ...r, passed: r.passed > 0, misplaced: r.misplaced > 0 }))
          : rows,
      empty: orgs ? t('map.empty', { orgs: formatCount(orgs, lang) }) : undefined,
      filters: { parts: ['area', 'year'] },
      file: { subject: fileSubject(ctx), years: String(year) },
      spec: (width) =>
        orgMapSpec(shown, {
          t,
          lang,
          width,
          color: view.color,
          level: view.by,
          passMark: ctx.passMark,
          indicator: view.ind,
          labels,
        }),
    };
  },
});

/** The map on the pages that show it (the overview, /province/<code>): its own list, for pageCharts and the registry. */
export const MAP_CHARTS: AnyChartDef[] = [orgMap];
