// The compare page's charts (/compare?orgs=…): indicator profiles, totals by year and measure completion of two to ten
// organisations. Texts and queries as in src/lib/components/compare/CompareCharts.svelte and compare-page.ts.
import { compareIndicatorProfileSpec } from '../../../charts/compare-indicator-profile';
import { compareTotalTrendSpec } from '../../../charts/compare-total-trend';
import { completionGridSpec } from '../../../charts/completion-grid';
import {
  completionSummary,
  sourceLine,
  spreadSummary,
  totalsSummary,
} from '../../../components/compare/compare-summary';
import { MAX_COMPARED, parseOrgList } from '../../compare/compare-page';
import { ExportParamError, queryRows, type ChartContext } from '../chart-context';
import { defineChart, type ChartParam } from '../chart-definition';

const ORGS: Record<string, ChartParam> = {
  orgs: {
    pattern: /^[\p{L}\p{N}_,\s-]{1,600}$/u,
    expected: 'organisation codes separated by commas, e.g. 6940907,6940108',
    required: true,
  },
};

/** The organisations asked for, as the page reads the list (Thai digits allowed, at most ten, unknown left out). */
async function compared(ctx: ChartContext) {
  const { codes, invalid } = parseOrgList(ctx.params.orgs ?? null);
  if (invalid.length)
    throw new ExportParamError('orgs', `Not organisation codes: ${invalid.join(', ')}`);
  const kept = codes.slice(0, MAX_COMPARED);
  const orgs =
    kept.length === 0 ? [] : await queryRows(ctx, 'compare_orgs', { orgs: kept.join(',') });
  if (orgs.length === 0)
    throw new ExportParamError('orgs', `No organisation has any of the codes ${kept.join(', ')}`);
  const labelOf = new Map(orgs.map((o) => [o.code, o.label]));
  const subject = ctx.t('export.file.compare', { n: orgs.length });
  const filterOrg = orgs.map((o) => o.label).join(', ');
  return { orgs, labelOf, subject, filterOrg };
}

const fileYears = (years: number[]) =>
  years.length ? `${Math.min(...years)}-${Math.max(...years)}` : '';

export const compareIndicatorProfile = defineChart({
  id: 'compare-indicator-profile',
  params: ORGS,
  fileLabel: (ctx) => ctx.t('export.label.compare-indicator-profile'),
  async load(ctx) {
    const { t, lang, scope } = ctx;
    const c = await compared(ctx);
    if (scope.year === null) throw new ExportParamError('year', 'There are no scores loaded yet');
    const year = scope.year;
    const rows = await queryRows(ctx, 'compare_indicators', {
      orgs: c.orgs.map((o) => o.code).join(','),
      fiscal_year: year,
    });
    const synthetic = rows.some((r) => r.source === 'synthetic');
    return {
      data: rows,
      rows: rows.map((r) => ({ ...r, org_label: c.labelOf.get(r.org_code) ?? r.org_code })),
      columns: [
        { key: 'org_code', label: t('export.col.code'), kind: 'text' },
        { key: 'org_label', label: t('cmp.col.org'), kind: 'text' },
        { key: 'code', label: t('org.col.indicator'), kind: 'text' },
        {
          key: lang === 'th' ? 'name_th' : 'name_en',
          label: t('org.col.indicator_name'),
          kind: 'text',
        },
        { key: 'value', label: t('org.col.value'), kind: 'number' },
      ],
      text: {
        title: t('cmp.chart.profile.title', { year }),
        description: t('cmp.chart.profile.subtitle'),
        summary: spreadSummary(rows, c.labelOf, year, lang, t),
      },
      provenance: { real: 0, synthetic: 0 },
      source: {
        line: sourceLine(
          rows.map((r) => r.source === 'synthetic'),
          t,
        ),
        synthetic,
      },
      filters: { parts: ['year'], org: c.filterOrg },
      file: { subject: c.subject, years: String(year) },
      spec: (width) => compareIndicatorProfileSpec(rows, { t, lang, width, orgs: c.orgs }),
    };
  },
});

export const compareTotalTrend = defineChart({
  id: 'compare-total-trend',
  params: ORGS,
  fileLabel: (ctx) => ctx.t('export.label.compare-total-trend'),
  async load(ctx) {
    const { t, lang, scope } = ctx;
    const c = await compared(ctx);
    // org_years once per organisation, as the page runs it (each result is cached).
    const totals = (
      await Promise.all(
        c.orgs.map(async (o) =>
          (await queryRows(ctx, 'org_years', { code: o.code })).map((r) => ({
            ...r,
            org_code: o.code,
          })),
        ),
      )
    ).flat();
    const synthetic = totals.some((r) => r.source === 'synthetic');
    const years = [...new Set(totals.map((r) => r.fiscal_year))];
    return {
      data: totals,
      rows: totals.map((r) => ({ ...r, org_label: c.labelOf.get(r.org_code) ?? r.org_code })),
      columns: [
        { key: 'org_code', label: t('export.col.code'), kind: 'text' },
        { key: 'org_label', label: t('cmp.col.org'), kind: 'text' },
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'total', label: t('org.col.total'), kind: 'number' },
        { key: lang === 'th' ? 'level' : 'level_en', label: t('org.col.level'), kind: 'text' },
      ],
      text: {
        title: t('cmp.chart.totals.title'),
        description: t('cmp.chart.totals.subtitle'),
        summary: totalsSummary(totals, c.labelOf, scope.year, lang, t),
      },
      provenance: { real: 0, synthetic: 0 },
      source: {
        line: sourceLine(
          totals.map((r) => r.source === 'synthetic'),
          t,
        ),
        synthetic,
      },
      filters: { parts: ['years'], org: c.filterOrg, years },
      file: { subject: c.subject, years: fileYears(years) },
      spec: (width) => compareTotalTrendSpec(totals, { t, width, orgs: c.orgs }),
    };
  },
});

export const compareCompletion = defineChart({
  id: 'compare-completion',
  params: ORGS,
  fileLabel: (ctx) => ctx.t('export.label.compare-completion'),
  async load(ctx) {
    const { t, lang } = ctx;
    const c = await compared(ctx);
    const completion = (
      await Promise.all(
        c.orgs.map((o) => queryRows(ctx, 'org_measure_completion', { code: o.code })),
      )
    ).flat();
    const synthetic = completion.some((r) => r.synthetic);
    const years = [...new Set(completion.map((r) => r.fiscal_year))];
    return {
      data: completion,
      rows: completion.map((r) => ({ ...r, org_label: c.labelOf.get(r.org_code) ?? r.org_code })),
      columns: [
        { key: 'org_code', label: t('export.col.code'), kind: 'text' },
        { key: 'org_label', label: t('cmp.col.org'), kind: 'text' },
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'round', label: t('measures.col.round'), kind: 'text' },
        { key: 'measures', label: t('cmp.col.measures'), kind: 'integer' },
        { key: 'completed', label: t('cmp.col.completed'), kind: 'integer' },
        { key: 'completed_share', label: t('cmp.col.completed_share'), kind: 'share' },
      ],
      text: {
        title: t('cmp.chart.completion.title'),
        description: t('cmp.chart.completion.subtitle'),
        summary: completionSummary(completion, c.labelOf, lang, t),
      },
      provenance: { real: 0, synthetic: 0 },
      source: {
        line: synthetic ? t('org.measures.synthetic_note') : t('org.measures.real_source'),
        synthetic,
      },
      filters: { parts: ['years'], org: c.filterOrg, years },
      file: { subject: c.subject, years: fileYears(years) },
      spec: (width) =>
        completionGridSpec(completion, { t, width, orgs: c.orgs, rounds: ['6m', '12m'] }),
    };
  },
});
