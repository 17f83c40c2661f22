// Chart spec: a map of the scope's organisations (or districts, provinces) as dots at their registry coordinates on a
// Mercator projection fitted to the dots, coloured by total, pass/fail, an indicator or measure completion. No tiles,
// no outline (no map of Thailand ships with the app): area names at the mean of their dots give the reader bearings.
import * as Plot from '@observablehq/plot';
import type { Lang, Translate } from '../i18n/messages';
import type { QueryRows } from '../queries/types';
import { formatCount, formatNumber, formatShare } from '../thai/format';
import { FONT_FAMILY } from './chart-theme';
import { MIN_WIDTH } from './chart-size';
import { withLegendFont } from './legend-style';
import { PASS_COLORS } from './province-org-totals';

import type { MapColor, MapLevel } from '../features/map/map-view';
export type { MapColor, MapLevel };

export type MapRow = Pick<
  QueryRows['org_map'],
  | 'code'
  | 'name_th'
  | 'district_th'
  | 'province_th'
  | 'lat'
  | 'lon'
  | 'orgs'
  | 'total'
  | 'passed'
  | 'pass_share'
  | 'indicator_value'
  | 'measure_share'
>;

/** A name printed at a place for orientation: a province or district at the mean of its dots. */
export interface MapLabel {
  name: string;
  lat: number;
  lon: number;
  /** Organisations behind it: when labels would overlap, the larger area keeps its name. */
  weight: number;
}

export interface OrgMapOptions {
  t: Translate;
  lang: Lang;
  width: number;
  color: MapColor;
  level: MapLevel;
  /** The year's pass mark (framework): the middle of the diverging scales and the pass/fail split. */
  passMark: number;
  /** The chosen indicator's code, for the legend when colour = indicator. */
  indicator?: string;
  labels: MapLabel[];
}

/** Drawn instead of a colour when the row has no value for it (no indicator score, no measure report). */
export const NO_VALUE_COLOR = '#b8bec8';

/** A thin edge, so that the palest classes still show on white. */
const DOT_EDGE = '#4b5563';
const LABEL_SIZE = 11;
const INSET = 14;
/** Room above the northernmost dot for its name. */
const INSET_TOP = 28;
/** Taller than this, a page's map no longer fits a laptop screen with its title. */
const MAX_HEIGHT = 880;

/** The number a dot is coloured by (percent for shares), or null when the row has none. */
export function colorValue(row: MapRow, color: MapColor, level: MapLevel): number | null {
  switch (color) {
    case 'total':
      return row.total;
    case 'pass':
      return level === 'org' ? row.passed : row.pass_share * 100;
    case 'indicator':
      return row.indicator_value;
    case 'completion':
      return row.measure_share === null ? null : row.measure_share * 100;
  }
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const radians = (lon: number) => (lon * Math.PI) / 180;

/** The box the projection is fitted to: the dots' extent, widened so one dot or a line of them still has an area. */
export function mapExtent(points: { lat: number; lon: number }[]): {
  west: number;
  east: number;
  south: number;
  north: number;
} {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const pad = (lo: number, hi: number) => {
    const grow = Math.max(0, 0.2 - (hi - lo)) / 2;
    return [lo - grow, hi + grow] as const;
  };
  const [south, north] = pad(Math.min(...lats), Math.max(...lats));
  const [west, east] = pad(Math.min(...lons), Math.max(...lons));
  return { west, east, south, north };
}

/**
 * The map's height for a width: the extent's own proportions under Mercator, kept between 0.6 and 1.1 of the width
 * (Thailand is nearly twice as tall as it is wide; a page column cannot be).
 */
export function mapHeight(extent: ReturnType<typeof mapExtent>, width: number): number {
  const ratio =
    (mercatorY(extent.north) - mercatorY(extent.south)) /
    (radians(extent.east) - radians(extent.west));
  return Math.min(MAX_HEIGHT, Math.round(Math.min(1.1, Math.max(0.6, ratio)) * width));
}

// Thai vowels and tone marks above and below the line take no width of their own.
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** The labels that fit without overlapping, larger areas first: the same fit as Plot's projection of the extent. */
export function placeLabels(
  labels: MapLabel[],
  extent: ReturnType<typeof mapExtent>,
  width: number,
  height: number,
): MapLabel[] {
  const x0 = radians(extent.west);
  const y0 = mercatorY(extent.north);
  const k = Math.min(
    (width - 2 * INSET) / (radians(extent.east) - x0),
    (height - INSET - INSET_TOP) / (y0 - mercatorY(extent.south)),
  );
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const kept: MapLabel[] = [];
  for (const l of [...labels].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))) {
    const x = (radians(l.lon) - x0) * k;
    const y = (y0 - mercatorY(l.lat)) * k;
    const half = (l.name.replace(COMBINING, '').length * LABEL_SIZE * 0.58) / 2 + 2;
    const box = { x0: x - half, x1: x + half, y0: y - LABEL_SIZE - 8, y1: y - 4 };
    if (boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1))
      continue;
    boxes.push(box);
    kept.push(l);
  }
  return kept;
}

// Classed colours, not a continuous ramp: a reader matches a dot to a class at a glance, and Plot draws a threshold
// legend with rectangles (a continuous ramp needs a canvas, which the server's DOM does not have).
const SCORE_STEP = 5;
const BELOW_STEPS = 4;
/** Reds for the classes below the pass mark (lowest first), blues above it (RdBu, ColorBrewer). */
const BELOW = ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7'];
const ABOVE = ['#92c5de', '#4393c3', '#2166ac', '#053061'];
const SHARE_THRESHOLDS = [20, 40, 60, 80];
const SHARE_RANGE: Record<'pass' | 'completion', string[]> = {
  // RdYlBu and YlGnBu, five classes each.
  pass: ['#d7191c', '#fdae61', '#ffffbf', '#abd9e9', '#2c7bb6'],
  completion: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
};

/** Class limits of a score scale: every SCORE_STEP points below the pass mark (four classes) and above it up to 100. */
export function scoreThresholds(passMark: number): number[] {
  const below = Array.from(
    { length: BELOW_STEPS },
    (_, i) => passMark - (BELOW_STEPS - i) * SCORE_STEP,
  );
  const above: number[] = [];
  for (let x = passMark + SCORE_STEP; x < 100; x += SCORE_STEP) above.push(x);
  return [...below, passMark, ...above];
}

function colorScale(o: OrgMapOptions): Plot.ScaleOptions {
  const { t, color, level, passMark } = o;
  if (color === 'pass' && level === 'org')
    return withLegendFont({
      type: 'ordinal',
      domain: [1, 0],
      range: [PASS_COLORS.pass, PASS_COLORS.fail],
      tickFormat: (d: number) => t(d ? 'map.legend.pass' : 'map.legend.fail', { mark: passMark }),
      legend: true,
    });
  if (color === 'pass' || color === 'completion')
    return withLegendFont({
      type: 'threshold',
      domain: SHARE_THRESHOLDS,
      range: SHARE_RANGE[color],
      label: t(color === 'pass' ? 'map.legend.pass_share' : 'map.legend.completion', {
        mark: passMark,
      }),
      tickFormat: (d: number) => `${d}%`,
      legend: true,
    });
  // Scores: reds below the pass mark, blues from it up.
  const thresholds = scoreThresholds(passMark);
  const above = thresholds.filter((x) => x > passMark).length + 1;
  return withLegendFont({
    type: 'threshold',
    domain: thresholds,
    range: [...BELOW.slice(-(BELOW_STEPS + 1)), ...ABOVE.slice(0, above)],
    label:
      color === 'indicator'
        ? t('map.legend.indicator', { code: o.indicator ?? '' })
        : t(level === 'org' ? 'map.legend.total' : 'map.legend.total_mean'),
    legend: true,
  });
}

export function orgMapSpec(rows: MapRow[], o: OrgMapOptions): Plot.PlotOptions {
  const { t, lang, color, level } = o;
  const width = Math.max(o.width, MIN_WIDTH);
  const placed = rows.filter(
    (r): r is MapRow & { lat: number; lon: number } => r.lat !== null && r.lon !== null,
  );
  const extent = mapExtent(placed.length ? placed : o.labels);
  const height = mapHeight(extent, width);
  const valued = placed.map((r) => ({ ...r, value: colorValue(r, color, level) }));
  // Lowest values drawn last, on top: the organisations that need attention are the ones never hidden.
  const colored = valued
    .filter((r) => r.value !== null)
    .sort((a, b) => b.value! - a.value! || a.code.localeCompare(b.code));
  const blank = valued.filter((r) => r.value === null);
  const dotSize =
    level === 'org'
      ? { r: width >= 700 ? 3 : 2.5, stroke: DOT_EDGE, strokeWidth: 0.4 }
      : { r: 'orgs', stroke: DOT_EDGE, strokeWidth: 0.6 };
  const tipChannels = {
    [t('map.col.name')]: (r: MapRow) =>
      level === 'province' ? r.name_th : `${r.name_th} (${r.district_th ?? r.province_th})`,
    ...(level === 'org'
      ? {
          [t('map.legend.total')]: (r: MapRow) => formatNumber(r.total, lang),
          [t('map.picker.result')]: (r: MapRow) =>
            t(r.passed ? 'map.legend.pass' : 'map.legend.fail', { mark: o.passMark }),
        }
      : {
          [t('col.orgs')]: (r: MapRow) => formatCount(r.orgs, lang),
          [t('col.mean_total')]: (r: MapRow) => formatNumber(r.total, lang),
          [t('col.pass_share')]: (r: MapRow) => formatShare(r.pass_share, lang),
        }),
    ...(color === 'indicator'
      ? {
          [t('map.legend.indicator', { code: o.indicator ?? '' })]: (r: MapRow) =>
            formatNumber(r.indicator_value, lang),
        }
      : {}),
    ...(color === 'completion'
      ? { [t('map.legend.completion')]: (r: MapRow) => formatShare(r.measure_share, lang) }
      : {}),
  };
  const labels = placeLabels(o.labels, extent, width, height);
  return {
    width,
    height,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    projection: {
      type: 'mercator',
      inset: INSET,
      insetTop: INSET_TOP,
      domain: {
        type: 'MultiPoint',
        coordinates: [
          [extent.west, extent.south],
          [extent.east, extent.north],
        ],
      },
    },
    color: colorScale(o),
    // ~900 districts share the space 77 provinces have: smaller dots, or the country is one blot.
    r: level === 'org' ? undefined : { range: level === 'district' ? [1.5, 6] : [3, 13] },
    marks: [
      Plot.dot(blank, { x: 'lon', y: 'lat', fill: NO_VALUE_COLOR, ...dotSize }),
      Plot.dot(colored, {
        x: 'lon',
        y: 'lat',
        fill: 'value',
        ...dotSize,
        tip: { format: { x: false, y: false, fill: false, r: false } },
        channels: tipChannels,
      }),
      Plot.text(labels, {
        x: 'lon',
        y: 'lat',
        text: 'name',
        // Above the dot: an area's dot can be as large as the r range allows.
        dy: level === 'org' ? -9 : -13,
        fontSize: LABEL_SIZE,
        fill: '#1f2937',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  };
}

/** Names for orientation at the mean of the rows' places: provinces on a national map, districts on a province's. */
export function areaLabels(
  rows: (MapRow & Pick<QueryRows['org_map'], 'province_code' | 'district_code'>)[],
  by: 'province' | 'district',
): MapLabel[] {
  const groups = new Map<
    string,
    { name: string; lat: number; lon: number; n: number; w: number }
  >();
  for (const r of rows) {
    if (r.lat === null || r.lon === null) continue;
    const key = by === 'province' ? r.province_code : r.district_code;
    const name = by === 'province' ? r.province_th : r.district_th;
    if (key === null || name === null) continue;
    const g = groups.get(key) ?? { name, lat: 0, lon: 0, n: 0, w: 0 };
    g.lat += r.lat;
    g.lon += r.lon;
    g.n += 1;
    g.w += r.orgs;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    name: g.name,
    lat: g.lat / g.n,
    lon: g.lon / g.n,
    weight: g.w,
  }));
}
