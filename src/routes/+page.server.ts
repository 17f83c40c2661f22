// Overview: data inventory and the scope's yearly summary, all from named queries.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appRunner } from '$lib/server/app-context';
import { QueryParamError } from '$lib/server/queries/query-params';
import { tableToRows } from '$lib/server/queries/query-format';

export const load: PageServerLoad = async ({ url }) => {
  const runner = await appRunner();
  const province = url.searchParams.get('province') ?? undefined;
  try {
    const [inventory, summary, provinces] = await Promise.all([
      runner.run('data_inventory'),
      runner.run('year_summary', { province }),
      runner.run('provinces'),
    ]);
    return {
      province: province ?? null,
      inventory: tableToRows(inventory.table),
      summary: tableToRows(summary.table),
      provinces: tableToRows(provinces.table),
    };
  } catch (err) {
    if (err instanceof QueryParamError) error(400, { message: err.message, param: err.param });
    throw err;
  }
};
