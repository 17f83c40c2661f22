// The /indicators page's own URL state beside the shared scope: drill-down (drill=9), heatmap sort column (sort=7) and direction (dir=desc).
import { scopeSearch, ScopeError, type Scope } from '../../scope';
import type { HeatmapSortKey, SortDirection } from '../../charts/indicator-heatmap';

export interface IndicatorView {
  /** A top-level indicator whose sub-indicators are shown, or null for indicators 1-10. */
  drill: string | null;
  /** 'name', 'TOTAL' or an indicator code. */
  sort: HeatmapSortKey;
  dir: SortDirection;
}

/** Weakest first: an analyst opens this page to find the organisations that need help. */
export const DEFAULT_VIEW: IndicatorView = { drill: null, sort: 'TOTAL', dir: 'asc' };

/** Reads drill, sort and dir; a malformed value throws ScopeError naming the parameter. */
export function parseIndicatorView(search: URLSearchParams): IndicatorView {
  const drill = search.get('drill') || null;
  if (drill !== null && !/^\d{1,2}$/.test(drill))
    throw new ScopeError('drill', `'drill' must be an indicator number such as 9 (got '${drill}')`);
  const rawSort = search.get('sort') || null;
  if (rawSort !== null && !/^(name|total|\d{1,2}(\.\d{1,2})?)$/.test(rawSort))
    throw new ScopeError(
      'sort',
      `'sort' must be name, total or an indicator code such as 7 (got '${rawSort}')`,
    );
  const dir = search.get('dir') || DEFAULT_VIEW.dir;
  if (dir !== 'asc' && dir !== 'desc')
    throw new ScopeError('dir', `'dir' must be asc or desc (got '${dir}')`);
  const sort = rawSort === null ? DEFAULT_VIEW.sort : rawSort === 'total' ? 'TOTAL' : rawSort;
  return { drill, sort, dir };
}

/** The sort key that exists among the heatmap's columns: a drilled view has no total, so it sorts by the parent. */
export function effectiveSort(view: IndicatorView, columns: string[]): HeatmapSortKey {
  if (view.sort === 'name' || columns.includes(view.sort)) return view.sort;
  return columns[0] ?? 'name';
}

/** The page URL's search string for a scope and view, leaving out defaults. */
export function indicatorSearch(scope: Scope, view: IndicatorView): string {
  return scopeSearch(scope, {
    drill: view.drill,
    sort: view.sort === DEFAULT_VIEW.sort ? null : view.sort === 'TOTAL' ? 'total' : view.sort,
    dir: view.dir === DEFAULT_VIEW.dir ? null : view.dir,
  });
}
