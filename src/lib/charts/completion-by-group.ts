// Chart spec: the share of measures completed per group (a measure category or a targeted indicator), a dot per round joined by a line, lowest first.
import * as Plot from '@observablehq/plot';
import { withLegendFont } from './legend-style';
import type { Translate } from '../i18n/messages';
import { FONT_FAMILY } from './chart-theme';
import { MIN_WIDTH } from './chart-size';
import { latestRound, ROUND_COLORS, roundName, roundsIn } from './measure-rounds';

export type GroupCompletionRow = {
  /** The group's id: a category id or an indicator code. */
  group: string;
  /** The group's axis label in the reader's language. */
  label: string;
  round: string;
  measures: number;
  completed: number;
  completion_share: number | null;
};

export interface GroupCompletionOptions {
  t: Translate;
  width: number;
  /** What the group is called in the tooltip: "Measure category", "Targeted indicator". */
  groupTitle: string;
}

const ROW_HEIGHT = 26;

/** Group ids ordered by the share completed in the latest stated round (lowest first), then by label. */
export function groupOrder(rows: GroupCompletionRow[]): string[] {
  const latest = latestRound(rows);
  const share = new Map<string, number>();
  for (const r of rows) if (r.round === latest) share.set(r.group, r.completion_share ?? -1);
  const labels = new Map(rows.map((r) => [r.group, r.label]));
  return [...labels.keys()].sort(
    (a, b) =>
      (share.get(a) ?? -1) - (share.get(b) ?? -1) || labels.get(a)!.localeCompare(labels.get(b)!),
  );
}

export function completionByGroupSpec(
  rows: GroupCompletionRow[],
  { t, width, groupTitle }: GroupCompletionOptions,
): Plot.PlotOptions {
  const narrow = width < 560;
  const rounds = roundsIn(rows);
  const order = groupOrder(rows);
  const labelOf = new Map(rows.map((r) => [r.group, r.label]));
  const data = rows
    .filter((r) => r.completion_share !== null)
    .map((r) => ({ ...r, percent: r.completion_share! * 100, roundLabel: roundName(r.round, t) }));
  return {
    width: Math.max(width, MIN_WIDTH),
    height: 56 + ROW_HEIGHT * Math.max(order.length, 1),
    marginLeft: narrow ? 130 : 240,
    marginRight: 36,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: [0, 100],
      label: null,
      grid: true,
      axis: 'top',
      tickFormat: (d: number) => `${d}%`,
    },
    y: { domain: order, label: null, tickFormat: (g: string) => labelOf.get(g) ?? g },
    color: withLegendFont({
      domain: rounds.map((r) => roundName(r, t)),
      range: rounds.map((r) => ROUND_COLORS[r]),
      legend: true,
    }),
    marks: [
      Plot.axisY({
        tickFormat: (g: string) => labelOf.get(g) ?? g,
        lineWidth: narrow ? 8 : 15,
        textOverflow: 'ellipsis',
        label: null,
      }),
      Plot.link(
        order.flatMap((g) => {
          const points = data.filter((d) => d.group === g);
          if (points.length < 2) return [];
          const xs = points.map((p) => p.percent);
          return [{ group: g, x1: Math.min(...xs), x2: Math.max(...xs) }];
        }),
        { x1: 'x1', x2: 'x2', y: 'group', stroke: '#9ca3af', strokeWidth: 2 },
      ),
      Plot.dot(data, {
        x: 'percent',
        y: 'group',
        fill: 'roundLabel',
        r: 6,
        stroke: 'white',
        tip: { format: { y: false, x: false, fill: false } },
        channels: {
          [groupTitle]: 'label',
          [t('measures.col.share')]: (d: { percent: number }) => `${d.percent.toFixed(1)}%`,
          [t('measures.col.round')]: 'roundLabel',
          [t('measures.col.measures')]: 'measures',
          [t('measures.col.completed')]: 'completed',
        },
      }),
    ],
  };
}
