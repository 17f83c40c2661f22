// Plot marks for the NACC's official figures beside loaded data: a dotted violet line of diamonds, or a rule, named once and sourced on hover.
import * as Plot from '@observablehq/plot';
import type { Lang, Translate } from '../i18n/messages';
import {
  officialSourceOf,
  type OfficialAreaRow,
  type OfficialNationalRow,
  type OfficialTypeRow,
} from '../ita/official';
import { formatNumber, formatShare } from '../thai/format';

/** Violet: apart from the data's blue, the pass mark's red, the target's grey and the synthetic pale blue. */
export const OFFICIAL_COLOR = '#6d28d9';

/** One official figure in the chart's own units (a share as a percentage, a score as points). */
export interface OfficialPoint {
  fiscal_year: number;
  value: number;
  /** Shown on hover: the figure, its year and its source. */
  title: string;
}

export interface OfficialMarkOptions {
  /** "ตัวเลขทางการ ป.ป.ช.": written once, beside the last point. */
  label: string;
  /** Put the name left of the last point (when the chart's right margin is narrow) instead of right. */
  labelSide?: 'left' | 'right';
  /**
   * The loaded data's value in the year of the last official point: the name goes on the other side of the official
   * point (above when the data is below), away from the data's own labels.
   */
  avoid?: number | null;
}

/** White halo so that the name stays readable where it crosses a line. */
const HALO = { stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** A year-by-year series of official figures: dotted line, diamonds with their source on hover, the name once. */
export function officialTrendMarks(
  points: OfficialPoint[],
  { label, labelSide = 'right', avoid = null }: OfficialMarkOptions,
): Plot.Markish[] {
  if (points.length === 0) return [];
  const sorted = [...points].sort((a, b) => a.fiscal_year - b.fiscal_year);
  const below = avoid !== null && avoid > sorted.at(-1)!.value;
  return [
    Plot.line(sorted, {
      x: 'fiscal_year',
      y: 'value',
      stroke: OFFICIAL_COLOR,
      strokeWidth: 1.5,
      strokeDasharray: '2,3',
      className: 'official-line',
    }),
    Plot.dot(sorted, {
      x: 'fiscal_year',
      y: 'value',
      symbol: 'diamond',
      r: 4,
      fill: OFFICIAL_COLOR,
      stroke: 'white',
      title: 'title',
      className: 'official',
    }),
    Plot.text(sorted.slice(-1), {
      x: 'fiscal_year',
      y: 'value',
      text: () => label,
      dx: labelSide === 'right' ? 8 : -8,
      dy: below ? 8 : -8,
      lineAnchor: below ? 'top' : 'bottom',
      // Right of the last year the margin is narrow: two short lines. Left, the space between years takes one line.
      lineWidth: labelSide === 'right' ? 7 : Infinity,
      textAnchor: labelSide === 'right' ? 'start' : 'end',
      fill: OFFICIAL_COLOR,
      fontSize: 11,
      fontWeight: 600,
      className: 'official-label',
      ...HALO,
    }),
  ];
}

/** One official value across the chart (e.g. the type's national mean in a year), named at its right end. */
export function officialRuleMarks(
  rules: { value: number; label: string; title: string }[],
): Plot.Markish[] {
  if (rules.length === 0) return [];
  return [
    Plot.ruleY(rules, {
      y: 'value',
      stroke: OFFICIAL_COLOR,
      strokeWidth: 1.5,
      strokeDasharray: '2,3',
      title: 'title',
      className: 'official',
    }),
    Plot.text(rules, {
      y: 'value',
      text: 'label',
      frameAnchor: 'right',
      textAnchor: 'end',
      dy: -8,
      fill: OFFICIAL_COLOR,
      fontSize: 11,
      fontWeight: 600,
      className: 'official-label',
      ...HALO,
    }),
  ];
}

/** official_national rows as points of a pass-share chart (percent); years without a published share are left out. */
export function nationalSharePoints(
  rows: OfficialNationalRow[],
  t: Translate,
  lang: Lang,
): OfficialPoint[] {
  return rows
    .filter((r) => r.pass_share !== null)
    .map((r) => ({
      fiscal_year: r.fiscal_year,
      value: r.pass_share! * 100,
      title: t('official.point', {
        label: t('official.label'),
        year: r.fiscal_year,
        value: formatShare(r.pass_share, lang),
        source: officialSourceOf(r, lang),
      }),
    }));
}

/** official_by_type rows as points of a total-score chart, named after the type as the report names it. */
export function typeMeanPoints(rows: OfficialTypeRow[], t: Translate, lang: Lang): OfficialPoint[] {
  return rows.map((r) => ({
    fiscal_year: r.fiscal_year,
    value: r.mean_total,
    title: t('official.point', {
      label: t('official.type_label', { type: r.org_type_th }),
      year: r.fiscal_year,
      value: formatNumber(r.mean_total, lang),
      source: officialSourceOf(r, lang),
    }),
  }));
}

/** official_area_by_type rows as labelled rules of a totals chart: the official mean of each type that has one. */
export function areaOfficialRules(
  rows: OfficialAreaRow[],
  t: Translate,
  lang: Lang,
): { value: number; label: string; title: string }[] {
  return rows
    .filter((r) => r.official_mean !== null)
    .map((r) => {
      const label = t('official.type_label', { type: t(`type.${r.type}` as 'type.sao') });
      return {
        value: r.official_mean!,
        label: `${label} ${formatNumber(r.official_mean, lang)}`,
        title: `${label}: ${formatNumber(r.official_mean, lang)}\n${t('col.source')}: ${officialSourceOf(r, lang)}`,
      };
    });
}
