// The compare page's charts (/compare?orgs=…): indicator profiles of a year, totals by year and measure completion of
// two to ten organisations. Each is defined once here for the page, its exports, decks and notebooks.
import { compareIndicatorProfileSpec } from '../../charts/compare-indicator-profile';
import type { ComparedOrg } from '../../charts/compare-palette';
import { compareTotalTrendSpec } from '../../charts/compare-total-trend';
import { completionGridSpec } from '../../charts/completion-grid';
import { roundName } from '../../charts/measure-rounds';
import type { QueryRows } from '../../queries/types';
import {
  ChartParamError,
  defineChart,
  type AnyChartDef,
  type ChartColumn,
  type ChartParam,
  type ChartPayload,
  type LoadContext,
  type ViewContext,
} from '../chart-view';
import { sourceLine, yearSpan } from '../view-text';
import { completionSummary, spreadSummary, totalsSummary } from './compare-summary';
import { MAX_COMPARED, parseOrgList } from './org-list';

/** The organisations of the comparison: the page passes the codes it found, an export link carries them. */
const ORGS: Record<string, ChartParam> = {
  orgs: {
    pattern: /^[\p{L}\p{N}_,\s-]{1,600}$/u,
    expected: 'organisation codes separated by commas, e.g. 6940907,6940108',
    required: true,
  },
};

/** The rounds the grid draws, those most reports use (3 and 9 months and unstated rounds stay in the table). */
const GRID_ROUNDS = ['6m', '12m'];

/** org_years rows, each tagged with the organisation it belongs to (the query itself is per organisation). */
type TotalRow = QueryRows['org_years'] & { org_code: string };

/** A chart's organisations (code and legend label, in the order asked) and its rows. */
interface Compared<R> {
  orgs: ComparedOrg[];
  rows: R[];
}

/** The organisations asked for, as the page reads the list (Thai digits allowed, at most ten, unknown left out). */
async function comparedOrgs(ctx: LoadContext): Promise<ComparedOrg[]> {
  const { codes, invalid } = parseOrgList(ctx.params.orgs ?? null);
  if (invalid.length)
    throw new ChartParamError('orgs', `Not organisation codes: ${invalid.join(', ')}`);
  const kept = codes.slice(0, MAX_COMPARED);
  const orgs = kept.length ? await ctx.source.rows('compare_orgs', { orgs: kept.join(',') }) : [];
  if (orgs.length === 0)
    throw new ChartParamError('orgs', `No organisation has any of the codes ${kept.join(', ')}`);
  return orgs.map(({ code, label }) => ({ code, label }));
}

/** What every compare chart says about its organisations: their names in the filter line, the file's subject. */
function orgWords(ctx: ViewContext, orgs: ComparedOrg[]) {
  const labelOf = new Map(orgs.map((o) => [o.code, o.label]));
  return {
    labelOf,
    /** Rows with the organisation's label beside its code, for the table and the files. */
    labelled: <R extends { org_code: string }>(rows: R[]) =>
      rows.map((r) => ({ ...r, org_label: labelOf.get(r.org_code) ?? r.org_code })),
    filterOrg: orgs.map((o) => o.label).join(', '),
    subject: ctx.t('export.file.compare', { n: orgs.length }),
    columns: [
      { key: 'org_code', label: ctx.t('export.col.code'), kind: 'text' },
      { key: 'org_label', label: ctx.t('cmp.col.org'), kind: 'text' },
    ] satisfies ChartColumn[],
  };
}

/** Organisation-years by provenance: each organisation counts once however many rows (indicators) it has. */
function provenance(rows: { org_code: string; fiscal_year?: number; source: string }[]) {
  const seen = new Map<string, string>();
  for (const r of rows) seen.set(`${r.org_code}/${r.fiscal_year ?? ''}`, r.source);
  const synthetic = [...seen.values()].filter((s) => s === 'synthetic').length;
  return { real: seen.size - synthetic, synthetic };
}

const yearsOf = (rows: { fiscal_year: number }[]) =>
  [...new Set(rows.map((r) => r.fiscal_year))].sort((a, b) => a - b);

export const compareIndicatorProfile = defineChart({
  id: 'compare-indicator-profile',
  params: ORGS,
  fileLabel: (ctx) => ctx.t('export.label.compare-indicator-profile'),
  async load(ctx): Promise<Compared<QueryRows['compare_indicators']>> {
    const orgs = await comparedOrgs(ctx);
    const year = ctx.scope.year;
    if (year === null) throw new ChartParamError('year', 'There are no scores loaded yet');
    const rows = await ctx.source.rows('compare_indicators', {
      orgs: orgs.map((o) => o.code).join(','),
      fiscal_year: String(year),
    });
    return { orgs, rows };
  },
  view(ctx, { orgs, rows }) {
    const { t, lang } = ctx;
    const year = ctx.scope.year ?? 0;
    const w = orgWords(ctx, orgs);
    return {
      title: t('cmp.chart.profile.title', { year }),
      subtitle: t('cmp.chart.profile.subtitle'),
      summary: spreadSummary(rows, w.labelOf, lang, t),
      source: sourceLine(ctx, provenance(rows)),
      empty: t('cmp.chart.profile.none', { year }),
      columns: [
        ...w.columns,
        { key: 'code', label: t('org.col.indicator'), kind: 'text' },
        {
          key: lang === 'th' ? 'name_th' : 'name_en',
          label: t('org.col.indicator_name'),
          kind: 'text',
        },
        { key: 'value', label: t('org.col.value'), kind: 'number' },
      ],
      rows: w.labelled(rows),
      filters: { parts: ['year'], org: w.filterOrg },
      file: { subject: w.subject, years: String(year) },
      spec: (width) => compareIndicatorProfileSpec(rows, { t, lang, width, orgs }),
    };
  },
});

export const compareTotalTrend = defineChart({
  id: 'compare-total-trend',
  params: ORGS,
  fileLabel: (ctx) => ctx.t('export.label.compare-total-trend'),
  async load(ctx): Promise<Compared<TotalRow>> {
    const orgs = await comparedOrgs(ctx);
    // org_years once per organisation: an equality on org_code reaches the tables through the views, and each
    // result is cached, so adding an organisation to the list costs one organisation's query.
    const rows = await Promise.all(
      orgs.map(async ({ code }) =>
        (await ctx.source.rows('org_years', { code })).map((r) => ({ ...r, org_code: code })),
      ),
    );
    return { orgs, rows: rows.flat() };
  },
  view(ctx, { orgs, rows }) {
    const { t, lang } = ctx;
    const w = orgWords(ctx, orgs);
    const years = yearsOf(rows);
    return {
      title: t('cmp.chart.totals.title'),
      subtitle: t('cmp.chart.totals.subtitle'),
      summary: totalsSummary(rows, w.labelOf, ctx.scope.year, lang, t),
      source: sourceLine(ctx, provenance(rows)),
      columns: [
        ...w.columns,
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'total', label: t('org.col.total'), kind: 'number' },
        { key: lang === 'th' ? 'level' : 'level_en', label: t('org.col.level'), kind: 'text' },
      ],
      rows: w.labelled(rows),
      filters: { parts: ['years'], org: w.filterOrg, years },
      file: { subject: w.subject, years: yearSpan(years) },
      spec: (width) => compareTotalTrendSpec(rows, { t, width, orgs }),
    };
  },
});

export const compareCompletion = defineChart({
  id: 'compare-completion',
  params: ORGS,
  fileLabel: (ctx) => ctx.t('export.label.compare-completion'),
  async load(ctx): Promise<Compared<QueryRows['org_measure_completion']>> {
    const orgs = await comparedOrgs(ctx);
    // One organisation per query, as org_measure_completion's header explains.
    const rows = await Promise.all(
      orgs.map(({ code }) => ctx.source.rows('org_measure_completion', { code })),
    );
    return { orgs, rows: rows.flat() };
  },
  view(ctx, { orgs, rows }) {
    const { t, lang } = ctx;
    const w = orgWords(ctx, orgs);
    const years = yearsOf(rows);
    const synthetic = rows.some((r) => r.synthetic);
    return {
      title: t('cmp.chart.completion.title'),
      subtitle: t('cmp.chart.completion.subtitle'),
      summary: rows.length ? completionSummary(rows, w.labelOf, lang, t) : undefined,
      // Measures carry one flag per round, not organisation-years: the measure pages' own source words.
      source: {
        line: synthetic ? t('org.measures.synthetic_note') : t('org.measures.real_source'),
        synthetic,
      },
      empty: t('cmp.chart.completion.none'),
      columns: [
        ...w.columns,
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'round_name', label: t('measures.col.round'), kind: 'text' },
        { key: 'measures', label: t('cmp.col.measures'), kind: 'integer' },
        { key: 'completed', label: t('cmp.col.completed'), kind: 'integer' },
        { key: 'completed_share', label: t('cmp.col.completed_share'), kind: 'share' },
      ],
      rows: w.labelled(rows).map((r) => ({ ...r, round_name: roundName(r.round, t) })),
      filters: { parts: ['years'], org: w.filterOrg, years },
      file: { subject: w.subject, years: yearSpan(years) },
      spec: (width) => completionGridSpec(rows, { t, width, orgs, rounds: GRID_ROUNDS }),
    };
  },
});

/** The compare page's charts in page order. */
export const COMPARE_CHARTS: AnyChartDef[] = [
  compareIndicatorProfile,
  compareTotalTrend,
  compareCompletion,
];

/** Organisation-years of synthetic totals on the page (the banner's count), from the total trend's payload. */
export function syntheticYears(payload: ChartPayload | undefined): number {
  const data = payload?.data as Compared<TotalRow> | null | undefined;
  return data?.rows.filter((r) => r.source === 'synthetic').length ?? 0;
}
