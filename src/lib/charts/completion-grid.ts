// Chart spec: the share of measures completed, a cell per organisation and fiscal year, one panel per monitoring round (รอบ).
import * as Plot from '@observablehq/plot';
import type { Translate } from '../i18n/messages';
import { FONT_FAMILY } from './chart-theme';
import { withLegendFont } from './legend-style';
import type { ComparedOrg } from './compare-palette';
import { ROUNDS, roundName } from './measure-rounds';

export type CompletionRow = {
  org_code: string;
  fiscal_year: number;
  round: string;
  measures: number;
  completed: number;
  completed_share: number;
  synthetic: boolean;
};

export interface CompletionGridOptions {
  t: Translate;
  width: number;
  orgs: ComparedOrg[];
  /** Rounds to show, in order; others are left out (the table toggle still lists them). */
  rounds?: string[];
}

export function completionGridSpec(
  rows: CompletionRow[],
  { t, width, orgs, rounds }: CompletionGridOptions,
): Plot.PlotOptions {
  const narrow = width < 560;
  const labels = new Map(orgs.map((o) => [o.code, o.label]));
  const shown = (rounds ?? [...ROUNDS]).filter((r) => rows.some((x) => x.round === r));
  const data = rows
    .filter((r) => shown.includes(r.round))
    .map((r) => ({ ...r, percent: r.completed_share * 100 }));
  const years = [...new Set(data.map((r) => r.fiscal_year))].sort();
  const present = orgs.filter((o) => data.some((r) => r.org_code === o.code)).map((o) => o.code);
  const roundLabel = (r: string) => roundName(r, t);
  // On a phone the rounds stack, each titled above its cells, and a label breaks before its district and province
  // rather than being cut: the place is what tells two same-name organisations apart.
  const tick = (c: string) => {
    const label = labels.get(c) ?? c;
    return narrow ? label.replace(' (', '\n(') : label;
  };
  const facet = narrow
    ? { fy: { domain: shown, label: null, axis: null, padding: 0.2 } }
    : { fx: { domain: shown, label: null, tickFormat: roundLabel } };
  return {
    width,
    height: 90 + (narrow ? 40 : 30) * Math.max(present.length, 1) * (narrow ? shown.length : 1),
    marginLeft: narrow ? 112 : 200,
    marginRight: 12,
    marginTop: narrow ? 28 : 30,
    marginBottom: 36,
    style: { fontFamily: FONT_FAMILY, fontSize: narrow ? '11px' : '12px' },
    ...facet,
    x: { domain: years, label: null, tickFormat: (y: number) => String(y) },
    y: { domain: present, label: null, tickFormat: tick },
    // Four bands rather than a continuous ramp: readable at a glance, and drawn without a canvas on the server.
    color: withLegendFont({
      type: 'threshold',
      domain: [25, 50, 75],
      range: ['#fbe3d3', '#f3c98b', '#8cc084', '#1d7a4a'],
      legend: true,
      label: t('cmp.chart.completion.legend'),
    }),
    marks: [
      ...(narrow
        ? [
            Plot.text(shown, {
              fy: (r: string) => r,
              text: roundLabel,
              frameAnchor: 'top-left',
              dx: -100,
              dy: -16,
              fontWeight: 600,
            }),
          ]
        : []),
      Plot.cell(data, {
        x: 'fiscal_year',
        y: 'org_code',
        [narrow ? 'fy' : 'fx']: 'round',
        fill: 'percent',
        inset: 1,
        tip: true,
        title: (d: (typeof data)[number]) =>
          [
            labels.get(d.org_code) ?? d.org_code,
            `${t('col.fiscal_year')} ${d.fiscal_year} · ${roundLabel(d.round)}`,
            t('cmp.chart.completion.tip', {
              completed: d.completed,
              measures: d.measures,
              share: d.percent.toFixed(0),
            }),
            d.synthetic ? t('chart.legend.synthetic') : t('chart.legend.real'),
          ].join('\n'),
      }),
      // White on the dark cells, black on the light ones.
      ...[true, false].map((dark) =>
        Plot.text(
          data.filter((d) => d.percent >= 75 === dark),
          {
            x: 'fiscal_year',
            y: 'org_code',
            [narrow ? 'fy' : 'fx']: 'round',
            text: (d: (typeof data)[number]) => `${d.percent.toFixed(0)}%`,
            fill: dark ? 'white' : 'black',
            fontSize: 10,
          },
        ),
      ),
    ],
  };
}
