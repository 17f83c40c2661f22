// What goes into a meeting deck, whatever its format (PPTX, print page, PDF): the charts prepared for their views, and
// a summary table for each province the deck's charts are about.
import type { Lang } from '../../i18n/messages';
import type { DeckSpec } from '../../features/export/deck-codec';
import { formatCount, formatDate, formatNumber, formatShare } from '../../thai/format';
import { targetStatus } from '../../ita/framework';
import { targetParts } from '../../ita/target-text';
import { typeParam } from '../../scope';
import { tableToRows } from '../queries/query-format';
import type { QueryRunner } from '../queries/query-runner';
import { ExportParamError, provinceName, scopeName, type ChartContext } from './chart-context';
import { prepareChart, type PreparedChart } from './chart-export';

export interface SummaryTable {
  title: string;
  /** Filter line: the province, year and comparison year. */
  filters: string;
  rows: [string, string][];
  source: string;
  synthetic: boolean;
}

export interface DeckContent {
  title: string;
  /** "จังหวัดปัตตานี", or the areas of the charts joined. */
  scope: string;
  date: string;
  lang: Lang;
  charts: PreparedChart[];
  summaries: SummaryTable[];
  synthetic: boolean;
}

const MAX_SUMMARIES = 5;

/** The province headline (province_headline) as a two-column table for a slide. */
export async function provinceSummary(ctx: ChartContext): Promise<SummaryTable | null> {
  const { t, lang, scope } = ctx;
  if (!scope.province || !scope.year) return null;
  const [h] = tableToRows(
    (
      await ctx.runner.run('province_headline', {
        province: scope.province,
        fiscal_year: String(scope.year),
        compare_year: scope.compare ? String(scope.compare) : undefined,
        type: typeParam(scope),
      })
    ).table,
  );
  if (!h || h.orgs === 0) return null;
  const rows: [string, string][] = [
    [t('summary.orgs'), formatCount(h.orgs, lang)],
    [t('summary.passed'), `${formatCount(h.passed, lang)} (${formatShare(h.pass_share, lang)})`],
    [
      t('target.year', { year: scope.year }),
      h.pass_share === null || h.mean_total === null
        ? formatShare(h.target_share, lang, 0)
        : targetParts(
            targetStatus(
              { share: h.target_share, mean_min: h.target_mean },
              { pass_share: h.pass_share, mean_total: h.mean_total },
            ),
            h.pass_mark,
            t,
            lang,
          )
            .map((p) => p.text)
            .join(' · '),
    ],
    [t('summary.mean'), formatNumber(h.mean_total, lang)],
    [t('summary.median'), formatNumber(h.median_total, lang)],
  ];
  if (scope.compare && h.compare_orgs)
    rows.push([
      t('summary.compare', { year: scope.compare }),
      `${formatShare(h.compare_pass_share, lang)} · ${formatNumber(h.compare_mean_total, lang)}`,
    ]);
  rows.push([
    t('summary.national', { year: scope.year }),
    formatShare(h.national_pass_share, lang),
  ]);
  if (h.worst_district_th)
    rows.push([
      t('summary.worst_district'),
      t('summary.worst_district.value', {
        district: h.worst_district_th,
        failed: formatCount(h.worst_district_failed, lang),
        orgs: formatCount(h.worst_district_orgs, lang),
      }),
    ]);
  const synthetic = h.real_orgs < h.orgs;
  return {
    title: t('summary.title', { province: provinceName(ctx) ?? scope.province, year: scope.year }),
    filters: [
      scopeName(ctx),
      t(`type.${scope.type}`),
      t('export.filter.year', { year: scope.year }),
    ]
      .filter(Boolean)
      .join(' · '),
    rows,
    source: synthetic
      ? h.real_orgs === 0
        ? t('synthetic.source')
        : t('mixed.source', { real: h.real_orgs, synthetic: h.orgs - h.real_orgs })
      : t('real.source'),
    synthetic,
  };
}

/** Prepares every chart of the deck (a bad one is a 400 naming its place in the deck) and the province summaries. */
export async function deckContent(
  runner: QueryRunner,
  deck: DeckSpec,
  { lang, now }: { lang: Lang; now: Date },
): Promise<DeckContent> {
  const charts: PreparedChart[] = [];
  for (const [i, item] of deck.charts.entries()) {
    try {
      charts.push(
        await prepareChart(runner, item.chart, new URLSearchParams(item.search), { lang, now }),
      );
    } catch (err) {
      if (err instanceof ExportParamError || (err as { param?: string }).param !== undefined)
        throw new ExportParamError(
          (err as ExportParamError).param,
          `Deck chart ${i + 1} (${item.chart}): ${(err as Error).message}`,
        );
      throw err;
    }
  }
  return assembleDeck(deck.title, charts, { lang, now });
}

/** The deck around prepared charts: a summary table per province (and year) the charts are about, up to five. */
export async function assembleDeck(
  title: string,
  charts: PreparedChart[],
  { lang, now }: { lang: Lang; now: Date },
): Promise<DeckContent> {
  const summaries: SummaryTable[] = [];
  const seen = new Set<string>();
  for (const c of charts) {
    const { province, year, compare, type } = c.ctx.scope;
    const key = `${province}|${year}|${compare}|${type}`;
    if (!province || seen.has(key) || summaries.length >= MAX_SUMMARIES) continue;
    seen.add(key);
    const s = await provinceSummary(c.ctx);
    if (s) summaries.push(s);
  }
  const t = charts[0]?.ctx.t;
  const scopes = [...new Set(charts.map((c) => scopeName(c.ctx)))];
  return {
    title: title || (t ? t('deck.name.default') : ''),
    scope: scopes.slice(0, 3).join(' · ') + (scopes.length > 3 ? ' …' : ''),
    date: formatDate(now, lang),
    lang,
    charts,
    summaries,
    synthetic: charts.some((c) => c.furniture.synthetic) || summaries.some((s) => s.synthetic),
  };
}
