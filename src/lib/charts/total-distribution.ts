// Chart spec: the distribution of total ITA scores, one small histogram per fiscal year, with the pass mark.
import * as Plot from '@observablehq/plot';
import type { Translate } from '../i18n/messages';
import { COLORS, FONT_FAMILY, SOURCE_DOMAIN, SOURCE_RANGE } from './chart-theme';

export type HistogramRow = {
  fiscal_year: number;
  bin_start: number;
  bin_end: number;
  source: string;
  orgs: number;
};

export interface YearMark {
  fiscal_year: number;
  pass_mark: number;
}

export interface TotalDistributionOptions {
  t: Translate;
  width: number;
  passMarks: YearMark[];
}

export function totalDistributionSpec(
  rows: HistogramRow[],
  { t, width, passMarks }: TotalDistributionOptions,
): Plot.PlotOptions {
  const years = [...new Set(rows.map((r) => r.fiscal_year))].sort();
  const marks = passMarks.filter((m) => years.includes(m.fiscal_year));
  return {
    width,
    height: 36 + 78 * Math.max(years.length, 1),
    marginLeft: 56,
    marginRight: 56,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    fy: { label: null, domain: years, tickFormat: (y: number) => String(y) },
    x: { domain: [0, 100], label: t('chart.histogram.x'), ticks: 10 },
    y: { label: t('chart.histogram.y'), grid: true, ticks: 3 },
    color: {
      domain: [...SOURCE_DOMAIN],
      range: SOURCE_RANGE,
      legend: true,
      tickFormat: (s: string) => t(s === 'real' ? 'chart.legend.real' : 'chart.legend.synthetic'),
    },
    marks: [
      Plot.rectY(rows, {
        x1: 'bin_start',
        x2: 'bin_end',
        y: 'orgs',
        fill: 'source',
        fy: 'fiscal_year',
        inset: 0.5,
        tip: true,
        channels: { [t('col.fiscal_year')]: 'fiscal_year' },
      }),
      Plot.ruleX(marks, {
        x: 'pass_mark',
        fy: 'fiscal_year',
        stroke: COLORS.passMark,
        strokeWidth: 1.5,
      }),
      Plot.text(marks, {
        x: 'pass_mark',
        fy: 'fiscal_year',
        frameAnchor: 'top',
        text: (d: YearMark) => String(d.pass_mark),
        dx: -4,
        dy: 2,
        textAnchor: 'end',
        fill: COLORS.passMark,
      }),
      Plot.ruleY([0]),
    ],
  };
}
