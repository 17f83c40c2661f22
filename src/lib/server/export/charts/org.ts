// The organisation page's charts (/org/<code>): the total by year, the indicators against the peer group, and
// measure completion. Texts and queries as in src/lib/components/org/Org{Trend,Benchmark,Completion}.svelte.
import { completionGridSpec } from '../../../charts/completion-grid';
import { roundName } from '../../../charts/measure-rounds';
import { orgIndicatorBenchmarkSpec } from '../../../charts/org-indicator-benchmark';
import { orgTotalTrendSpec } from '../../../charts/org-total-trend';
import { typeMeanPoints } from '../../../charts/official-marks';
import { officialSourceLine } from '../../../ita/official';
import { peerGroupName } from '../../../components/org/org-text';
import { LOWEST_COUNT } from '../../../ita/weak';
import { formatNumber, formatShare } from '../../../thai/format';
import { ORG_CODE } from '../../org/org-page';
import { ExportParamError, queryRows, type ChartContext } from '../chart-context';
import { defineChart, type ChartParam } from '../chart-definition';

const ORG: Record<string, ChartParam> = {
  org: { pattern: ORG_CODE, expected: 'an organisation code such as 6940907', required: true },
};

/** The organisation (400 naming 'org' when no organisation has the code) and how the filter line names it. */
async function orgOf(ctx: ChartContext) {
  const code = ctx.params.org!;
  const [profile] = await queryRows(ctx, 'org_profile', { code });
  if (!profile) throw new ExportParamError('org', `No organisation has the code '${code}'`);
  const place =
    profile.district_th && profile.province_th
      ? ` ${ctx.t('search.place', { district: profile.district_th, province: profile.province_th })}`
      : '';
  return { profile, label: `${profile.short_name_th}${place}` };
}

export const orgTotalTrend = defineChart({
  id: 'org-total-trend',
  params: ORG,
  fileLabel: (ctx) => ctx.t('export.label.org-total-trend'),
  async load(ctx) {
    const { t, lang } = ctx;
    const { profile, label } = await orgOf(ctx);
    const name = profile.short_name_th;
    const [rows, official] = await Promise.all([
      queryRows(ctx, 'org_years', { code: profile.code }),
      queryRows(ctx, 'official_by_type', { type: profile.type }),
    ]);
    // As on the page: the official means of the years the chart shows.
    const shown = official.filter((o) => rows.some((r) => r.fiscal_year === o.fiscal_year));
    const current = rows.find((r) => r.fiscal_year === ctx.scope.year) ?? rows.at(-1);
    const previous = rows.filter((r) => current && r.fiscal_year < current.fiscal_year).at(-1);
    const synthetic = rows.filter((r) => r.source === 'synthetic').length;
    let summary: string | undefined;
    if (current) {
      const grade = (lang === 'th' ? current.level : (current.level_en ?? current.level)) ?? '–';
      summary = t('org.chart.trend.summary', {
        name,
        year: current.fiscal_year,
        total: formatNumber(current.total, lang),
        level: grade,
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
      data: rows,
      rows: rows,
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'total', label: t('org.col.total'), kind: 'number' },
        { key: lang === 'th' ? 'level' : 'level_en', label: t('org.col.level'), kind: 'text' },
        { key: 'pass_mark', label: t('org.col.pass_mark'), kind: 'number' },
        { key: 'source', label: t('col.source'), kind: 'text' },
      ],
      text: {
        title: t('org.chart.trend.title', { name }),
        description: t('org.chart.trend.subtitle'),
        summary,
      },
      provenance: { real: rows.length - synthetic, synthetic },
      filters: { parts: ['years'], org: label, years },
      file: {
        subject: name,
        years: years.length ? `${Math.min(...years)}-${Math.max(...years)}` : '',
      },
      reference: shown.length ? officialSourceLine(shown, t, lang) : undefined,
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
    const { t, lang, scope, passMark } = ctx;
    const { profile, label } = await orgOf(ctx);
    const year = scope.year;
    if (year === null) throw new ExportParamError('year', 'There are no scores loaded yet');
    const [rows, weak] = await Promise.all([
      queryRows(ctx, 'org_indicator_benchmark', {
        code: profile.code,
        fiscal_year: year,
        peer: scope.peer,
      }),
      queryRows(ctx, 'org_weak_indicators', {
        code: profile.code,
        fiscal_year: year,
        peer: scope.peer,
        weak: scope.weak,
        lowest_n: LOWEST_COUNT,
      }),
    ]);
    const weakCodes = new Set(weak.filter((w) => w.weak).map((w) => w.code));
    const group = peerGroupName(scope.peer, profile, t);
    const scored = rows.filter((r) => r.value !== null);
    const peers = Math.max(0, ...rows.map((r) => r.peers));
    const syntheticPeers = Math.max(0, ...rows.map((r) => r.synthetic_peers));
    const ownSynthetic = scored.some((r) => r.source === 'synthetic');
    const below = scored.filter((r) => r.peer_median !== null && r.value! < r.peer_median);
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
    const synthetic = ownSynthetic || syntheticPeers > 0;
    return {
      data: rows,
      rows: scored.map((r) => ({ ...r, weak: weakCodes.has(r.code) })),
      columns: [
        { key: 'code', label: t('org.col.indicator'), kind: 'text' },
        {
          key: lang === 'th' ? 'name_th' : 'name_en',
          label: t('org.col.indicator_name'),
          kind: 'text',
        },
        { key: 'value', label: profile.short_name_th, kind: 'number' },
        { key: 'weak', label: t('export.col.weak_flag'), kind: 'boolean' },
        { key: 'peers', label: t('org.col.peers'), kind: 'integer' },
        { key: 'peer_min', label: t('org.col.min'), kind: 'number' },
        { key: 'peer_q1', label: t('org.col.q1'), kind: 'number' },
        { key: 'peer_median', label: t('org.col.median'), kind: 'number' },
        { key: 'peer_q3', label: t('org.col.q3'), kind: 'number' },
        { key: 'peer_max', label: t('org.col.max'), kind: 'number' },
        { key: 'peer_rank', label: t('org.col.rank'), kind: 'integer' },
      ],
      text: {
        title: t('org.chart.bench.title', { year, group }),
        description: t('org.chart.bench.subtitle', {
          name: profile.short_name_th,
          peers,
          mark: passMark,
        }),
        summary,
      },
      provenance: { real: 0, synthetic: 0 },
      source: {
        line: synthetic
          ? t('org.chart.bench.source_synthetic', { synthetic: syntheticPeers, peers })
          : t('real.source'),
        synthetic,
      },
      filters: { parts: ['year', 'peer', 'weak'], org: label },
      file: { subject: profile.short_name_th, years: String(year) },
      spec: (width) =>
        orgIndicatorBenchmarkSpec(rows, {
          t,
          lang,
          width,
          passMark,
          weakCodes,
          orgName: profile.short_name_th,
        }),
    };
  },
});

export const orgCompletion = defineChart({
  id: 'org-completion',
  params: ORG,
  fileLabel: (ctx) => ctx.t('export.label.org-completion'),
  async load(ctx) {
    const { t, lang } = ctx;
    const { profile, label } = await orgOf(ctx);
    const name = profile.short_name_th;
    const rows = await queryRows(ctx, 'org_measure_completion', {
      code: profile.code,
    });
    const latest = rows.filter((r) => r.round === '12m').at(-1) ?? rows.at(-1);
    const synthetic = rows.some((r) => r.synthetic);
    const years = [...new Set(rows.map((r) => r.fiscal_year))];
    return {
      data: rows,
      rows: rows.map((r) => ({ ...r, round_name: roundName(r.round, ctx.t) })),
      columns: [
        { key: 'fiscal_year', label: t('col.fiscal_year'), kind: 'year' },
        { key: 'round_name', label: t('measures.col.round'), kind: 'text' },
        { key: 'measures', label: t('cmp.col.measures'), kind: 'integer' },
        { key: 'completed', label: t('cmp.col.completed'), kind: 'integer' },
        { key: 'completed_share', label: t('cmp.col.completed_share'), kind: 'share' },
      ],
      text: {
        title: t('org.chart.completion.title', { name }),
        description: t('org.chart.completion.subtitle'),
        summary: latest
          ? t('org.chart.completion.summary', {
              year: latest.fiscal_year,
              round: roundName(latest.round, ctx.t),
              completed: latest.completed,
              measures: latest.measures,
              share: formatShare(latest.completed_share, lang),
            })
          : undefined,
      },
      provenance: { real: 0, synthetic: 0 },
      source: {
        line: synthetic ? t('org.measures.synthetic_note') : t('org.measures.real_source'),
        synthetic,
      },
      filters: { parts: ['years'], org: label, years },
      file: {
        subject: name,
        years: years.length ? `${Math.min(...years)}-${Math.max(...years)}` : '',
      },
      spec: (width) =>
        completionGridSpec(rows, { t, width, orgs: [{ code: profile.code, label: name }] }),
    };
  },
});
