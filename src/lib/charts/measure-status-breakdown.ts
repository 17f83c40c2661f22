// Chart spec: what became of the measures of each round, a bar per year and round split by status, with "could not be done" as its own segment.
import * as Plot from '@observablehq/plot';
import type { Translate } from '../i18n/messages';
import { FONT_FAMILY } from './chart-theme';
import { MIN_WIDTH } from './chart-size';
import { BOTTOM_LABEL, BOTTOM_MARGIN, withLegendFont } from './legend-style';
import { ROUNDS, roundName } from './measure-rounds';
import { STATUS_COLORS, STATUS_ORDER, statusKey, type StatusKey } from './measure-statuses';

/** The narrowest segment, in pixels, that holds its percentage. */
const LABEL_MIN_PX = 32;

export type StatusCountRow = {
  fiscal_year: number;
  round: string;
  measures: number;
  completed: number;
  in_progress: number;
  not_started: number;
  not_possible: number;
  unknown: number;
};

const ROW_HEIGHT = 30;

/** One segment per row and status with any measures: its share of all the round's measures, in percent. */
export function statusSegments(rows: StatusCountRow[]) {
  return rows.flatMap((r) =>
    STATUS_ORDER.filter((s) => r[s] > 0).map((s) => ({
      fiscal_year: r.fiscal_year,
      round: r.round,
      status: s,
      count: r[s],
      percent: r.measures > 0 ? (100 * r[s]) / r.measures : 0,
    })),
  );
}

export function measureStatusBreakdownSpec(
  rows: StatusCountRow[],
  { t, width }: { t: Translate; width: number },
): Plot.PlotOptions {
  const ordered = [...rows].sort(
    (a, b) =>
      a.fiscal_year - b.fiscal_year ||
      (ROUNDS as readonly string[]).indexOf(a.round) -
        (ROUNDS as readonly string[]).indexOf(b.round),
  );
  const bar = (r: { fiscal_year: number; round: string }) =>
    `${r.fiscal_year} · ${roundName(r.round, t)}`;
  const bars = ordered.map(bar);
  const label = (s: StatusKey) => t(statusKey(s));
  // Every status that can be read stays in the legend, present or not, so "could not be done" is always explained;
  // "unreadable" only when some measure is.
  const legend = STATUS_ORDER.filter((s) => s !== 'unknown' || rows.some((r) => r.unknown > 0));
  const data = statusSegments(ordered).map((d) => ({ ...d, bar: bar(d), label: label(d.status) }));
  const narrow = width < 560;
  const marginLeft = narrow ? 120 : 170;
  const plotWidth = Math.max(width, MIN_WIDTH) - marginLeft - 20;
  // A percentage is written inside its segment only where it fits ("100%" is about 32 px at 12 px type).
  const fits = (d: { percent: number }) => (d.percent / 100) * plotWidth >= LABEL_MIN_PX;
  return {
    width: Math.max(width, MIN_WIDTH),
    height: BOTTOM_MARGIN + 24 + ROW_HEIGHT * Math.max(bars.length, 1),
    marginLeft,
    marginRight: 20,
    marginBottom: BOTTOM_MARGIN,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: { domain: [0, 100], label: t('measures.status_axis'), grid: true, ...BOTTOM_LABEL },
    y: { domain: bars, label: null },
    color: withLegendFont({
      domain: legend.map(label),
      range: legend.map((s) => STATUS_COLORS[s]),
      legend: true,
    }),
    marks: [
      Plot.barX(
        data,
        Plot.stackX({
          x: 'percent',
          y: 'bar',
          fill: 'label',
          order: (d: { status: StatusKey }) => STATUS_ORDER.indexOf(d.status),
          tip: true,
          channels: { [t('measures.col.measures')]: 'count' },
        }),
      ),
      Plot.text(
        data.filter(fits),
        Plot.stackX({
          x: 'percent',
          y: 'bar',
          order: (d: { status: StatusKey }) => STATUS_ORDER.indexOf(d.status),
          text: (d: { percent: number }) => `${d.percent.toFixed(0)}%`,
          fill: 'white',
        }),
      ),
      Plot.ruleX([0]),
    ],
  };
}
