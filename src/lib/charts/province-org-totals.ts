// Chart spec: every organisation of a province as a dot at its total, highest first, against the pass mark; grey stems from the comparison year.
import * as Plot from '@observablehq/plot';
import { withLegendFont } from './legend-style';
import type { Translate } from '../i18n/messages';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { MIN_WIDTH } from './chart-size';
import { officialRuleMarks } from './official-marks';

export type OrgTotalRow = {
  org_code: string;
  short_name_th: string;
  district_th: string;
  total: number;
  passed: boolean;
  compare_total: number | null;
  level: string | null;
};

export interface OrgTotalsOptions {
  t: Translate;
  width: number;
  passMark: number;
  compareYear: number | null;
  href: (row: OrgTotalRow) => string;
  /** The NACC's published mean of each type shown, that year: a labelled rule per type. */
  official?: { value: number; label: string; title: string }[];
}

export const PASS_COLORS = { pass: '#1d4e89', fail: '#c0392b' } as const;

export function provinceOrgTotalsSpec(
  rows: OrgTotalRow[],
  { t, width, passMark, compareYear, href, official = [] }: OrgTotalsOptions,
): Plot.PlotOptions {
  const pass = t('province.pass');
  const fail = t('province.fail');
  const data = [...rows]
    .sort((a, b) => b.total - a.total || a.org_code.localeCompare(b.org_code))
    .map((r, i) => ({ ...r, rank: i + 1, status: r.passed ? pass : fail }));
  const lowest = Math.min(
    passMark,
    ...data.map((d) => d.total),
    ...data.map((d) => d.compare_total ?? 100),
  );
  const r = data.length > 150 ? 2.5 : data.length > 60 ? 3.5 : 5;
  return {
    width: Math.max(width, MIN_WIDTH),
    height: 300,
    marginLeft: 48,
    marginRight: 20,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      label: t('province.chart.totals.x'),
      domain: [0.5, Math.max(data.length, 1) + 0.5],
      ticks: Math.min(data.length, 10),
    },
    y: {
      domain: [Math.max(0, Math.floor(lowest / 5) * 5 - 5), 100],
      label: t('province.chart.totals.y'),
      grid: true,
    },
    color: withLegendFont({
      domain: [pass, fail],
      range: [PASS_COLORS.pass, PASS_COLORS.fail],
      legend: true,
    }),
    marks: [
      Plot.ruleY([passMark], { stroke: COLORS.passMark, strokeWidth: 1.5 }),
      Plot.text([passMark], {
        y: (d: number) => d,
        frameAnchor: 'left',
        textAnchor: 'start',
        text: (d: number) => String(d),
        dx: 4,
        dy: -7,
        fill: COLORS.passMark,
      }),
      // Behind the dots: the official mean is context, the organisations are the subject.
      ...officialRuleMarks(official),
      Plot.link(
        data.filter((d) => d.compare_total !== null),
        { x: 'rank', y1: 'compare_total', y2: 'total', stroke: '#cbd5e1', strokeWidth: 1.5 },
      ),
      Plot.dot(data, {
        x: 'rank',
        y: 'total',
        fill: 'status',
        r,
        href: (d: OrgTotalRow) => href(d),
        tip: { format: { x: false, y: false, fill: false } },
        channels: {
          [t('province.col.org')]: 'short_name_th',
          [t('province.col.district')]: 'district_th',
          [t('province.col.total')]: (d: OrgTotalRow) => d.total.toFixed(2),
          [t('province.col.level')]: 'level',
          ...(compareYear === null
            ? {}
            : {
                [t('province.col.change', { year: compareYear })]: (d: OrgTotalRow) =>
                  d.compare_total === null
                    ? t('province.new')
                    : `${d.total - d.compare_total >= 0 ? '+' : ''}${(d.total - d.compare_total).toFixed(2)}`,
              }),
        },
      }),
    ],
  };
}
