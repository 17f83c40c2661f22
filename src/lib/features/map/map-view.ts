// The map's view parameters and their defaults, without any chart code: the page's picker reads them before (and
// without) Plot, and the map's ChartDef reads them too.
import type { ChartParam, ViewContext } from '../chart-view';

export const MAP_COLORS = ['total', 'pass', 'indicator', 'completion'] as const;
export type MapColor = (typeof MAP_COLORS)[number];
export const MAP_LEVELS = ['org', 'district', 'province'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

const INDICATOR_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

/** The map's view parameters, declared so that exports accept them and pages validate them the same way. */
export const MAP_PARAMS: Record<'color' | 'ind' | 'by', ChartParam> = {
  color: { pattern: /^(total|pass|indicator|completion)$/, expected: MAP_COLORS.join(', ') },
  ind: { pattern: /^([1-9]|10)$/, expected: 'an indicator code from 1 to 10' },
  by: { pattern: /^(org|district|province)$/, expected: MAP_LEVELS.join(', ') },
};

export interface MapView {
  color: MapColor;
  /** The indicator the colour and the indicator column read (indicator 1 until one is chosen). */
  ind: string;
  by: MapLevel;
}

/** The marks a scope can have: none wider than the scope itself (one dot for a whole province says nothing). */
export function mapLevels(scope: Pick<ViewContext['scope'], 'province' | 'district'>): MapLevel[] {
  if (scope.district) return ['org'];
  if (scope.province) return ['org', 'district'];
  return [...MAP_LEVELS];
}

/** The view with its defaults: the total; one dot per organisation in a province, one per province nationally. */
export function mapView(ctx: Pick<ViewContext, 'params' | 'scope'>): MapView {
  const { params, scope } = ctx;
  const by = params.by as MapLevel | undefined;
  return {
    color: (params.color as MapColor | undefined) ?? 'total',
    ind: params.ind && INDICATOR_CODES.includes(params.ind) ? params.ind : '1',
    // Nationally one dot per organisation is ~5,000 dots and a heavy page; a reader can still ask for it. A level
    // wider than the scope (by=province kept in the URL when a province is chosen) falls back to the default.
    by: by && mapLevels(scope).includes(by) ? by : scope.province ? 'org' : 'province',
  };
}
