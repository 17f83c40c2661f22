// Everything a page needs to show and change its scope: the parsed URL state with defaults resolved, and the picker options.
import { error } from '@sveltejs/kit';
import { parseScope, ScopeError, type Scope } from '../scope';
import type { QueryName, QueryParams, QueryRows } from '../queries/types';
import type { TypeCountRow } from '../type-counts';
import { appRunner } from './app-context';
import { tableToRows } from './queries/query-format';
import type { QueryRunner } from './queries/query-runner';

export type FrameworkRow = QueryRows['frameworks'];

export interface ScopeContext {
  scope: Scope;
  /** Fiscal years that have scores, oldest first. */
  years: number[];
  frameworks: FrameworkRow[];
  provinces: QueryRows['provinces'][];
  districts: QueryRows['districts'][];
  /** type_counts for the scope's area and year: organisations per type, registered and scored (picker, overview). */
  typeCounts: TypeCountRow[];
  passMark: number;
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
 * Parses the URL (400 naming the parameter when malformed) and fills the year defaults: latest year, and the one before.
 * `area` is the province a page is about when its path names it (/province/94) rather than the URL's parameters.
 */
export async function loadScopeContext(
  url: URL,
  area: { province?: string } = {},
): Promise<ScopeContext & { runner: QueryRunner }> {
  let scope: Scope;
  try {
    scope = parseScope(url.searchParams);
  } catch (err) {
    if (err instanceof ScopeError) error(400, { message: err.message, param: err.param });
    throw err;
  }
  const runner = await appRunner();
  const l = await scopeLists(runner);
  const [{ inventory, frameworks, provinces }, districts] = await Promise.all([
    l.shared,
    scope.province ? districtsOf(runner, l, scope.province) : [],
  ]);
  const years = inventory.filter((r) => r.orgs_scored > 0).map((r) => r.fiscal_year);
  const latest = years.at(-1) ?? frameworks.at(-1)?.fiscal_year ?? null;
  const year = scope.year ?? latest;
  if (year !== null && !frameworks.some((f) => f.fiscal_year === year))
    error(400, { message: `There is no ITA framework for fiscal year ${year}`, param: 'year' });
  const earlier = years.filter((y) => year !== null && y < year);
  const compare = scope.compare ?? earlier.at(-1) ?? null;
  const passMark =
    frameworks.find((f) => f.fiscal_year === year)?.pass_mark ?? frameworks.at(-1)?.pass_mark ?? 0;
  const typeCounts = await rows(runner, 'type_counts', {
    fiscal_year: year === null ? undefined : String(year),
    province: area.province ?? scope.province ?? undefined,
    district: scope.district ?? undefined,
  });
  return {
    runner,
    scope: { ...scope, year, compare },
    years,
    frameworks,
    provinces,
    districts,
    typeCounts,
    passMark,
  };
}
