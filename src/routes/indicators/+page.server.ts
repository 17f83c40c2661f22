// Weak indicators: the scope, the page's own view (drill, sort), the area summary and every chart drawn on the server.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { ScopeError } from '$lib/scope';
import { LOWEST_COUNT } from '$lib/ita/weak';
import { INDICATORS_CHARTS, loadSummary } from '$lib/features/indicators/charts';
import {
  indicatorParams,
  parseIndicatorView,
  type IndicatorView,
} from '$lib/features/indicators/indicator-view';
import { pageCharts, pageLoadContext } from '$lib/server/page-charts';
import { loadScopeContext } from '$lib/server/scope-context';

export const load: PageServerLoad = async ({ url, locals }) => {
  let view: IndicatorView;
  try {
    view = parseIndicatorView(url.searchParams);
  } catch (err) {
    if (err instanceof ScopeError) error(400, { message: err.message, param: err.param });
    throw err;
  }
  const { runner, dataVersion, ...context } = await loadScopeContext(url);
  const ctx = pageLoadContext({ ...context, runner }, locals.lang, indicatorParams(view));
  // The summary first: the headings need it, and the charts then read it from the runner's cache.
  const summary = context.scope.year === null ? [] : await loadSummary(ctx);
  const charts = summary.length
    ? await pageCharts(ctx, 'indicators', INDICATORS_CHARTS, dataVersion)
    : {};
  return { ...context, view, summary, charts, lowestCount: LOWEST_COUNT };
};
