// Chart spec: the share of measures completed per fiscal year, one line per reporting round (6 and 12 months).
import * as Plot from '@observablehq/plot';
import { withLegendFont } from './legend-style';
import type { Translate } from '../i18n/messages';
import { FONT_FAMILY } from './chart-theme';
import { MIN_WIDTH } from './chart-size';
import { ROUND_COLORS, roundName, roundsIn } from './measure-rounds';

export type CompletionTrendRow = {
  fiscal_year: number;
  round: string;
  measures: number;
  completed: number;
  unknown: number;
  completion_share: number | null;
};

export function measureCompletionTrendSpec(
  rows: CompletionTrendRow[],
  { t, width }: { t: Translate; width: number },
): Plot.PlotOptions {
  const rounds = roundsIn(rows);
  const data = rows
    .filter((r) => r.completion_share !== null)
    .map((r) => ({ ...r, percent: r.completion_share! * 100, roundLabel: roundName(r.round, t) }));
  const years = [...new Set(data.map((d) => d.fiscal_year))].sort();
  return {
    width: Math.max(width, MIN_WIDTH),
    height: 280,
    marginLeft: 48,
    marginRight: 24,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      label: t('col.fiscal_year'),
      ticks: years,
      tickFormat: (y: number) => String(y),
      inset: 24,
    },
    y: { domain: [0, 100], label: t('measures.share_axis'), grid: true },
    color: withLegendFont({
      domain: rounds.map((r) => roundName(r, t)),
      range: rounds.map((r) => ROUND_COLORS[r]),
      legend: true,
    }),
    marks: [
      Plot.line(data, { x: 'fiscal_year', y: 'percent', stroke: 'roundLabel', strokeWidth: 2 }),
      Plot.dot(data, {
        x: 'fiscal_year',
        y: 'percent',
        fill: 'roundLabel',
        r: 4,
        tip: true,
        channels: {
          [t('measures.col.measures')]: 'measures',
          [t('measures.col.completed')]: 'completed',
          [t('measures.col.unknown')]: 'unknown',
        },
      }),
      Plot.text(data, {
        x: 'fiscal_year',
        y: 'percent',
        text: (d: { percent: number }) => `${d.percent.toFixed(0)}%`,
        dy: -10,
        fill: 'roundLabel',
      }),
    ],
  };
}
