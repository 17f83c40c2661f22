// The rows the province page (/province/<code>) reads once for its charts and its table, and its source line: no Plot
// here, so the page's first load can use it without the chart code.
import { LOWEST_COUNT } from '../../ita/weak';
import { typeParam } from '../../scope';
import { ChartParamError, type LoadContext, type ViewContext } from '../chart-view';
import { sourceLine } from '../view-text';
import type { OfficialAreaByTypeRow, ProvinceHeadlineRow, ProvinceOrgRow } from './province-rows';

/** The province, year and comparison year the page is about; without a province its charts have no subject. */
export function provinceView(ctx: Pick<ViewContext, 'scope'>) {
  const { scope } = ctx;
  if (!scope.province)
    throw new ChartParamError('province', "A province chart needs 'province', e.g. province=94");
  if (scope.year === null) throw new ChartParamError('year', 'There are no scores loaded yet');
  const compare = scope.compare === null || scope.compare === scope.year ? null : scope.compare;
  return { province: scope.province, year: scope.year, compare };
}

// One read per page: the totals chart, the districts chart's source line and the page's table share province_orgs,
// and the totals chart and the page's official notes share official_area_by_type. pageCharts hands every chart the
// same LoadContext, so a read keyed on it runs once per request (an export's context is its own).
const reads = new WeakMap<LoadContext, Map<string, Promise<unknown>>>();

function once<T>(ctx: LoadContext, key: string, read: () => Promise<T>): Promise<T> {
  let mine = reads.get(ctx);
  if (!mine) reads.set(ctx, (mine = new Map()));
  let p = mine.get(key) as Promise<T> | undefined;
  if (!p) mine.set(key, (p = read()));
  return p;
}

/** province_orgs for the view: every organisation of the province (or district) with a total in the year. */
export function provinceOrgs(ctx: LoadContext): Promise<ProvinceOrgRow[]> {
  const { scope } = ctx;
  const { province, year, compare } = provinceView(ctx);
  return once(ctx, 'province_orgs', () =>
    ctx.source.rows('province_orgs', {
      province,
      fiscal_year: year,
      compare_year: compare,
      district: scope.district,
      type: typeParam(scope),
      weak: scope.weak,
      peer: scope.peer,
      lowest_n: LOWEST_COUNT,
    }),
  );
}

/** The NACC's official mean of each type in the area that year, where published (official_area_by_type). */
export function provinceOfficial(ctx: LoadContext): Promise<OfficialAreaByTypeRow[]> {
  const { scope } = ctx;
  const { province, year } = provinceView(ctx);
  return once(ctx, 'official_area_by_type', () =>
    ctx.source.rows('official_area_by_type', {
      province,
      district: scope.district,
      fiscal_year: year,
      type: typeParam(scope),
    }),
  );
}

/** The headline of the province brief (province_headline): always the whole province, whatever the district. */
export async function provinceHeadline(ctx: LoadContext): Promise<ProvinceHeadlineRow | null> {
  const { province, year, compare } = provinceView(ctx);
  const [row] = await ctx.source.rows('province_headline', {
    province,
    fiscal_year: year,
    compare_year: compare,
    type: typeParam(ctx.scope),
  });
  return row ?? null;
}

/**
 * What the page shows beside its charts: the headline, the table and the official notes. The table and the notes are
 * the charts' own rows (provinceOrgs, provinceOfficial), so the page sends one copy. Empty before any year has scores.
 */
export async function provincePageRows(ctx: LoadContext): Promise<{
  compareYear: number | null;
  headline: ProvinceHeadlineRow | null;
  orgs: ProvinceOrgRow[];
  official: OfficialAreaByTypeRow[];
}> {
  if (ctx.scope.year === null) return { compareYear: null, headline: null, orgs: [], official: [] };
  const [headline, orgs, official] = await Promise.all([
    provinceHeadline(ctx),
    provinceOrgs(ctx),
    provinceOfficial(ctx),
  ]);
  return { compareYear: provinceView(ctx).compare, headline, orgs, official };
}

/** Organisations of the page's table by provenance: the source line of both charts and of the table. */
export function orgProvenance(orgs: readonly ProvinceOrgRow[]): {
  real: number;
  synthetic: number;
} {
  const synthetic = orgs.filter((r) => r.source === 'synthetic').length;
  return { real: orgs.length - synthetic, synthetic };
}

export function provinceSource(ctx: Pick<ViewContext, 't'>, orgs: readonly ProvinceOrgRow[]) {
  return sourceLine(ctx, orgProvenance(orgs));
}
