// Chart spec: the share of organisations passing per fiscal year, against the national target line.
import * as Plot from '@observablehq/plot';
import type { Translate } from '../i18n/messages';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { officialTrendMarks, type OfficialPoint } from './official-marks';

export type PassShareRow = {
  fiscal_year: number;
  pass_share: number;
  target_share: number;
  /** From 2566 the target also asks for a national mean (89); null before. */
  target_mean?: number | null;
  orgs: number;
};

export function passShareTrendSpec(
  rows: PassShareRow[],
  {
    t,
    width,
    official = [],
  }: {
    t: Translate;
    width: number;
    /** The NACC's published national share of each year (nationalSharePoints), drawn beside the loaded data. */
    official?: OfficialPoint[];
  },
): Plot.PlotOptions {
  const years = new Set(rows.map((r) => r.fiscal_year));
  const shown = official.filter((p) => years.has(p.fiscal_year));
  const data = rows.map((r) => ({
    ...r,
    percent: r.pass_share * 100,
    target: r.target_share * 100,
  }));
  return {
    width,
    height: 260,
    marginLeft: 48,
    marginRight: 96,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      label: t('col.fiscal_year'),
      tickFormat: (y: number) => String(y),
      ticks: data.map((d) => d.fiscal_year),
    },
    y: { domain: [0, 100], label: t('chart.pass.y'), grid: true },
    marks: [
      // First, so that the loaded data and its labels are drawn over them.
      ...officialTrendMarks(shown, {
        label: t('official.label'),
        // The loaded points carry their labels to the right: the official name goes left.
        labelSide: 'left',
        avoid:
          data.find((d) => d.fiscal_year === Math.max(...shown.map((p) => p.fiscal_year)))
            ?.percent ?? null,
      }),
      Plot.line(data, {
        x: 'fiscal_year',
        y: 'target',
        stroke: COLORS.target,
        strokeDasharray: '5,4',
      }),
      Plot.text(data.slice(-1), {
        x: 'fiscal_year',
        y: 'target',
        text: (d: { target: number }) => `${t('chart.pass.target')} ${d.target}%`,
        dx: 6,
        textAnchor: 'start',
        fill: COLORS.target,
      }),
      Plot.line(data, { x: 'fiscal_year', y: 'percent', stroke: COLORS.line, strokeWidth: 2 }),
      Plot.dot(data, {
        x: 'fiscal_year',
        y: 'percent',
        fill: COLORS.line,
        r: 4,
        tip: true,
        channels: { [t('col.orgs')]: 'orgs' },
      }),
      Plot.text(data, {
        x: 'fiscal_year',
        y: 'percent',
        text: (d: { percent: number }) => `${d.percent.toFixed(1)}%`,
        // Up and to the right of the point, clear of the y axis and of the line.
        dy: -12,
        dx: 8,
        textAnchor: 'start',
      }),
    ],
  };
}
