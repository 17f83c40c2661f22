// Year-on-year change: the scope with its pair of years, the change summary the page's words depend on, the page's
// charts drawn on the server and the movers tables picked from the arrows chart's rows.
import type { PageServerLoad } from './$types';
import type { ChartPayload } from '$lib/features/chart-view';
import { summaryParams } from '$lib/features/changes/change-pair';
import { CHANGES_CHARTS, type ChangeOrgsData } from '$lib/features/changes/charts';
import { moverLists } from '$lib/features/changes/movers';
import { pageCharts, pageLoadContext } from '$lib/server/page-charts';
import { loadScopeContext } from '$lib/server/scope-context';
import { tableToRows } from '$lib/server/queries/query-format';

const NO_CHARTS: Record<string, ChartPayload> = {};

export const load: PageServerLoad = async ({ url, locals }) => {
  const { runner, dataVersion, ...context } = await loadScopeContext(url);
  // A scope without two different years draws nothing: the page says why instead.
  const params = summaryParams(context.scope);
  const [summary, charts] = await Promise.all([
    params ? runner.run('change_summary', params).then((r) => tableToRows(r.table)[0]) : null,
    params
      ? pageCharts(
          pageLoadContext({ ...context, runner }, locals.lang),
          'changes',
          CHANGES_CHARTS,
          dataVersion,
        )
      : NO_CHARTS,
  ]);
  const arrows = charts['change-dumbbell'] as ChartPayload<ChangeOrgsData> | undefined;
  return {
    ...context,
    summary: summary ?? null,
    charts,
    movers: moverLists(arrows?.data?.rows ?? []),
  };
};
