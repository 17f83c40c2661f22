// What the /indicators page and its charts read off indicator_summary: the areas' names, the chosen area's rows, the
// source counts and the heatmap's columns. Pure, so the page's headings and the charts' words agree.
import { AREA_LEVELS, type AreaLevel } from '../../charts/area-levels';
import type { HeatmapColumn } from '../../charts/indicator-heatmap';
import { indicatorLabel } from '../../charts/indicator-label';
import type { QueryRows } from '../../queries/types';
import type { ViewContext } from '../chart-view';
import { districtName, pageAreaName, provinceName } from '../view-text';

export type SummaryRow = QueryRows['indicator_summary'];

/** The legend's name of each area level the scope has: "อ.ยะหริ่ง", "จ.ปัตตานี", "ทั้งประเทศ". */
export function areaNames(ctx: ViewContext): Partial<Record<AreaLevel, string>> {
  const { t } = ctx;
  const names: Partial<Record<AreaLevel, string>> = { nation: t('ind.area.nation') };
  const p = provinceName(ctx);
  const d = districtName(ctx);
  if (p) names.province = t('ind.area.province', { name: p });
  if (d) names.district = t('ind.area.district', { name: d });
  return names;
}

/** The indicator's name in the reader's language. */
export const indicatorName = (ctx: Pick<ViewContext, 'lang'>, r: SummaryRow): string =>
  ctx.lang === 'th' ? r.name_th : r.name_en;

/** Whether the year's framework leaves the indicator's weight or name unconfirmed (marked * on the page). */
export const isUnconfirmed = (r: SummaryRow): boolean => r.weight_unconfirmed || r.name_unconfirmed;

/** The chosen area (the narrowest level in the rows), the next wider one, and the facts the page and charts share. */
export function summaryFacts(ctx: ViewContext, rows: SummaryRow[]) {
  const levels = AREA_LEVELS.filter((l) => rows.some((r) => r.area_level === l));
  const chosen: AreaLevel = levels[0] ?? 'nation';
  const atChosen = rows.filter((r) => r.area_level === chosen);
  const names = areaNames(ctx);
  // Each indicator counts the area's organisations with a value; the most of any indicator is the area's count.
  const orgs = Math.max(0, ...atChosen.map((r) => r.orgs));
  const synthetic = Math.max(0, ...atChosen.map((r) => r.synthetic_orgs));
  const indicators = rows.filter((r) => r.area_level === 'nation');
  return {
    names,
    chosen,
    wider: levels[1] ?? null,
    atChosen,
    /** The chosen area's name, as the page's heading says it. */
    area: names[chosen] ?? pageAreaName(ctx),
    provenance: { real: orgs - synthetic, synthetic },
    nationOrgs: Math.max(0, ...indicators.map((r) => r.orgs)),
    /** The indicators shown, once each, in framework order. */
    indicators,
    unconfirmed: indicators.some(isUnconfirmed),
  };
}

/** The heatmap's columns: the total (not when drilled), then each indicator shown, "7*" with its name. */
export function heatmapColumns(
  ctx: ViewContext,
  rows: SummaryRow[],
  drill: string | null,
): HeatmapColumn[] {
  const { t, lang } = ctx;
  return [
    ...(drill ? [] : [{ code: 'TOTAL', header: t('ind.col.total'), name: t('ind.sort.total') }]),
    ...rows
      .filter((r) => r.area_level === 'nation')
      .map((r) => ({
        code: r.code,
        header: indicatorLabel({ ...r, unconfirmed: isUnconfirmed(r) }, lang, true),
        name: indicatorName(ctx, r),
      })),
  ];
}
