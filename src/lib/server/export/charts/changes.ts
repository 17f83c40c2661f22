// The year-on-year change page's charts (/changes): organisations' arrows, the change distribution, the mean change per
// indicator and level transitions. Texts and queries as in src/lib/components/changes/*.svelte.
import { changeDumbbellSpec } from '../../../charts/change-dumbbell';
import { changeHistogramSpec } from '../../../charts/change-histogram';
import { changeIndicatorsSpec, type IndicatorChangeRow } from '../../../charts/change-indicators';
import { changeTransitionsSpec, type TransitionRow } from '../../../charts/change-transitions';
import { indicatorLabel } from '../../../charts/indicator-label';
import {
  ALL_ORGS_LIMIT,
  MOVERS,
  changeParams,
  signed,
} from '../../../components/changes/change-summary';
import { CHANGE_THRESHOLD } from '../../../ita/change-direction';
import { areaParams } from '../../../scope';
import { formatCount, formatNumber } from '../../../thai/format';
import {
  ExportParamError,
  fileSubject,
  pageAreaName,
  queryRows,
  type ChartContext,
} from '../chart-context';
import { defineChart, type ExportColumn } from '../chart-definition';

/** The pair of years and the change_summary row the page loads first; a view the page would not chart is a 400. */
async function changePage(ctx: ChartContext) {
  const { scope } = ctx;
  const { year, compare } = scope;
  if (year === null || compare === null)
    throw new ExportParamError(
      'compare',
      'A change chart needs two fiscal years: year and compare',
    );
  if (year === compare)
    throw new ExportParamError('compare', `'compare' must differ from 'year' (both ${year})`);
  const [summary] = await queryRows(ctx, 'change_summary', {
    fiscal_year: year,
    compare,
    ...areaParams(scope),
    threshold: CHANGE_THRESHOLD,
  });
  if (!summary || summary.orgs_paired === 0)
    throw new ExportParamError(
      'compare',
      `No organisation in this area was assessed in both ${compare} and ${year}`,
    );
  const paired = { ...scope, year, compare };
  return {
    summary,
    paired,
    area: pageAreaName(ctx),
    provenance: {
      real: summary.orgs_paired - summary.synthetic_orgs,
      synthetic: summary.synthetic_orgs,
    },
    years: `${compare}-${year}`,
  };
}

const num = (ctx: ChartContext) => (v: number) => formatNumber(v, ctx.lang);
const dirLabel = (ctx: ChartContext, d: string) => ctx.t(`chg.dir.${d}` as 'chg.dir.stable');

export const changeDumbbell = defineChart({
  id: 'change-dumbbell',
  fileLabel: (ctx) => ctx.t('export.label.change-dumbbell'),
  async load(ctx) {
    const { t, lang, passMark } = ctx;
    const page = await changePage(ctx);
    const { summary, paired: scope } = page;
    const moversOnly = summary.orgs_paired > ALL_ORGS_LIMIT;
    const rows = await queryRows(ctx, 'change_orgs', {
      ...changeParams(scope, summary.threshold),
      movers: moversOnly ? MOVERS : undefined,
    });
    const top = rows.find((r) => r.gain_order === 1);
    const bottom = rows.find((r) => r.decline_order === 1);
    const columns: ExportColumn[] = [
      { key: 'org_code', label: t('export.col.code'), kind: 'text' },
      { key: 'short_name_th', label: t('chg.col.org'), kind: 'text' },
      { key: 'district_th', label: t('chg.col.district'), kind: 'text' },
      ...(scope.province
        ? []
        : [{ key: 'province_th', label: t('chg.col.province'), kind: 'text' } as const]),
      {
        key: 'total_before',
        label: t('chg.col.total_in', { year: scope.compare }),
        kind: 'number',
      },
      { key: 'total_now', label: t('chg.col.total_in', { year: scope.year }), kind: 'number' },
      { key: 'change', label: t('chg.col.change'), kind: 'number' },
      { key: 'direction_label', label: t('chg.col.direction'), kind: 'text' },
      { key: 'rank_before', label: `${t('chg.col.rank')} ${scope.compare}`, kind: 'integer' },
      { key: 'rank_now', label: `${t('chg.col.rank')} ${scope.year}`, kind: 'integer' },
    ];
    return {
      data: rows,
      rows: rows.map((r) => ({ ...r, direction_label: dirLabel(ctx, r.direction) })),
      columns,
      text: {
        title: moversOnly
          ? t('chg.chart.dumbbell.title_movers', { compare: scope.compare, year: scope.year })
          : t('chg.chart.dumbbell.title', { compare: scope.compare, year: scope.year }),
        description:
          (moversOnly
            ? t('chg.chart.dumbbell.movers_note', {
                area: page.area,
                orgs: formatCount(summary.orgs_paired, lang),
                n: MOVERS,
              }) + ' '
            : '') +
          t('chg.chart.dumbbell.subtitle', {
            compare: scope.compare,
            year: scope.year,
            mark: passMark,
          }),
        summary:
          top && bottom
            ? t('chg.chart.dumbbell.summary', {
                improving: formatCount(summary.improving, lang),
                stable: formatCount(summary.stable, lang),
                worsening: formatCount(summary.worsening, lang),
                top: top.short_name_th,
                top_change: signed(top.change, num(ctx)),
                bottom: bottom.short_name_th,
                bottom_change: signed(bottom.change, num(ctx)),
              })
            : undefined,
      },
      provenance: page.provenance,
      filters: { parts: ['area', 'compare'] },
      file: { subject: fileSubject(ctx), years: page.years },
      spec: (width) =>
        changeDumbbellSpec(rows, {
          t,
          width,
          year: scope.year,
          compare: scope.compare,
          passMark,
          withProvince: !scope.province,
        }),
    };
  },
});

export const changeHistogram = defineChart({
  id: 'change-histogram',
  fileLabel: (ctx) => ctx.t('export.label.change-histogram'),
  async load(ctx) {
    const { t, lang } = ctx;
    const page = await changePage(ctx);
    const { summary, paired: scope } = page;
    const rows = await queryRows(ctx, 'change_histogram', changeParams(scope, summary.threshold));
    const n = num(ctx);
    return {
      data: rows,
      rows: rows.map((r) => ({ ...r, direction_label: dirLabel(ctx, r.direction) })),
      columns: [
        { key: 'bin_start', label: t('export.col.bin_start'), kind: 'number' },
        { key: 'bin_end', label: t('export.col.bin_end'), kind: 'number' },
        { key: 'direction_label', label: t('chg.col.direction'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
      ],
      text: {
        title: t('chg.chart.histogram.title', { compare: scope.compare, year: scope.year }),
        description: t('chg.chart.histogram.subtitle', {
          width: 2 * summary.threshold,
          t: summary.threshold,
        }),
        summary: t('chg.chart.histogram.summary', {
          median: summary.median_change === null ? '–' : signed(summary.median_change, n),
          mean: summary.mean_change === null ? '–' : signed(summary.mean_change, n),
          improving: formatCount(summary.improving, lang),
          stable: formatCount(summary.stable, lang),
          worsening: formatCount(summary.worsening, lang),
        }),
      },
      provenance: page.provenance,
      filters: { parts: ['area', 'compare'] },
      file: { subject: fileSubject(ctx), years: page.years },
      spec: (width) => changeHistogramSpec(rows, { t, width, threshold: summary.threshold }),
    };
  },
});

export const changeIndicators = defineChart({
  id: 'change-indicators',
  fileLabel: (ctx) => ctx.t('export.label.change-indicators'),
  async load(ctx) {
    const { t, lang } = ctx;
    const page = await changePage(ctx);
    const scope = page.paired;
    const threshold = CHANGE_THRESHOLD;
    const rows = await queryRows(ctx, 'change_indicators', changeParams(scope, threshold));
    const name = (r: IndicatorChangeRow) => indicatorLabel(r, lang, false, 60);
    const sorted = [...rows].sort((a, b) => b.mean_change - a.mean_change);
    const best = sorted[0];
    const worst = sorted.at(-1);
    const n = num(ctx);
    return {
      data: rows,
      rows: rows.map((r) => ({ ...r, name: lang === 'th' ? r.name_th : r.name_en })),
      columns: [
        { key: 'code', label: t('chg.col.indicator'), kind: 'text' },
        { key: 'name', label: t('export.col.indicator_name'), kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
        { key: 'mean_before', label: `${t('ind.col.mean')} ${scope.compare}`, kind: 'number' },
        { key: 'mean_now', label: `${t('ind.col.mean')} ${scope.year}`, kind: 'number' },
        { key: 'mean_change', label: t('chg.col.mean_change'), kind: 'number' },
        { key: 'improving', label: t('chg.dir.improving'), kind: 'integer' },
        { key: 'stable', label: t('chg.dir.stable'), kind: 'integer' },
        { key: 'worsening', label: t('chg.dir.worsening'), kind: 'integer' },
      ],
      text: {
        title: t('chg.chart.indicators.title', { compare: scope.compare, year: scope.year }),
        description: t('chg.chart.indicators.subtitle', { t: threshold }),
        summary:
          best && worst
            ? t('chg.chart.indicators.summary', {
                best: name(best),
                best_change: signed(best.mean_change, n),
                worst: name(worst),
                worst_change: signed(worst.mean_change, n),
              })
            : undefined,
      },
      provenance: page.provenance,
      filters: { parts: ['area', 'compare'] },
      file: { subject: fileSubject(ctx), years: page.years },
      spec: (width) => changeIndicatorsSpec(rows, { t, lang, width, threshold }),
    };
  },
});

export const changeTransitions = defineChart({
  id: 'change-transitions',
  fileLabel: (ctx) => ctx.t('export.label.change-transitions'),
  async load(ctx) {
    const { t, lang } = ctx;
    const page = await changePage(ctx);
    const scope = page.paired;
    const rows = await queryRows(ctx, 'change_transitions', {
      fiscal_year: scope.year,
      compare: scope.compare,
      ...areaParams(scope),
    });
    const boundary = rows.length > 0 && rows[0]!.grading_before !== rows[0]!.grading_now;
    const label = (r: TransitionRow, side: 'before' | 'now') =>
      (lang === 'en' ? r[`level_en_${side}`] : r[`level_${side}`]) ?? '–';
    const top = [...rows].sort((a, b) => b.orgs - a.orgs)[0];
    let summary: string | undefined;
    if (top) {
      const largest = {
        from: label(top, 'before'),
        to: label(top, 'now'),
        orgs: formatCount(top.orgs, lang),
      };
      const count = (f: (r: TransitionRow) => boolean) =>
        formatCount(
          rows.filter(f).reduce((n, r) => n + r.orgs, 0),
          lang,
        );
      summary = boundary
        ? t('chg.chart.transitions.summary_boundary', largest)
        : t('chg.chart.transitions.summary', {
            up: count((r) => (r.rank_now ?? 0) < (r.rank_before ?? 0)),
            same: count((r) => r.rank_now === r.rank_before),
            down: count((r) => (r.rank_now ?? 0) > (r.rank_before ?? 0)),
            ...largest,
          });
    }
    return {
      data: rows,
      rows: rows.map((r) => ({
        ...r,
        level_before: label(r, 'before'),
        level_now: label(r, 'now'),
      })),
      columns: [
        { key: 'level_before', label: `${t('chg.col.from')} (${scope.compare})`, kind: 'text' },
        { key: 'level_now', label: `${t('chg.col.to')} (${scope.year})`, kind: 'text' },
        { key: 'orgs', label: t('col.orgs'), kind: 'integer' },
      ],
      text: {
        title: t('chg.chart.transitions.title', { compare: scope.compare, year: scope.year }),
        description: t('chg.chart.transitions.subtitle', {
          compare: scope.compare,
          year: scope.year,
        }),
        summary,
      },
      provenance: page.provenance,
      filters: { parts: ['area', 'compare'] },
      file: { subject: fileSubject(ctx), years: page.years },
      spec: (width) =>
        changeTransitionsSpec(rows, { t, lang, width, year: scope.year, compare: scope.compare }),
    };
  },
});
