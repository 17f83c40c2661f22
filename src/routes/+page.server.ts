// Overview: data inventory, the scope's yearly summary, the NACC's official national figures and the page's charts.
import type { PageServerLoad } from './$types';
import { areaParams } from '$lib/scope';
import { OVERVIEW_CHARTS } from '$lib/features/overview/charts';
import { orgMap } from '$lib/features/map/charts';
import { pageChart, pageChartParams, pageCharts, pageLoadContext } from '$lib/server/page-charts';
import { loadScopeContext, scopeInventory } from '$lib/server/scope-context';
import { tableToRows } from '$lib/server/queries/query-format';

export const load: PageServerLoad = async ({ url, locals }) => {
  const { runner, dataVersion, ...context } = await loadScopeContext(url);
  const [inventory, summary, official, charts, map] = await Promise.all([
    scopeInventory(runner),
    runner.run('year_summary', areaParams(context.scope)),
    runner.run('official_national'),
    pageCharts(
      pageLoadContext({ ...context, runner }, locals.lang),
      'overview',
      OVERVIEW_CHARTS,
      dataVersion,
    ),
    // The map alone takes its own parameters (color, ind, by): the other charts' exports would refuse them.
    pageChart(
      pageLoadContext(
        { ...context, runner },
        locals.lang,
        pageChartParams(orgMap, url.searchParams),
      ),
      'map',
      orgMap,
      dataVersion,
    ),
  ]);
  return {
    ...context,
    inventory,
    summary: tableToRows(summary.table),
    official: tableToRows(official.table),
    charts,
    map,
  };
};
