// Chart spec: the mean change of each indicator between two years, largest rise first, coloured by direction.
import * as Plot from '@observablehq/plot';
import type { Lang, Translate } from '../i18n/messages';
import { FONT_FAMILY } from './chart-theme';
import { BOTTOM_LABEL, BOTTOM_MARGIN } from './legend-style';
import { directionColor, directionOf } from './direction-colors';
import { indicatorLabel } from './indicator-label';

export type IndicatorChangeRow = {
  code: string;
  name_th: string;
  name_en: string;
  tool: string;
  sort_key: number;
  orgs: number;
  mean_before: number;
  mean_now: number;
  mean_change: number;
  improving: number;
  stable: number;
  worsening: number;
};

export function changeIndicatorsSpec(
  rows: IndicatorChangeRow[],
  { t, lang, width, threshold }: { t: Translate; lang: Lang; width: number; threshold: number },
): Plot.PlotOptions {
  const narrow = width < 560;
  const data = rows.map((r) => ({ ...r, direction: directionOf(r.mean_change, threshold) }));
  const order = [...data].sort((a, b) => b.mean_change - a.mean_change || a.sort_key - b.sort_key);
  const labels = new Map(rows.map((r) => [r.code, indicatorLabel(r, lang, narrow)]));
  const extent = Math.max(threshold * 2, ...rows.map((r) => Math.abs(r.mean_change)));
  const sign = (v: number) => (v > 0 ? `+${v.toFixed(2)}` : v.toFixed(2));
  return {
    width,
    height: 60 + 28 * Math.max(rows.length, 1),
    marginLeft: narrow ? 40 : 230,
    marginRight: 56,
    marginBottom: BOTTOM_MARGIN,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: [-extent * 1.15, extent * 1.15],
      label: t('chg.chart.indicators.x'),
      grid: true,
      ...BOTTOM_LABEL,
    },
    y: {
      domain: order.map((r) => r.code),
      tickFormat: (c: string) => labels.get(c) ?? c,
      label: null,
    },
    color: directionColor(t),
    marks: [
      Plot.barX(order, {
        x: 'mean_change',
        y: 'code',
        fill: 'direction',
        tip: true,
        channels: {
          [t('chg.col.mean_before')]: 'mean_before',
          [t('chg.col.mean_now')]: 'mean_now',
          [t('chg.dir.improving')]: 'improving',
          [t('chg.dir.stable')]: 'stable',
          [t('chg.dir.worsening')]: 'worsening',
        },
      }),
      // Value labels outside the bar end: after a rise, before a fall.
      Plot.text(
        order.filter((d) => d.mean_change >= 0),
        {
          x: 'mean_change',
          y: 'code',
          text: (d: IndicatorChangeRow) => sign(d.mean_change),
          textAnchor: 'start',
          dx: 4,
        },
      ),
      Plot.text(
        order.filter((d) => d.mean_change < 0),
        {
          x: 'mean_change',
          y: 'code',
          text: (d: IndicatorChangeRow) => sign(d.mean_change),
          textAnchor: 'end',
          dx: -4,
        },
      ),
      Plot.ruleX([0]),
    ],
  };
}
