// Overview: data inventory, the scope's yearly summary and the NACC's official national figures, all from named queries.
import type { PageServerLoad } from './$types';
import { areaParams } from '$lib/scope';
import { loadScopeContext, scopeInventory } from '$lib/server/scope-context';
import { tableToRows } from '$lib/server/queries/query-format';

export const load: PageServerLoad = async ({ url }) => {
  const { runner, ...context } = await loadScopeContext(url);
  const [inventory, summary, official] = await Promise.all([
    scopeInventory(runner),
    runner.run('year_summary', areaParams(context.scope)),
    runner.run('official_national'),
  ]);
  return {
    ...context,
    inventory,
    summary: tableToRows(summary.table),
    official: tableToRows(official.table),
  };
};
