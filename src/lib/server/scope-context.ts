// Everything a page needs to show and change its scope: the parsed URL state with defaults resolved, and the picker options.
import { error } from '@sveltejs/kit';
import type { FrameworkRow, ResolvedScope } from '../features/chart-view';
import { parseScope, ScopeError } from '../scope';
import type { QueryName, QueryParams, QueryRows } from '../queries/types';
import type { TypeCountRow } from '../type-counts';
import { appRunner } from './app-context';
import { tableToRows } from './queries/query-format';
import type { QueryRunner } from './queries/query-runner';

export type { FrameworkRow };

export interface ScopeContext extends ResolvedScope {
  /** type_counts for the scope's area and year: organisations per type, registered and scored (picker, overview). */
  typeCounts: TypeCountRow[];
}

async function rows<N extends QueryName>(
  runner: QueryRunner,
  name: N,
  params?: QueryParams[N],
): Promise<QueryRows[N][]> {
  return tableToRows((await runner.run(name, params)).table);
}

type Inventory = QueryRows['data_inventory'];

interface ScopeLists {
  version: number;
  shared: Promise<{
    inventory: Inventory[];
    frameworks: FrameworkRow[];
    provinces: ScopeContext['provinces'];
  }>;
  districts: Map<string, Promise<ScopeContext['districts']>>;
}

// The pickers' lists are the same for every page and every parameter until the data changes, so they are read once
// per data version (as the organisation resolver is) rather than as four queries on every page request.
const lists = new WeakMap<QueryRunner, ScopeLists>();

async function scopeLists(runner: QueryRunner): Promise<ScopeLists> {
  const version = await runner.dataVersion();
  let current = lists.get(runner);
  if (!current || current.version !== version) {
    const shared = Promise.all([
      rows(runner, 'data_inventory'),
      rows(runner, 'frameworks'),
      rows(runner, 'provinces'),
    ]).then(([inventory, frameworks, provinces]) => ({ inventory, frameworks, provinces }));
    const fresh: ScopeLists = { version, shared, districts: new Map() };
    lists.set(runner, fresh);
    // A failed read must not stay cached: the next request tries again.
    shared.catch(() => {
      if (lists.get(runner) === fresh) lists.delete(runner);
    });
    current = fresh;
  }
  return current;
}

function districtsOf(runner: QueryRunner, l: ScopeLists, province: string) {
  let districts = l.districts.get(province);
  if (!districts) {
    districts = rows(runner, 'districts', { province });
    l.districts.set(province, districts);
    districts.catch(() => l.districts.delete(province));
  }
  return districts;
}

/** A province's districts (the districts query), read once per data version like the scope's lists. */
export async function scopeDistricts(
  runner: QueryRunner,
  province: string,
): Promise<ScopeContext['districts']> {
  return districtsOf(runner, await scopeLists(runner), province);
}

/** data_inventory's rows (what is loaded per fiscal year), read once per data version like the scope's lists. */
export async function scopeInventory(runner: QueryRunner): Promise<Inventory[]> {
  return (await (await scopeLists(runner)).shared).inventory;
}

/**
 * The one scope resolver of pages, exports, decks and notebooks: parses the URL parameters, checks that the year,
 * comparison year, province and district exist, and fills the year defaults (latest year with scores, the year before
 * it to compare). The pickers' lists come from the per-data-version cache. Throws ScopeError naming the parameter.
 */
export async function resolveScope(
  runner: QueryRunner,
  search: URLSearchParams,
): Promise<ResolvedScope & { dataVersion: number }> {
  const scope = parseScope(search);
  const l = await scopeLists(runner);
  const [{ inventory, frameworks, provinces }, districts] = await Promise.all([
    l.shared,
    scope.province ? districtsOf(runner, l, scope.province) : [],
  ]);
  const years = inventory.filter((r) => r.orgs_scored > 0).map((r) => r.fiscal_year);
  const latest = years.at(-1) ?? frameworks.at(-1)?.fiscal_year ?? null;
  const year = scope.year ?? latest;
  if (year !== null && !frameworks.some((f) => f.fiscal_year === year))
    throw new ScopeError('year', `There is no ITA framework for fiscal year ${year}`);
  if (scope.compare !== null && !frameworks.some((f) => f.fiscal_year === scope.compare))
    throw new ScopeError('compare', `There is no ITA framework for fiscal year ${scope.compare}`);
  if (scope.province && !provinces.some((p) => p.province_code === scope.province))
    throw new ScopeError('province', `There is no province with code ${scope.province}`);
  if (scope.district && !districts.some((d) => d.district_code === scope.district))
    throw new ScopeError(
      'district',
      `There is no district ${scope.district} in province ${scope.province}`,
    );
  const earlier = years.filter((y) => year !== null && y < year);
  const compare = scope.compare ?? earlier.at(-1) ?? null;
  const passMark =
    frameworks.find((f) => f.fiscal_year === year)?.pass_mark ?? frameworks.at(-1)?.pass_mark ?? 0;
  return {
    dataVersion: l.version,
    scope: { ...scope, year, compare },
    years,
    frameworks,
    provinces,
    districts,
    passMark,
  };
}

/**
 * A page's scope: resolveScope with a 400 naming the parameter, and the type picker's counts.
 * `area` is the province a page is about when its path names it (/province/94) rather than the URL's parameters.
 */
export async function loadScopeContext(
  url: URL,
  area: { province?: string } = {},
): Promise<ScopeContext & { runner: QueryRunner; dataVersion: number }> {
  const runner = await appRunner();
  let resolved: ResolvedScope & { dataVersion: number };
  try {
    resolved = await resolveScope(runner, url.searchParams);
  } catch (err) {
    if (err instanceof ScopeError) error(400, { message: err.message, param: err.param });
    throw err;
  }
  const { scope } = resolved;
  const typeCounts = await rows(runner, 'type_counts', {
    fiscal_year: scope.year === null ? undefined : String(scope.year),
    province: area.province ?? scope.province ?? undefined,
    district: scope.district ?? undefined,
  });
  return { runner, ...resolved, typeCounts };
}
