// Chart spec: one organisation's total ITA score by fiscal year with its level or rating, against each year's pass mark.
import * as Plot from '@observablehq/plot';
import type { Lang, Translate } from '../i18n/messages';
import { withLegendFont } from './legend-style';
import { COLORS as THEME, FONT_FAMILY, SOURCE_DOMAIN, SOURCE_RANGE } from './chart-theme';
import { officialTrendMarks, type OfficialPoint } from './official-marks';

const COLORS = { ...THEME, passed: '#047857', failed: '#b45309' } as const;

export type OrgYearRow = {
  fiscal_year: number;
  total: number;
  level: string | null;
  level_en: string | null;
  passed: boolean;
  pass_mark: number;
  source: 'real' | 'synthetic';
};

export interface OrgTotalTrendOptions {
  t: Translate;
  lang: Lang;
  width: number;
  /** The NACC's published mean of the organisation's type in each year (typeMeanPoints), where published. */
  official?: OfficialPoint[];
}

export function orgTotalTrendSpec(
  rows: OrgYearRow[],
  { t, lang, width, official = [] }: OrgTotalTrendOptions,
): Plot.PlotOptions {
  const narrow = width < 560;
  const years = new Set(rows.map((r) => r.fiscal_year));
  const shown = official.filter((p) => years.has(p.fiscal_year));
  const data = rows.map((r) => ({
    ...r,
    grade: (lang === 'th' ? r.level : (r.level_en ?? r.level)) ?? '–',
  }));
  // Room below the lowest point for its level label.
  const low = Math.min(50, ...rows.map((r) => r.total)) - 6;
  return {
    width,
    height: 280,
    marginLeft: 44,
    marginRight: narrow ? 20 : 64,
    marginTop: 28,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      label: null,
      ticks: rows.map((r) => r.fiscal_year),
      tickFormat: (y: number) => String(y),
      inset: 24,
    },
    y: {
      domain: [Math.max(0, Math.floor(low / 10) * 10), 100],
      label: t('org.chart.trend.y'),
      grid: true,
    },
    color: withLegendFont({
      domain: [...SOURCE_DOMAIN],
      range: SOURCE_RANGE,
      legend: true,
      tickFormat: (s: string) => t(s === 'real' ? 'chart.legend.real' : 'chart.legend.synthetic'),
    }),
    marks: [
      // Each year's own pass mark, drawn as a step so that a change between years would show.
      Plot.line(rows, {
        x: 'fiscal_year',
        y: 'pass_mark',
        stroke: COLORS.passMark,
        strokeDasharray: '5,4',
        curve: 'step',
      }),
      // The pass mark's label: right of the last year on a wide screen, above the line at the first year on a phone.
      Plot.text(narrow ? rows.slice(0, 1) : rows.slice(-1), {
        x: 'fiscal_year',
        y: 'pass_mark',
        text: (d: OrgYearRow) => t('org.chart.trend.pass_mark', { mark: d.pass_mark }),
        dx: narrow ? 0 : 8,
        dy: narrow ? -8 : 10,
        textAnchor: narrow ? 'middle' : 'start',
        fill: COLORS.passMark,
      }),
      // Before the organisation's own marks, so that its points and labels are drawn over them.
      ...officialTrendMarks(shown, {
        label: t('official.label'),
        labelSide: narrow ? 'left' : 'right',
        avoid:
          rows.find((r) => r.fiscal_year === Math.max(...shown.map((p) => p.fiscal_year)))?.total ??
          null,
      }),
      Plot.line(data, { x: 'fiscal_year', y: 'total', stroke: COLORS.line, strokeWidth: 2 }),
      Plot.dot(data, {
        x: 'fiscal_year',
        y: 'total',
        fill: 'source',
        stroke: COLORS.line,
        r: 5,
        tip: true,
        title: (d: (typeof data)[number]) =>
          [
            `${t('col.fiscal_year')} ${d.fiscal_year}`,
            `${t('org.col.total')} ${d.total.toFixed(2)}`,
            `${t('org.col.level')} ${d.grade}`,
            t(d.source === 'real' ? 'chart.legend.real' : 'chart.legend.synthetic'),
          ].join('\n'),
      }),
      Plot.text(data, {
        x: 'fiscal_year',
        y: 'total',
        text: (d: (typeof data)[number]) => (narrow ? d.total.toFixed(1) : `${d.total.toFixed(2)}`),
        dy: -14,
        fontWeight: 600,
      }),
      // The level or rating under each point: green when passing, amber when not.
      ...(narrow ? [] : [true, false]).map((passed) =>
        Plot.text(
          data.filter((d) => d.passed === passed),
          {
            x: 'fiscal_year',
            y: 'total',
            text: 'grade',
            dy: 16,
            fill: passed ? COLORS.passed : COLORS.failed,
            fontSize: 11,
          },
        ),
      ),
    ],
  };
}
