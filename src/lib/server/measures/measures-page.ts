// Everything the measures page (/measures) shows: its charts drawn on the server, the organisations with the lowest
// completion in the table's round, and one page of the measure table, all for the scope's year.
import { error } from '@sveltejs/kit';
import type { Lang } from '../../i18n/messages';
import { areaParams } from '../../scope';
import { MEASURES_CHARTS } from '../../features/measures/charts';
import {
  MeasureFilterError,
  PAGE_SIZE,
  parseMeasureFilters,
  tableQueryParams,
} from '../../features/measures/measure-filters';
import { pageCharts, pageLoadContext } from '../page-charts';
import { loadScopeContext } from '../scope-context';

/** How many organisations the lowest-completion list names. */
const LOWEST_LIMIT = 15;

export async function loadMeasuresPage(url: URL, lang: Lang) {
  const { runner, dataVersion, ...context } = await loadScopeContext(url);
  let filters;
  try {
    filters = parseMeasureFilters(url.searchParams);
  } catch (err) {
    if (err instanceof MeasureFilterError) error(400, { message: err.message, param: err.param });
    throw err;
  }
  const ctx = pageLoadContext({ ...context, runner }, lang);
  const area = areaParams(context.scope);
  const year = context.scope.year;
  // The lowest-completion list follows the table's round; without one, the 12-month round.
  const lowestRound = filters.round ?? '12m';
  const [charts, table, lowest] = await Promise.all([
    pageCharts(ctx, 'measures', MEASURES_CHARTS, dataVersion),
    year === null
      ? []
      : ctx.source.rows('measure_table', {
          ...area,
          fiscal_year: year,
          ...tableQueryParams(filters),
        }),
    year === null
      ? []
      : ctx.source.rows('measure_lowest_orgs', {
          ...area,
          fiscal_year: year,
          round: lowestRound,
          limit: LOWEST_LIMIT,
        }),
  ]);
  return { ...context, filters, pageSize: PAGE_SIZE, charts, table, lowest, lowestRound };
}
