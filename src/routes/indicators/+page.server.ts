// Weak indicators: the scope, the page's own view (drill, sort) and the area summary, all from named queries.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { areaParams, ScopeError } from '$lib/scope';
import { LOWEST_COUNT } from '$lib/ita/weak';
import { loadScopeContext } from '$lib/server/scope-context';
import { tableToRows } from '$lib/server/queries/query-format';
import { parseIndicatorView, type IndicatorView } from '$lib/components/indicators/indicator-view';

export const load: PageServerLoad = async ({ url }) => {
  let view: IndicatorView;
  try {
    view = parseIndicatorView(url.searchParams);
  } catch (err) {
    if (err instanceof ScopeError) error(400, { message: err.message, param: err.param });
    throw err;
  }
  const { runner, ...context } = await loadScopeContext(url);
  const { scope } = context;
  const summary =
    scope.year === null
      ? []
      : tableToRows(
          (
            await runner.run('indicator_summary', {
              fiscal_year: String(scope.year),
              ...areaParams(scope),
              drill: view.drill ?? undefined,
              weak: scope.weak,
              peer: scope.peer,
              lowest_n: String(LOWEST_COUNT),
            })
          ).table,
        );
  return { ...context, view, summary, lowestCount: LOWEST_COUNT };
};
