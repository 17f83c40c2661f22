// The organisation page's charts (/org/<code>): the total by year, the indicators against the peer group, and what
// became of the measures (share completed, and every status). Each is defined once here for the page, its exports,
// decks and notebooks; every chart takes the organisation's code as its `org` parameter.
import { completionGridSpec } from '../../charts/completion-grid';
import { latestRoundRow, roundName } from '../../charts/measure-rounds';
import { measureStatusBreakdownSpec } from '../../charts/measure-status-breakdown';
import { typeMeanPoints } from '../../charts/official-marks';
import { orgIndicatorBenchmarkSpec } from '../../charts/org-indicator-benchmark';
import { orgTotalTrendSpec } from '../../charts/org-total-trend';
import { officialSourceLine } from '../../ita/official';
import { peerGroupName } from '../../ita/peer-group';
import { LOWEST_COUNT } from '../../ita/weak';
import type { QueryRows } from '../../queries/types';
import { formatCount, formatNumber, formatShare } from '../../thai/format';
import {
  ChartParamError,
  defineChart,
  type AnyChartDef,
  type ChartParam,
  type ChartView,
  type LoadContext,
  type ViewContext,
} from '../chart-view';
import { sourceLine, yearSpan } from '../view-text';
import { ORG_CODE } from './org-code';

type Profile = QueryRows['org_profile'];
type CompletionRow = QueryRows['org_measure_completion'];

const ORG: Record<string, ChartParam> = {
  org: { pattern: ORG_CODE, expected: 'an organisation code such as 6940907', required: true },
};

/** The organisation the view is about: a 400 naming 'org' when no organisation has the code. */
async function loadProfile(ctx: LoadContext): Promise<Profile> {
  const code = ctx.params.org;
  if (!code) throw new ChartParamError('org', 'No organisation code was given');
  const [profile] = await ctx.source.rows('org_profile', { code });
  if (!profile) throw new ChartParamError('org', `No organisation has the code '${code}'`);
  return profile;
}

/** "อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี": the organisation as the filter line names it (names repeat across provinces). */
function orgLabel(ctx: ViewContext, profile: Profile): string {
  return profile.district_th && profile.province_th
    ? `${profile.short_name_th} ${ctx.t('search.place', { district: profile.district_th, province: profile.province_th })}`
    : profile.short_name_th;
}

/** The measures' source line: the organisation's own imported reports, or synthetic demo measures. */
function measureSource(ctx: ViewContext, rows: CompletionRow[]): ChartView['source'] {
  const synthetic = rows.some((r) => r.synthetic);
  return {
    line: ctx.t(synthetic ? 'org.measures.synthetic_note' : 'org.measures.real_source'),
    synthetic,
  };
}

export const orgTotalTrend = defineChart({
  id: 'org-total-trend',
  params: ORG,
  fileLabel: (ctx) => ctx.t('export.label.org-total-trend'),
  async load(ctx) {
    const profile = await loadProfile(ctx);
    const [rows, official] = await Promise.all([
      ctx.source.rows('org_years', { code: profile.code }),
      ctx.source.rows('official_by_type', { type: profile.type }),
    ]);
    return { profile, rows, official };
  },
  view(ctx, { profile, rows, official }) {
    const { t, lang } = ctx;
    const name = profile.short_name_th;
    // The NACC's published means of the organisation's type, in the years the chart shows.
    const shown = official.filter((o) => rows.some((r) => r.fiscal_year === o.fiscal_year));
    const current = rows.find((r) => r.fiscal_year === ctx.scope.year) ?? rows.at(-1);
    const previous = rows.filter((r) => current && r.fiscal_year < current.fiscal_year).at(-1);
    const synthetic = rows.filter((r) => r.source === 'synthetic').length;
    let summary: string | undefined;
    if (current) {
      summary = t('org.chart.trend.summary', {
        name,
        year: current.fiscal_year,
        total: formatNumber(current.total, lang),
        level: (lang === 'th' ? current.level : (current.level_en ?? current.level)) ?? '–',
        passed: rows.filter((r) => r.passed).length,
        years: rows.length,
      });
      if (previous) {
        const d = current.total - previous.total;
        summary += ` ${t('org.chart.trend.summary_change', {
          change: `${d >= 0 ? '+' : ''}${formatNumber(d, lang)}`,
          prev: previous.fiscal_year,
        })}`;
      }
    }
    const years = rows.map((r) => r.fiscal_year);
    return {
      title: t('org.chart.trend.title', { name }),
      subtitle: t('org.chart.trend.subtitle'),
      summary,
      source: sourceLine(ctx, { real: rows.length - synthetic, synthetic }),
      reference: shown.length ? officialSourceLine(shown, t, lang) : undefined,
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'total', label: t('org.col.total'), kind: 'number' },
        { key: lang === 'th' ? 'level' : 'level_en', label: t('org.col.level'), kind: 'text' },
        { key: 'pass_mark', label: t('org.col.pass_mark'), kind: 'number' },
        {
          key: 'source',
          label: t('col.source'),
          kind: 'text',
          format: (v) => (v === 'real' ? t('chart.legend.real') : t('chart.legend.synthetic')),
        },
      ],
      rows,
      filters: { parts: ['years'], org: orgLabel(ctx, profile), years },
      file: { subject: name, years: yearSpan(years) },
      spec: (width) =>
        orgTotalTrendSpec(rows, { t, lang, width, official: typeMeanPoints(shown, t, lang) }),
    };
  },
});

export const orgIndicatorBenchmark = defineChart({
  id: 'org-indicator-benchmark',
  params: ORG,
  fileLabel: (ctx) => ctx.t('export.label.org-indicator-benchmark'),
  async load(ctx) {
    const { scope } = ctx;
    const profile = await loadProfile(ctx);
    if (scope.year === null) throw new ChartParamError('year', 'There are no scores loaded yet');
    const year = String(scope.year);
    const [rows, weak] = await Promise.all([
      ctx.source.rows('org_indicator_benchmark', {
        code: profile.code,
        fiscal_year: year,
        peer: scope.peer,
      }),
      // The definition of weak the page is set to: those indicators are drawn in the warning colour.
      ctx.source.rows('org_weak_indicators', {
        code: profile.code,
        fiscal_year: year,
        peer: scope.peer,
        weak: scope.weak,
        lowest_n: String(LOWEST_COUNT),
      }),
    ]);
    return {
      profile,
      year: scope.year,
      rows,
      weakCodes: weak.filter((w) => w.weak).map((w) => w.code),
    };
  },
  view(ctx, { profile, year, rows, weakCodes: weakList }) {
    const { t, lang, passMark } = ctx;
    const name = profile.short_name_th;
    const weakCodes = new Set(weakList);
    const group = peerGroupName(ctx.scope.peer, t, profile);
    const scored = rows.filter((r) => r.value !== null);
    const peers = Math.max(0, ...rows.map((r) => r.peers));
    const syntheticPeers = Math.max(0, ...rows.map((r) => r.synthetic_peers));
    const synthetic = syntheticPeers > 0 || scored.some((r) => r.source === 'synthetic');
    const below = scored.filter((r) => r.peer_median !== null && r.value! < r.peer_median);
    // The indicator furthest below the peers' median.
    const widest = [...below].sort(
      (a, b) => a.value! - a.peer_median! - (b.value! - b.peer_median!),
    )[0];
    const summary =
      scored.length === 0
        ? t('org.chart.bench.no_scores', { year })
        : t('org.chart.bench.summary', { below: below.length, total: scored.length, group }) +
          (widest
            ? t('org.chart.bench.summary_gap', {
                code: widest.code,
                name: lang === 'th' ? widest.name_th : widest.name_en,
                value: formatNumber(widest.value, lang),
                median: formatNumber(widest.peer_median, lang),
              })
            : '');
    return {
      title: t('org.chart.bench.title', { year, group }),
      subtitle: t('org.chart.bench.subtitle', { name, peers, mark: passMark }),
      summary,
      source: {
        line: synthetic
          ? t('org.chart.bench.source_synthetic', { synthetic: syntheticPeers, peers })
          : t('real.source'),
        synthetic,
      },
      columns: [
        { key: 'code', label: t('org.col.indicator'), kind: 'text' },
        {
          key: lang === 'th' ? 'name_th' : 'name_en',
          label: t('org.col.indicator_name'),
          kind: 'text',
        },
        { key: 'value', label: name, kind: 'number' },
        {
          key: 'weak',
          label: t('export.col.weak_flag'),
          kind: 'boolean',
          format: (v) => (v ? t('ind.yes') : ''),
        },
        { key: 'peers', label: t('org.col.peers'), kind: 'integer' },
        { key: 'peer_min', label: t('org.col.min'), kind: 'number' },
        { key: 'peer_q1', label: t('org.col.q1'), kind: 'number' },
        { key: 'peer_median', label: t('org.col.median'), kind: 'number' },
        { key: 'peer_q3', label: t('org.col.q3'), kind: 'number' },
        { key: 'peer_max', label: t('org.col.max'), kind: 'number' },
        { key: 'peer_rank', label: t('org.col.rank'), kind: 'integer' },
      ],
      rows: scored.map((r) => ({ ...r, weak: weakCodes.has(r.code) })),
      filters: { parts: ['year', 'peer', 'weak'], org: orgLabel(ctx, profile) },
      file: { subject: name, years: String(year) },
      spec: (width) =>
        orgIndicatorBenchmarkSpec(rows, { t, lang, width, passMark, weakCodes, orgName: name }),
    };
  },
});

/** The organisation's measures per year and round: both measure charts read the same rows. */
async function loadCompletion(ctx: LoadContext) {
  const profile = await loadProfile(ctx);
  const rows = await ctx.source.rows('org_measure_completion', { code: profile.code });
  return { profile, rows };
}

/**
 * What the completion and status charts share about the organisation's measure rounds: the round the summary
 * speaks of, the years, the source line, the rows with their round in words (the same in the page's table and the
 * CSV), the filters and the file name.
 */
function roundsView(ctx: ViewContext, profile: Profile, rows: CompletionRow[]) {
  const name = profile.short_name_th;
  const years = [...new Set(rows.map((r) => r.fiscal_year))];
  return {
    name,
    latest: latestRoundRow(rows),
    shared: {
      source: measureSource(ctx, rows),
      rows: rows.map((r) => ({ ...r, round_name: roundName(r.round, ctx.t) })),
      filters: { parts: ['years'] as const, org: orgLabel(ctx, profile), years },
      file: { subject: name, years: yearSpan(years) },
    },
  };
}

export const orgCompletion = defineChart({
  id: 'org-completion',
  params: ORG,
  fileLabel: (ctx) => ctx.t('export.label.org-completion'),
  load: loadCompletion,
  view(ctx, { profile, rows }) {
    const { t, lang } = ctx;
    const { name, latest, shared } = roundsView(ctx, profile, rows);
    return {
      ...shared,
      title: t('org.chart.completion.title', { name }),
      subtitle: t('org.chart.completion.subtitle'),
      summary: latest
        ? t('org.chart.completion.summary', {
            year: latest.fiscal_year,
            round: roundName(latest.round, t),
            completed: latest.completed,
            measures: latest.measures,
            share: formatShare(latest.completed_share, lang),
          })
        : undefined,
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'round_name', label: t('measures.col.round'), kind: 'text' },
        { key: 'measures', label: t('cmp.col.measures'), kind: 'integer' },
        { key: 'completed', label: t('cmp.col.completed'), kind: 'integer' },
        { key: 'not_possible', label: t('measures.col.not_possible'), kind: 'integer' },
        { key: 'completed_share', label: t('cmp.col.completed_share'), kind: 'share' },
      ],
      spec: (width) =>
        completionGridSpec(rows, { t, width, orgs: [{ code: profile.code, label: name }] }),
    };
  },
});

export const orgMeasureStatus = defineChart({
  id: 'org-measure-status',
  params: ORG,
  fileLabel: (ctx) => ctx.t('export.label.org-measure-status'),
  load: loadCompletion,
  view(ctx, { profile, rows }) {
    const { t, lang } = ctx;
    const { name, latest, shared } = roundsView(ctx, profile, rows);
    return {
      ...shared,
      title: t('org.chart.status.title', { name }),
      subtitle: t('measures.chart.status.subtitle'),
      summary: latest
        ? t('measures.chart.status.summary', {
            year: latest.fiscal_year,
            round: roundName(latest.round, t),
            completed: formatCount(latest.completed, lang),
            not_possible: formatCount(latest.not_possible, lang),
            measures: formatCount(latest.measures, lang),
          })
        : undefined,
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'round_name', label: t('measures.col.round'), kind: 'text' },
        { key: 'measures', label: t('measures.col.measures'), kind: 'integer' },
        { key: 'completed', label: t('measures.col.completed'), kind: 'integer' },
        { key: 'in_progress', label: t('measures.col.in_progress'), kind: 'integer' },
        { key: 'not_started', label: t('measures.col.not_started'), kind: 'integer' },
        { key: 'not_possible', label: t('measures.col.not_possible'), kind: 'integer' },
        { key: 'unknown', label: t('measures.col.unknown'), kind: 'integer' },
      ],
      spec: (width) => measureStatusBreakdownSpec(rows, { t, width }),
    };
  },
});

/** The organisation page's charts in page order. */
export const ORG_CHARTS: AnyChartDef[] = [
  orgTotalTrend,
  orgIndicatorBenchmark,
  orgCompletion,
  orgMeasureStatus,
];
