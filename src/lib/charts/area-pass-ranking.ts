// Chart spec: provinces (or the districts of a province) ranked by the share of organisations passing, against the national target.
import * as Plot from '@observablehq/plot';
import { withLegendFont } from './legend-style';
import type { Lang, Translate } from '../i18n/messages';
import { formatNumber } from '../thai/format';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { MIN_WIDTH } from './chart-size';

export type AreaPassRow = {
  area_code: string;
  area_th: string;
  orgs: number;
  passed: number;
  pass_share: number;
  mean_total: number;
  target_share: number;
  /** From 2566 the target also asks for a mean of 89; null before (absent in rows made before migration 016). */
  target_mean?: number | null;
};

/**
 * The mean part of a 2566+ target, for a ranking's summary: how many areas' mean total is below it. Empty when the
 * year's target is a share only.
 */
export function meanTargetNote(rows: AreaPassRow[], t: Translate, lang: Lang): string {
  const mean = rows[0]?.target_mean;
  if (mean == null) return '';
  return ` ${t('target.mean_areas', {
    below: rows.filter((r) => Math.round(r.mean_total * 100) / 100 < mean).length,
    areas: rows.length,
    mean: formatNumber(mean, lang, 0),
  })}`;
}

export interface AreaPassOptions {
  t: Translate;
  width: number;
  /** Where a bar links to (a province page), or null for no link. */
  href: ((row: AreaPassRow) => string) | null;
  /** The area to outline, e.g. the district chosen in the filters. */
  highlight?: string | null;
}

const BAR_STEP = 16;
export const RANKING_COLORS = { met: '#1d4e89', missed: '#d97706' } as const;

export function areaPassRankingSpec(
  rows: AreaPassRow[],
  { t, width, href, highlight = null }: AreaPassOptions,
): Plot.PlotOptions {
  const narrow = width < 560;
  const target = (rows[0]?.target_share ?? 0.8) * 100;
  const met = t('chart.ranking.met');
  const missed = t('chart.ranking.missed');
  const data = rows.map((r) => ({
    ...r,
    percent: r.pass_share * 100,
    status: r.pass_share >= r.target_share ? met : missed,
    label: `${r.area_th}`,
  }));
  const order = data.map((d) => d.area_code);
  const nameOf = new Map(data.map((d) => [d.area_code, d.area_th]));
  return {
    width: Math.max(width, MIN_WIDTH),
    height: 60 + BAR_STEP * Math.max(data.length, 1),
    marginLeft: narrow ? 96 : 130,
    marginRight: 44,
    marginBottom: 24,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: [0, 100],
      label: null,
      grid: true,
      axis: 'top',
      tickFormat: (d: number) => `${d}%`,
    },
    y: { domain: order, label: null, tickFormat: (c: string) => nameOf.get(c) ?? c },
    color: withLegendFont({
      domain: [met, missed],
      range: [RANKING_COLORS.met, RANKING_COLORS.missed],
      legend: true,
    }),
    marks: [
      Plot.barX(data, {
        x: 'percent',
        y: 'area_code',
        fill: 'status',
        inset: 2,
        href: href ? (d: AreaPassRow) => href(d) : undefined,
        tip: { format: { y: false, x: false, fill: false } },
        channels: {
          [t('col.area')]: 'area_th',
          [t('col.pass_share')]: (d: { percent: number }) => `${d.percent.toFixed(1)}%`,
          [t('col.passed')]: (d: AreaPassRow) => `${d.passed} / ${d.orgs}`,
          [t('col.mean_total')]: (d: AreaPassRow) => d.mean_total.toFixed(2),
        },
      }),
      Plot.barX(
        data.filter((d) => d.area_code === highlight),
        { x: 'percent', y: 'area_code', fill: 'none', stroke: '#111827', strokeWidth: 2, inset: 1 },
      ),
      Plot.text(data, {
        x: 'percent',
        y: 'area_code',
        text: (d: { percent: number }) => `${d.percent.toFixed(1)}%`,
        textAnchor: 'start',
        dx: 4,
        fill: '#374151',
      }),
      Plot.ruleX([target], { stroke: COLORS.target, strokeDasharray: '5,4', strokeWidth: 1.5 }),
      Plot.text([target], {
        x: (d: number) => d,
        frameAnchor: 'bottom',
        dy: 14,
        text: (d: number) => `${t('chart.pass.target')} ${d}%`,
        fill: COLORS.target,
      }),
      Plot.ruleX([0]),
    ],
  };
}
