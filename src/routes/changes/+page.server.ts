// Year-on-year change: the scope with its pair of years, and the change summary the page's text and layout depend on.
import type { PageServerLoad } from './$types';
import { areaParams } from '$lib/scope';
import { CHANGE_THRESHOLD } from '$lib/ita/change-direction';
import { loadScopeContext } from '$lib/server/scope-context';
import { tableToRows } from '$lib/server/queries/query-format';

export const load: PageServerLoad = async ({ url }) => {
  const { runner, ...context } = await loadScopeContext(url);
  const { year, compare } = context.scope;
  const comparable = year !== null && compare !== null && year !== compare;
  const summary = comparable
    ? tableToRows(
        (
          await runner.run('change_summary', {
            fiscal_year: String(year),
            compare: String(compare),
            ...areaParams(context.scope),
            threshold: String(CHANGE_THRESHOLD),
          })
        ).table,
      )[0]
    : undefined;
  return { ...context, summary: summary ?? null, threshold: CHANGE_THRESHOLD };
};
