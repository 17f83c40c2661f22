// Measures: completion per round over the years and one page of the measure table for the scope, from named queries.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { areaParams } from '$lib/scope';
import { loadScopeContext } from '$lib/server/scope-context';
import { tableToRows } from '$lib/server/queries/query-format';
import {
  MeasureFilterError,
  PAGE_SIZE,
  parseMeasureFilters,
  tableQueryParams,
} from '$lib/components/measures/measure-filters';

export const load: PageServerLoad = async ({ url }) => {
  const { runner, ...context } = await loadScopeContext(url);
  let filters;
  try {
    filters = parseMeasureFilters(url.searchParams);
  } catch (err) {
    if (err instanceof MeasureFilterError) error(400, { message: err.message, param: err.param });
    throw err;
  }
  const area = areaParams(context.scope);
  const year = context.scope.year;
  const [trend, table] = await Promise.all([
    runner.run('measure_completion_trend', area),
    year === null
      ? null
      : runner.run('measure_table', {
          ...area,
          fiscal_year: String(year),
          ...tableQueryParams(filters),
        }),
  ]);
  return {
    ...context,
    filters,
    pageSize: PAGE_SIZE,
    trend: tableToRows(trend.table),
    table: table ? tableToRows(table.table) : [],
  };
};
