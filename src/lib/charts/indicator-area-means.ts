// Chart spec: the mean score of each indicator in the chosen area beside the wider areas (district, province, nation), against the pass mark.
import * as Plot from '@observablehq/plot';
import type { Lang, Translate } from '../i18n/messages';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { BOTTOM_LABEL, BOTTOM_MARGIN, withLegendFont } from './legend-style';
import { indicatorLabel, type IndicatorName } from './indicator-label';

import { AREA_LEVELS, type AreaLevel } from './area-levels';
export { AREA_LEVELS, type AreaLevel };
/** The chosen area is the darkest; wider areas fade towards grey. */
export const AREA_COLORS: Record<AreaLevel, string> = {
  district: '#1d4e89',
  province: '#d97706',
  nation: '#6b7280',
};

export type IndicatorSummaryRow = IndicatorName & {
  area_level: AreaLevel;
  area_code: string | null;
  parent_code: string | null;
  tool: string;
  sort_key: number;
  weight_unconfirmed: boolean;
  name_unconfirmed: boolean;
  orgs: number;
  mean_value: number;
  median_value: number;
  below_pass: number;
  below_share: number;
  weak_orgs: number | null;
  weak_share: number | null;
  pass_mark: number;
  synthetic_orgs: number;
};

export interface AreaChartOptions {
  t: Translate;
  lang: Lang;
  width: number;
  /** The legend's name for each area level present, e.g. { province: 'จ.ปัตตานี', nation: 'ทั้งประเทศ' }. */
  areaNames: Partial<Record<AreaLevel, string>>;
}

/** Indicator codes in framework order, each with its axis label. */
export function indicatorAxis(rows: IndicatorSummaryRow[], lang: Lang, short: boolean) {
  const byCode = new Map<string, IndicatorSummaryRow>();
  for (const r of [...rows].sort((a, b) => a.sort_key - b.sort_key))
    if (!byCode.has(r.code)) byCode.set(r.code, r);
  const codes = [...byCode.keys()];
  const label = (code: string) => {
    const r = byCode.get(code)!;
    return indicatorLabel(
      { ...r, unconfirmed: r.weight_unconfirmed || r.name_unconfirmed },
      lang,
      short,
    );
  };
  return { codes, label };
}

export const isNarrow = (width: number) => width < 560;

export function indicatorAreaMeansSpec(
  rows: IndicatorSummaryRow[],
  { t, lang, width, areaNames }: AreaChartOptions,
): Plot.PlotOptions {
  const narrow = isNarrow(width);
  const { codes, label } = indicatorAxis(rows, lang, narrow);
  const levels = AREA_LEVELS.filter((l) => rows.some((r) => r.area_level === l));
  const passMark = rows[0]?.pass_mark ?? 85;
  // Room below the pass mark and the lowest mean, but not down to zero: means sit close together.
  const low = Math.min(passMark - 3, ...rows.map((r) => r.mean_value - 2));
  // Dots of the areas sit side by side within an indicator's row rather than on top of each other.
  const offsets: Record<AreaLevel, number> = { district: -7, province: 0, nation: 7 };
  const dyFor = (level: AreaLevel) => (levels.length === 1 ? 0 : offsets[level]);
  return {
    width,
    height: 56 + 30 * Math.max(codes.length, 1),
    marginLeft: narrow ? 44 : 230,
    marginRight: 24,
    marginBottom: BOTTOM_MARGIN,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: [Math.floor(low), 100],
      label: t('ind.chart.means.x'),
      grid: true,
      ...BOTTOM_LABEL,
    },
    y: { domain: codes, tickFormat: label, label: null },
    color: withLegendFont({
      domain: levels,
      range: levels.map((l) => AREA_COLORS[l]),
      legend: true,
      tickFormat: (l: AreaLevel) => areaNames[l] ?? l,
    }),
    marks: [
      Plot.ruleX([passMark], { stroke: COLORS.passMark, strokeWidth: 1.5 }),
      ...levels.map((level) =>
        Plot.dot(
          rows.filter((r) => r.area_level === level),
          {
            x: 'mean_value',
            y: 'code',
            fill: 'area_level',
            r: 5,
            dy: dyFor(level),
            tip: true,
            channels: {
              [t('ind.col.area')]: (d: IndicatorSummaryRow) => areaNames[d.area_level] ?? '',
              [t('ind.col.median')]: 'median_value',
              [t('ind.col.below_share')]: (d: IndicatorSummaryRow) =>
                `${(d.below_share * 100).toFixed(1)}%`,
              [t('col.orgs')]: 'orgs',
            },
          },
        ),
      ),
    ],
  };
}

export function indicatorBelowShareSpec(
  rows: IndicatorSummaryRow[],
  { t, lang, width, areaNames }: AreaChartOptions,
): Plot.PlotOptions {
  const narrow = isNarrow(width);
  const { codes, label } = indicatorAxis(rows, lang, narrow);
  const levels = AREA_LEVELS.filter((l) => rows.some((r) => r.area_level === l));
  const data = rows.map((r) => ({ ...r, percent: r.below_share * 100 }));
  const maxPercent = Math.max(10, ...data.map((d) => d.percent));
  return {
    width,
    height: 56 + codes.length * (levels.length * 11 + 10),
    marginLeft: narrow ? 44 : 230,
    marginRight: 48,
    marginBottom: BOTTOM_MARGIN,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: [0, Math.min(100, Math.ceil(maxPercent / 5) * 5)],
      label: t('ind.chart.below.x'),
      ...BOTTOM_LABEL,
      grid: true,
    },
    fy: { domain: codes, tickFormat: label, label: null, axis: 'left' },
    y: { domain: levels, axis: null, paddingInner: 0.1 },
    color: withLegendFont({
      domain: levels,
      range: levels.map((l) => AREA_COLORS[l]),
      legend: true,
      tickFormat: (l: AreaLevel) => areaNames[l] ?? l,
    }),
    marks: [
      Plot.barX(data, {
        x: 'percent',
        y: 'area_level',
        fy: 'code',
        fill: 'area_level',
        tip: true,
        channels: {
          [t('ind.col.area')]: (d: IndicatorSummaryRow) => areaNames[d.area_level] ?? '',
          [t('ind.col.below')]: 'below_pass',
          [t('col.orgs')]: 'orgs',
        },
      }),
      Plot.text(data, {
        x: 'percent',
        y: 'area_level',
        fy: 'code',
        text: (d: { percent: number }) => `${d.percent.toFixed(1)}%`,
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
        fill: '#374151',
      }),
      Plot.ruleX([0]),
    ],
  };
}
