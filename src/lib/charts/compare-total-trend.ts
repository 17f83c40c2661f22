// Chart spec: the total ITA score of each compared organisation by fiscal year, one line each, against the pass mark.
import * as Plot from '@observablehq/plot';
import type { Translate } from '../i18n/messages';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { orgColorScale, type ComparedOrg } from './compare-palette';

export type CompareTotalRow = {
  org_code: string;
  fiscal_year: number;
  total: number;
  level: string | null;
  passed: boolean;
  pass_mark: number;
  source: 'real' | 'synthetic';
};

export interface CompareTotalOptions {
  t: Translate;
  width: number;
  orgs: ComparedOrg[];
}

export function compareTotalTrendSpec(
  rows: CompareTotalRow[],
  { t, width, orgs }: CompareTotalOptions,
): Plot.PlotOptions {
  const labels = new Map(orgs.map((o) => [o.code, o.label]));
  const years = [...new Set(rows.map((r) => r.fiscal_year))].sort();
  const marks = years.map((y) => ({
    fiscal_year: y,
    pass_mark: rows.find((r) => r.fiscal_year === y)!.pass_mark,
  }));
  const low = Math.min(50, ...rows.map((r) => r.total));
  return {
    width,
    height: 300,
    marginLeft: 44,
    marginRight: 24,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      label: null,
      ticks: years,
      tickFormat: (y: number) => String(y),
      inset: 12,
    },
    y: { domain: [Math.floor(low / 10) * 10, 100], label: t('cmp.chart.totals.y'), grid: true },
    color: orgColorScale(orgs),
    marks: [
      Plot.line(marks, {
        x: 'fiscal_year',
        y: 'pass_mark',
        stroke: COLORS.passMark,
        strokeDasharray: '5,4',
        curve: 'step',
      }),
      Plot.line(rows, { x: 'fiscal_year', y: 'total', stroke: 'org_code', strokeWidth: 2 }),
      Plot.dot(rows, {
        x: 'fiscal_year',
        y: 'total',
        fill: 'org_code',
        stroke: 'white',
        r: 4,
        tip: true,
        title: (d: CompareTotalRow) =>
          [
            labels.get(d.org_code) ?? d.org_code,
            `${t('col.fiscal_year')} ${d.fiscal_year}: ${d.total.toFixed(2)}`,
            d.level ?? '',
            t(d.source === 'real' ? 'chart.legend.real' : 'chart.legend.synthetic'),
          ]
            .filter(Boolean)
            .join('\n'),
      }),
    ],
  };
}
