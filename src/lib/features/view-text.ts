// The words every chart shares: the area's name, the filter line, the source line, the file's subject. Written once
// for pages, exports, decks and notebooks.
import { peerSentence } from '../ita/peer-group';
import { formatCount, formatDate, formatNumber, formatShare } from '../thai/format';
import type { ChartColumn, ChartText, ChartView, FilterPart, ViewContext } from './chart-view';

type Names = Pick<ViewContext, 'provinces' | 'districts' | 'scope'>;

export function provinceName(ctx: Names, code = ctx.scope.province): string | undefined {
  return ctx.provinces.find((p) => p.province_code === code)?.province_th;
}

export function districtName(ctx: Names): string | undefined {
  return ctx.districts.find((d) => d.district_code === ctx.scope.district)?.district_th;
}

/** "ทั้งประเทศ", "จังหวัดปัตตานี", "อำเภอยะหริ่ง จังหวัดปัตตานี": the area the chart covers. */
export function scopeName(ctx: ViewContext): string {
  const p = provinceName(ctx);
  const d = districtName(ctx);
  if (d && p) return ctx.t('export.scope.district', { district: d, province: p });
  if (p) return ctx.t('export.scope.province', { province: p });
  return ctx.t('export.scope.nation');
}

/** The page's name for the scope's area ("จ.ปัตตานี"-style keys of the indicator and change pages). */
export function pageAreaName(ctx: ViewContext): string {
  const p = provinceName(ctx);
  const d = districtName(ctx);
  if (d) return ctx.t('ind.area.district', { name: d });
  if (p) return ctx.t('ind.area.province', { name: p });
  return ctx.t('ind.area.nation');
}

/** The filter line drawn under the title: only what the chart depends on, in the order the filter bar shows it. */
export function filterLine(
  ctx: ViewContext,
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

/** Counts of organisation-years by provenance → the source line (real, synthetic demo data, or both). */
export function sourceLine(
  ctx: Pick<ViewContext, 't'>,
  counts: { real: number; synthetic: number },
): { line: string; synthetic: boolean } {
  const { t } = ctx;
  if (counts.synthetic === 0) return { line: t('real.source'), synthetic: false };
  if (counts.real === 0) return { line: t('synthetic.source'), synthetic: true };
  return { line: t('mixed.source', counts), synthetic: true };
}

/** "ส่งออกเมื่อ …": the export date in the reader's calendar. */
export function exportedLine(ctx: Pick<ViewContext, 't' | 'lang'>, now: Date): string {
  return ctx.t('export.exported', { date: formatDate(now, ctx.lang), app: ctx.t('app.title') });
}

/** The subject of a file name: the organisation, district, province or country the chart is about. */
export function fileSubject(ctx: ViewContext, org?: string): string {
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

/** "2563-2568": the span of years a file covers. */
export const yearSpan = (years: readonly number[]): string =>
  years.length ? `${Math.min(...years)}-${Math.max(...years)}` : '';

/** A table cell as the page shows it: the column's own format, else by its kind, the Thai way. */
export function formatCell(
  column: ChartColumn,
  value: unknown,
  ctx: Pick<ViewContext, 'lang'>,
  row: Record<string, unknown> = {},
): string {
  if (column.format) return column.format(value, row);
  if (value === null || value === undefined || value === '') return '–';
  switch (column.kind) {
    case 'integer':
      return formatCount(Number(value), ctx.lang);
    case 'number':
      return formatNumber(Number(value), ctx.lang);
    case 'share':
      return formatShare(Number(value), ctx.lang);
    case 'list':
      return Array.isArray(value) ? value.join(', ') : String(value);
    default:
      return String(value);
  }
}

/** The words and formatted table of a ChartView: what the page renders before (and without) any chart code. */
export function chartText(ctx: Pick<ViewContext, 'lang'>, view: ChartView): ChartText {
  return {
    title: view.title,
    subtitle: view.subtitle,
    summary: view.summary,
    source: view.source,
    reference: view.reference,
    empty: view.empty,
    columns: view.columns.map(({ key, label }) => ({ key, label })),
    cells: view.rows.map((row) => view.columns.map((c) => formatCell(c, row[c.key], ctx, row))),
  };
}
