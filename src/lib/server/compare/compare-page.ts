// Everything the compare page (/compare?orgs=…) shows: the organisations asked for, what was wrong with the list, and their data.
import { redirect } from '@sveltejs/kit';
import { toArabicDigits } from '../../thai/digits';
import { loadScopeContext, type ScopeContext } from '../scope-context';
import { tableToRows } from '../queries/query-format';
import { ORG_CODE } from '../org/org-page';
import type { QueryName, QueryParams, QueryRows } from '../../queries/types';

/** The most organisations a comparison shows side by side. */
export const MAX_COMPARED = 10;

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
  indicators: Record<string, unknown>[];
  totals: Record<string, unknown>[];
  completion: Record<string, unknown>[];
}

/** Splits the orgs parameter: trimmed, Thai digits allowed, repeats dropped, in the order written. */
export function parseOrgList(raw: string | null): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const part of (raw ?? '').split(/[,\s]+/)) {
    const code = toArabicDigits(part.trim());
    if (!code) continue;
    if (!ORG_CODE.test(code)) invalid.push(part.trim());
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}

export async function loadComparePage(url: URL): Promise<ComparePageData> {
  const { runner, ...context } = await loadScopeContext(url);
  const { codes, invalid } = parseOrgList(url.searchParams.get('orgs'));
  const kept = codes.slice(0, MAX_COMPARED);
  const problems: CompareProblems = { unknown: [...invalid], dropped: codes.slice(MAX_COMPARED) };
  if (kept.length === 0)
    return { ...context, orgs: [], problems, indicators: [], totals: [], completion: [] };
  const rows = async <N extends QueryName>(name: N, params: QueryParams[N]) =>
    tableToRows((await runner.run(name, params)).table);
  const orgs = await rows('compare_orgs', { orgs: kept.join(',') });
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
  const year = context.scope.year === null ? undefined : String(context.scope.year);
  // Totals and completion run once per organisation: an equality on org_code reaches the tables through the
  // views and each result is cached, so adding an organisation to the list costs one organisation's queries.
  const [indicators, totals, completion] = await Promise.all([
    year && found.length
      ? rows('compare_indicators', { orgs: found.join(','), fiscal_year: year })
      : Promise.resolve([] as QueryRows['compare_indicators'][]),
    Promise.all(
      found.map(async (code) =>
        (await rows('org_years', { code })).map((r) => ({ org_code: code, ...r })),
      ),
    ).then((x) => x.flat()),
    Promise.all(found.map((code) => rows('org_measure_completion', { code }))).then((x) =>
      x.flat(),
    ),
  ]);
  return { ...context, orgs, problems, indicators, totals, completion };
}
