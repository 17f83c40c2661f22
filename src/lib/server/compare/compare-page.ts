// Everything the compare page (/compare?orgs=…) shows: the organisations asked for, what was wrong with the list, and
// its charts (src/lib/features/compare/charts.ts) drawn on the server.
import { redirect } from '@sveltejs/kit';
import type { ChartPayload } from '../../features/chart-view';
import { COMPARE_CHARTS, syntheticYears } from '../../features/compare/charts';
import { MAX_COMPARED, parseOrgList } from '../../features/compare/org-list';
import type { Lang } from '../../i18n/messages';
import type { QueryRows } from '../../queries/types';
import { pageCharts, pageLoadContext } from '../page-charts';
import { tableToRows } from '../queries/query-format';
import { loadScopeContext, type ScopeContext } from '../scope-context';

export type ComparedOrgRow = QueryRows['compare_orgs'];

export interface CompareProblems {
  /** Codes that match no organisation (or are not codes at all), as written. */
  unknown: string[];
  /** Codes beyond the tenth, left out. */
  dropped: string[];
}

export interface ComparePageData extends ScopeContext {
  orgs: ComparedOrgRow[];
  problems: CompareProblems;
  /** The charts by id, for the organisations found; none when no organisation was found. */
  charts: Record<string, ChartPayload>;
  /** Organisation-years of synthetic totals among the organisations (the banner). */
  syntheticYears: number;
}

export async function loadComparePage(url: URL, lang: Lang): Promise<ComparePageData> {
  const { runner, dataVersion, ...context } = await loadScopeContext(url);
  const { codes, invalid } = parseOrgList(url.searchParams.get('orgs'));
  const kept = codes.slice(0, MAX_COMPARED);
  const problems: CompareProblems = { unknown: [...invalid], dropped: codes.slice(MAX_COMPARED) };
  const none = { ...context, orgs: [], problems, charts: {}, syntheticYears: 0 };
  if (kept.length === 0) return none;
  const orgs = tableToRows((await runner.run('compare_orgs', { orgs: kept.join(',') })).table);
  const found = orgs.map((o) => o.code);
  // A code the registry does not hold may be an old one (the first registry's subdistrict codes) in a saved link:
  // then the same comparison at the DLA codes. Only asked when a code was not found, so a current link costs nothing.
  if (kept.some((c) => !found.includes(c))) {
    const now = new Map(
      tableToRows(
        (await runner.run('org_codes_now', { orgs: codes.slice(0, 50).join(',') })).table,
      ).map((r) => [String(r.given), String(r.code)]),
    );
    if (codes.some((c) => (now.get(c) ?? c) !== c)) {
      const search = new URLSearchParams(url.searchParams);
      search.set('orgs', codes.map((c) => now.get(c) ?? c).join(','));
      redirect(308, `${url.pathname}?${search.toString().replaceAll('%2C', ',')}`);
    }
  }
  problems.unknown.push(...kept.filter((c) => !found.includes(c)));
  if (found.length === 0) return { ...none, orgs };
  // The charts are given the codes found, so their download links carry a list every export accepts.
  const ctx = pageLoadContext({ ...context, runner }, lang, { orgs: found.join(',') });
  const charts = await pageCharts(ctx, 'compare', COMPARE_CHARTS, dataVersion);
  return {
    ...context,
    orgs,
    problems,
    charts,
    syntheticYears: syntheticYears(charts['compare-total-trend']),
  };
}
