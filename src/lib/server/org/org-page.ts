// Everything the organisation page (/org/<code>) shows, from named queries: identity, years, rank, weak indicators,
// measures, official type means, and its charts (src/lib/features/org/charts.ts) drawn on the server.
import { error, redirect } from '@sveltejs/kit';
import type { ChartPayload } from '../../features/chart-view';
import { ORG_CHARTS } from '../../features/org/charts';
import { ORG_CODE } from '../../features/org/org-code';
import type { Lang } from '../../i18n/messages';
import { LOWEST_COUNT } from '../../ita/weak';
import { pageCharts, pageLoadContext } from '../page-charts';
import { loadScopeContext, type ScopeContext } from '../scope-context';
import { tableToRows } from '../queries/query-format';
import type { QueryRunner } from '../queries/query-runner';
import type { QueryName, QueryParams, QueryRows } from '../../queries/types';

export type OrgProfile = QueryRows['org_profile'];

export interface OrgPageData extends ScopeContext {
  profile: OrgProfile;
  /** org_years: the organisation's own years (the scope's `years` lists every year with data). */
  orgYears: QueryRows['org_years'][];
  rank: QueryRows['org_rank'] | null;
  weak: QueryRows['org_weak_indicators'][];
  measures: QueryRows['org_measures'][];
  response: QueryRows['org_measure_response'][];
  /** official_by_type: the NACC's published mean of the organisation's type, each year it was published. */
  official: QueryRows['official_by_type'][];
  /** org_last_change: who last changed the organisation's data and when; null when nothing was ever written. */
  lastChange: QueryRows['org_last_change'] | null;
  /** The page's charts by id (ORG_CHARTS), loaded and drawn on the server. */
  charts: Record<string, ChartPayload>;
  /** Streamed after the first HTML: the 15 most similar organisations (org_similar) of the year. */
  similar: Promise<QueryRows['org_similar'][]>;
  /** Streamed after the first HTML: what the best province peers did about the weak indicators (org_peer_practices). */
  practices: Promise<QueryRows['org_peer_practices'][]>;
  /** Milliseconds each query took (0 when the result came from the cache), for the timing report. */
  timings: Record<string, number>;
}

async function timed<N extends QueryName>(
  runner: QueryRunner,
  timings: Record<string, number>,
  name: N,
  params: QueryParams[N],
): Promise<QueryRows[N][]> {
  const t0 = performance.now();
  const result = await runner.run(name, params);
  timings[name] = result.cached ? 0 : Math.round(performance.now() - t0);
  return tableToRows(result.table);
}

/** 404 (naming the code) when no organisation has it; 400 naming the parameter when the scope is malformed. */
export async function loadOrgPage(url: URL, code: string, lang: Lang): Promise<OrgPageData> {
  if (!ORG_CODE.test(code)) error(404, { message: `No organisation has the code '${code}'` });
  const { runner, dataVersion, ...context } = await loadScopeContext(url);
  const timings: Record<string, number> = {};
  const [profile] = await timed(runner, timings, 'org_profile', { code });
  if (!profile) error(404, { message: `No organisation has the code '${code}'` });
  // An old address (the first registry's subdistrict code): the organisation's page is at its DLA code now.
  if (profile.code !== code) redirect(308, `/org/${profile.code}${url.search}`);
  const year = context.scope.year === null ? undefined : String(context.scope.year);
  const { peer, weak } = context.scope;
  // The weak-indicator definition the page is set to: the weak indicators and the measures' response read the same.
  const weakParams = { code, peer, weak, lowest_n: String(LOWEST_COUNT) };
  // Typed per use: an empty result stands in for a query that needs a year when the scope has none.
  const none = Promise.resolve([] as never[]);
  const weakRowsLoaded = year
    ? timed(runner, timings, 'org_weak_indicators', { ...weakParams, fiscal_year: year })
    : none;
  // Below the charts and slower (0.2-0.3 s each uncached): streamed, so they do not hold back the first HTML.
  const similar = year ? timed(runner, timings, 'org_similar', { code, fiscal_year: year }) : none;
  const practices = weakRowsLoaded.then((rows) => {
    const indicators = rows
      .filter((w) => w.weak)
      .map((w) => w.code)
      .join(',');
    return year && indicators
      ? timed(runner, timings, 'org_peer_practices', { code, fiscal_year: year, indicators })
      : [];
  });
  // A streamed query that fails before SvelteKit hands it on must not count as unhandled; the page still sees it fail.
  for (const p of [similar, practices]) p.catch(() => {});
  const [years, rank, weakRows, measures, response, official, lastChange, charts] =
    await Promise.all([
      timed(runner, timings, 'org_years', { code }),
      year ? timed(runner, timings, 'org_rank', { code, fiscal_year: year }) : none,
      weakRowsLoaded,
      year ? timed(runner, timings, 'org_measures', { code, fiscal_year: year }) : none,
      year
        ? timed(runner, timings, 'org_measure_response', { ...weakParams, fiscal_year: year })
        : none,
      timed(runner, timings, 'official_by_type', { type: profile.type }),
      timed(runner, timings, 'org_last_change', { code }),
      // The charts' download links carry the organisation as their `org` parameter.
      pageCharts(
        pageLoadContext({ ...context, runner }, lang, { org: code }),
        'org',
        ORG_CHARTS,
        dataVersion,
      ),
    ]);
  return {
    ...context,
    profile,
    orgYears: years,
    rank: rank[0] ?? null,
    weak: weakRows,
    measures,
    response,
    official,
    lastChange: lastChange[0] ?? null,
    charts,
    similar,
    practices,
    timings,
  };
}
