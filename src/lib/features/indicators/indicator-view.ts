// The /indicators page's own URL state beside the shared scope: drill-down (drill=9), heatmap sort column (sort=7) and direction (dir=desc).
import { scopeSearch, ScopeError, type Scope } from '../../scope';
import type { HeatmapSortKey, SortDirection } from '../../charts/indicator-heatmap';
import type { ChartParam } from '../chart-view';

export interface IndicatorView {
  /** A top-level indicator whose sub-indicators are shown, or null for indicators 1-10. */
  drill: string | null;
  /** 'name', 'TOTAL' or an indicator code. */
  sort: HeatmapSortKey;
  dir: SortDirection;
}

/** Weakest first: an analyst opens this page to find the organisations that need help. */
export const DEFAULT_VIEW: IndicatorView = { drill: null, sort: 'TOTAL', dir: 'asc' };

/**
 * The page's parameters as its charts (and so the export endpoint) accept them: every chart of the page takes all
 * three, since a download link carries the page's whole URL.
 */
export const INDICATOR_PARAMS: Record<keyof IndicatorView, ChartParam> = {
  drill: { pattern: /^\d{1,2}$/, expected: 'an indicator number such as 9' },
  sort: {
    pattern: /^(name|total|\d{1,2}(\.\d{1,2})?)$/,
    expected: 'name, total or an indicator code such as 7',
  },
  dir: { pattern: /^(asc|desc)$/, expected: 'asc or desc' },
};

/** Reads drill, sort and dir; a malformed value throws ScopeError naming the parameter. */
export function parseIndicatorView(
  search: URLSearchParams | Record<string, string>,
): IndicatorView {
  const get = (k: keyof IndicatorView) =>
    (search instanceof URLSearchParams ? search.get(k) : search[k]) || null;
  for (const k of ['drill', 'sort', 'dir'] as const) {
    const v = get(k);
    if (v !== null && !INDICATOR_PARAMS[k].pattern.test(v))
      throw new ScopeError(k, `'${k}' must be ${INDICATOR_PARAMS[k].expected} (got '${v}')`);
  }
  const rawSort = get('sort');
  return {
    drill: get('drill'),
    sort: rawSort === null ? DEFAULT_VIEW.sort : rawSort === 'total' ? 'TOTAL' : rawSort,
    dir: (get('dir') as SortDirection | null) ?? DEFAULT_VIEW.dir,
  };
}

/** The sort key that exists among the heatmap's columns: a drilled view has no total, so it sorts by the parent. */
export function effectiveSort(view: IndicatorView, columns: string[]): HeatmapSortKey {
  if (view.sort === 'name' || columns.includes(view.sort)) return view.sort;
  return columns[0] ?? 'name';
}

/** The view as URL (and chart) parameters, leaving out defaults. */
export function indicatorParams(view: IndicatorView): Record<string, string> {
  const out: Record<string, string> = {};
  if (view.drill) out.drill = view.drill;
  if (view.sort !== DEFAULT_VIEW.sort) out.sort = view.sort === 'TOTAL' ? 'total' : view.sort;
  if (view.dir !== DEFAULT_VIEW.dir) out.dir = view.dir;
  return out;
}

/** The page URL's search string for a scope and view, leaving out defaults. */
export function indicatorSearch(scope: Scope, view: IndicatorView): string {
  return scopeSearch(scope, indicatorParams(view));
}
