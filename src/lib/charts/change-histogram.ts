// Chart spec: the distribution of the change of the total between two years, bars coloured by direction of travel.
import * as Plot from '@observablehq/plot';
import type { Direction } from '../ita/change-direction';
import type { Translate } from '../i18n/messages';
import { FONT_FAMILY } from './chart-theme';
import { BOTTOM_LABEL, BOTTOM_MARGIN } from './legend-style';
import { directionColor } from './direction-colors';

export type ChangeBinRow = {
  bin_start: number;
  bin_end: number;
  direction: Direction;
  orgs: number;
};

export function changeHistogramSpec(
  rows: ChangeBinRow[],
  { t, width, threshold }: { t: Translate; width: number; threshold: number },
): Plot.PlotOptions {
  const lo = Math.min(-5, ...rows.map((r) => r.bin_start));
  const hi = Math.max(5, ...rows.map((r) => r.bin_end));
  return {
    width,
    height: 280,
    marginLeft: 48,
    marginBottom: BOTTOM_MARGIN,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: [lo, hi],
      label: t('chg.chart.histogram.x'),
      ...BOTTOM_LABEL,
      tickFormat: (v: number) => (v > 0 ? `+${v}` : `${v}`),
    },
    y: { label: t('chg.chart.histogram.y'), grid: true },
    color: directionColor(t),
    marks: [
      Plot.rectY(rows, {
        x1: 'bin_start',
        x2: 'bin_end',
        y: 'orgs',
        fill: 'direction',
        inset: 0.5,
        tip: true,
        channels: {
          [t('chg.col.direction')]: (d: ChangeBinRow) => t(`chg.dir.${d.direction}`),
        },
      }),
      Plot.ruleX([-threshold, threshold], { stroke: '#6b7280', strokeDasharray: '3,3' }),
      Plot.ruleY([0]),
    ],
  };
}
