// What an exported chart knows about its view: the scope from the page's URL parameters (defaults resolved the way
// pages resolve them), the language, the export time, and the words that describe the filters in force.
import type { Lang, Translate } from '../../i18n/messages';
import { translator } from '../../i18n/messages';
import { peerSentence } from '../../ita/peer-group';
import { parseScope, ScopeError, type Scope } from '../../scope';
import { formatDate } from '../../thai/format';
import { tableToRows } from '../queries/query-format';
import type { QueryRunner } from '../queries/query-runner';
import type { QueryName, QueryParams, QueryRows } from '../../queries/types';
import type { FrameworkRow, ScopeContext } from '../scope-context';

export class ExportParamError extends Error {
  constructor(
    readonly param: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The scope with the database's data version it was read at (imports bump it): cached renders key on it. Exports draw
 * no type picker, so they do without its counts.
 */
export type ResolvedScope = Omit<ScopeContext, 'typeCounts'> & { dataVersion: number };

export interface ChartContext extends ResolvedScope {
  runner: QueryRunner;
  lang: Lang;
  t: Translate;
  now: Date;
  /** The chart's own parameters beyond the shared scope (e.g. org), validated. */
  params: Record<string, string>;
}

async function rows<N extends QueryName>(
  runner: QueryRunner,
  name: N,
  params?: QueryParams[N],
): Promise<QueryRows[N][]> {
  return tableToRows((await runner.run(name, params)).table);
}

/**
 * The same resolution as loadScopeContext (latest year with scores, the year before it to compare), but on a given
 * runner so exports can be tested on the fixture database, and with errors the export endpoint turns into 400s.
 */
export async function resolveScope(
  runner: QueryRunner,
  search: URLSearchParams,
): Promise<ResolvedScope> {
  let scope: Scope;
  try {
    scope = parseScope(search);
  } catch (err) {
    if (err instanceof ScopeError) throw new ExportParamError(err.param, err.message);
    throw err;
  }
  const [inventoryResult, frameworks, provinces, districts] = await Promise.all([
    runner.run('data_inventory'),
    rows(runner, 'frameworks'),
    rows(runner, 'provinces'),
    scope.province ? rows(runner, 'districts', { province: scope.province }) : Promise.resolve([]),
  ]);
  const inventory = tableToRows(inventoryResult.table);
  const years = inventory.filter((r) => r.orgs_scored > 0).map((r) => r.fiscal_year);
  const latest = years.at(-1) ?? frameworks.at(-1)?.fiscal_year ?? null;
  const year = scope.year ?? latest;
  if (year !== null && !frameworks.some((f) => f.fiscal_year === year))
    throw new ExportParamError('year', `There is no ITA framework for fiscal year ${year}`);
  if (scope.compare !== null && !frameworks.some((f) => f.fiscal_year === scope.compare))
    throw new ExportParamError(
      'compare',
      `There is no ITA framework for fiscal year ${scope.compare}`,
    );
  if (scope.province && !provinces.some((p) => p.province_code === scope.province))
    throw new ExportParamError('province', `There is no province with code ${scope.province}`);
  if (scope.district && !districts.some((d) => d.district_code === scope.district))
    throw new ExportParamError(
      'district',
      `There is no district ${scope.district} in province ${scope.province}`,
    );
  const earlier = years.filter((y) => year !== null && y < year);
  const compare = scope.compare ?? earlier.at(-1) ?? null;
  const passMark =
    frameworks.find((f) => f.fiscal_year === year)?.pass_mark ?? frameworks.at(-1)?.pass_mark ?? 0;
  return {
    dataVersion: inventoryResult.dataVersion,
    scope: { ...scope, year, compare },
    years,
    frameworks,
    provinces,
    districts,
    passMark,
  };
}

export function chartContext(
  runner: QueryRunner,
  scope: ResolvedScope,
  lang: Lang,
  now: Date,
  params: Record<string, string> = {},
): ChartContext {
  return { ...scope, runner, lang, t: translator(lang), now, params };
}

export function provinceName(ctx: ChartContext, code = ctx.scope.province): string | undefined {
  return ctx.provinces.find((p) => p.province_code === code)?.province_th;
}

export function districtName(ctx: ChartContext): string | undefined {
  return ctx.districts.find((d) => d.district_code === ctx.scope.district)?.district_th;
}

/** "ทั้งประเทศ", "จังหวัดปัตตานี", "อำเภอยะหริ่ง จังหวัดปัตตานี": the area the chart covers. */
export function scopeName(ctx: ChartContext): string {
  const p = provinceName(ctx);
  const d = districtName(ctx);
  if (d && p) return ctx.t('export.scope.district', { district: d, province: p });
  if (p) return ctx.t('export.scope.province', { province: p });
  return ctx.t('export.scope.nation');
}

/** Parts of the view an exported chart can depend on; each chart lists the ones its picture changes with. */
export type FilterPart = 'area' | 'year' | 'compare' | 'years' | 'peer' | 'weak';

/** The filter line drawn under the title: only what the chart depends on, in the order the filter bar shows it. */
export function filterLine(
  ctx: ChartContext,
  parts: readonly FilterPart[],
  extra: { org?: string; years?: number[] } = {},
): string {
  const { t, scope } = ctx;
  const out: string[] = [];
  if (extra.org) out.push(t('export.filter.org', { org: extra.org }));
  else if (parts.includes('area')) out.push(t('export.filter.scope', { scope: scopeName(ctx) }));
  // The type is always named: the default scope is SAOs only, and a picture must say so.
  if (parts.includes('area')) out.push(t('export.filter.type', { type: t(`type.${scope.type}`) }));
  if (parts.includes('compare') && scope.year && scope.compare)
    out.push(t('export.filter.compare', { compare: scope.compare, year: scope.year }));
  else if (parts.includes('year') && scope.year)
    out.push(t('export.filter.year', { year: scope.year }));
  if (parts.includes('years')) {
    const ys = extra.years ?? ctx.years;
    if (ys.length)
      out.push(
        ys.length === 1
          ? t('export.filter.year', { year: ys[0]! })
          : t('export.filter.years', { from: Math.min(...ys), to: Math.max(...ys) }),
      );
  }
  if (parts.includes('peer'))
    out.push(t('export.filter.peer', { peer: peerSentence(scope.peer, scope.weak, t) }));
  if (parts.includes('weak'))
    out.push(t('export.filter.weak', { weak: t(`weak.${scope.weak}`, { mark: ctx.passMark }) }));
  return out.join(' · ');
}

/** Counts of organisation-years by provenance → the page's source line (real, synthetic or mixed). */
export function sourceLine(
  ctx: ChartContext,
  counts: { real: number; synthetic: number },
): { line: string; synthetic: boolean } {
  const { t } = ctx;
  if (counts.synthetic === 0) return { line: t('real.source'), synthetic: false };
  if (counts.real === 0) return { line: t('synthetic.source'), synthetic: true };
  return { line: t('mixed.source', counts), synthetic: true };
}

export function exportedLine(ctx: ChartContext): string {
  return ctx.t('export.exported', { date: formatDate(ctx.now, ctx.lang), app: ctx.t('app.title') });
}

/** The subject of a file name: the organisation, district, province or country the chart is about. */
export function fileSubject(ctx: ChartContext, org?: string): string {
  if (org) return org;
  const p = provinceName(ctx);
  const d = districtName(ctx);
  const { t } = ctx;
  const area =
    d && p
      ? t('export.file.district', { district: d, province: p })
      : p
        ? t('export.file.province', { province: p })
        : t('export.file.nation');
  return ctx.scope.type === 'all' ? area : `${area}-${t(`type.${ctx.scope.type}`)}`;
}

export type { FrameworkRow };

/** A named query's rows as plain objects, of the query's generated row type. */
export async function queryRows<N extends QueryName>(
  ctx: { runner: QueryRunner },
  name: N,
  params?: QueryParams[N],
): Promise<QueryRows[N][]> {
  return rows(ctx.runner, name, params);
}

/** The page's name for the scope's area ("จ.ปัตตานี"-style keys of the indicator and change pages). */
export function pageAreaName(ctx: ChartContext): string {
  const p = provinceName(ctx);
  const d = districtName(ctx);
  if (d) return ctx.t('ind.area.district', { name: d });
  if (p) return ctx.t('ind.area.province', { name: p });
  return ctx.t('ind.area.nation');
}
