// What an exported chart knows about its view: the scope from the page's URL parameters (defaults resolved the way
// pages resolve them), the language, the export time, and the words that describe the filters in force.
import type { Lang } from '../../i18n/messages';
import { translator } from '../../i18n/messages';
import { ScopeError } from '../../scope';
import { tableToRows } from '../queries/query-format';
import type { QueryRunner } from '../queries/query-runner';
import type { QueryName, QueryParams } from '../../queries/types';
import { ChartParamError, type LoadContext, type RowSource } from '../../features/chart-view';
import { resolveScope as resolvePageScope } from '../scope-context';
import type { ResolvedScope as ViewScope } from '../../features/chart-view';

/** A view an export cannot draw: the 400 naming the parameter (the charts' own error, one class for both). */
export { ChartParamError as ExportParamError } from '../../features/chart-view';
export {
  districtName,
  exportedLine,
  fileSubject,
  filterLine,
  pageAreaName,
  provinceName,
  scopeName,
  sourceLine,
} from '../../features/view-text';
export type { FilterPart } from '../../features/chart-view';

/** The scope with the database's data version it was read at (imports bump it): cached renders key on it. */
export type ResolvedScope = ViewScope & { dataVersion: number };

export interface ChartContext extends ResolvedScope, LoadContext {
  runner: QueryRunner;
  now: Date;
}

/** The scope resolver pages use (resolveScope in scope-context.ts), with its errors as the export's 400s. */
export async function resolveScope(
  runner: QueryRunner,
  search: URLSearchParams,
): Promise<ResolvedScope> {
  try {
    return await resolvePageScope(runner, search);
  } catch (err) {
    if (err instanceof ScopeError) throw new ChartParamError(err.param, err.message);
    throw err;
  }
}

export function chartContext(
  runner: QueryRunner,
  scope: ResolvedScope,
  lang: Lang,
  now: Date,
  params: Record<string, string> = {},
): ChartContext {
  return { ...scope, runner, source: runnerRows(runner), lang, t: translator(lang), now, params };
}

/**
 * Rows of named queries from a runner: the server's RowSource, one per page request or export. The charts of a page
 * often read the same query (the overview's four charts all read year_summary): it runs once per source, and each
 * chart still gets rows of its own to sort or map.
 */
export function runnerRows(runner: QueryRunner): RowSource {
  const runs = new Map<string, Promise<unknown>>();
  return {
    async rows<N extends QueryName>(name: N, params?: QueryParams[N]) {
      const key = `${name}?${JSON.stringify(params ?? {})}`;
      let run = runs.get(key) as ReturnType<typeof runner.run<N>> | undefined;
      if (!run) {
        run = runner.run(name, params);
        runs.set(key, run);
        run.catch(() => runs.delete(key));
      }
      return tableToRows((await run).table);
    },
  };
}
