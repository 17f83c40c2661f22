// Chart spec: the share of organisations at each level (AA-F, to 2565) or rating (from 2566) per fiscal year, stacked, passing grades in greens.
import * as Plot from '@observablehq/plot';
import { withLegendFont } from './legend-style';
import type { Lang, Translate } from '../i18n/messages';
import { COLORS, FONT_FAMILY } from './chart-theme';
import { MIN_WIDTH } from './chart-size';
import { formatCount, formatShare } from '../thai/format';

export type GradeRow = {
  fiscal_year: number;
  grading_kind: 'level' | 'rating';
  rank: number;
  grade: string;
  grade_en: string;
  passing: boolean;
  orgs: number;
  share: number;
  synthetic_orgs: number;
  /** Rated from incomplete tools (2566+ without EIT parts); absent in rows made before migration 016. */
  incomplete_orgs?: number;
};

/** Passing grades from dark to light green, failing ones from light orange to dark red, best first in each. */
const PASS_COLORS = ['#1b7837', '#5aae61', '#a6dba0'];
const FAIL_COLORS = ['#fee08b', '#fdae61', '#f46d43', '#d73027', '#a50026'];

function spread(palette: string[], n: number): string[] {
  if (n <= 1) return palette.slice(0, n);
  return Array.from(
    { length: n },
    (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!,
  );
}

/** Every grade label in legend order (levels, then ratings, each best first) with its colour. */
export function gradeScale(rows: GradeRow[], lang: Lang): { domain: string[]; range: string[] } {
  const domain: string[] = [];
  const range: string[] = [];
  for (const kind of ['level', 'rating'] as const) {
    const grades = new Map<string, GradeRow>();
    for (const r of rows.filter((x) => x.grading_kind === kind).sort((a, b) => a.rank - b.rank))
      if (!grades.has(r.grade)) grades.set(r.grade, r);
    const list = [...grades.values()];
    const pass = list.filter((g) => g.passing);
    const fail = list.filter((g) => !g.passing);
    const colors = [...spread(PASS_COLORS, pass.length), ...spread(FAIL_COLORS, fail.length)];
    [...pass, ...fail].forEach((g, i) => {
      domain.push(gradeLabel(g, lang));
      range.push(colors[i]!);
    });
  }
  return { domain, range };
}

/** White on the dark ends of the palette, dark grey elsewhere (relative luminance of the fill). */
function textColor(fill: string | undefined): string {
  if (!fill) return '#1f2937';
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.45 ? 'white' : '#1f2937';
}

const MARGIN_LEFT = 48;
const MARGIN_RIGHT = 20;
const PADDING = 0.25;

export const gradeLabel = (g: Pick<GradeRow, 'grade' | 'grade_en'>, lang: Lang): string =>
  lang === 'th' ? g.grade : g.grade_en;

export function gradeDistributionSpec(
  rows: GradeRow[],
  { t, lang, width: asked }: { t: Translate; lang: Lang; width: number },
): Plot.PlotOptions {
  const width = Math.max(asked, MIN_WIDTH);
  const data = rows
    .filter((r) => r.orgs > 0)
    .map((r) => ({ ...r, percent: r.share * 100, label: gradeLabel(r, lang) }));
  const years = [...new Set(rows.map((r) => r.fiscal_year))].sort();
  const firstRating = years.find((y) =>
    rows.some((r) => r.fiscal_year === y && r.grading_kind === 'rating'),
  );
  const switchMark =
    firstRating !== undefined && years.indexOf(firstRating) > 0 ? [firstRating] : [];
  const scale = gradeScale(rows, lang);
  const colorOf = new Map(scale.domain.map((g, i) => [g, scale.range[i]!]));
  // The band scale's step (band plus padding), to draw the switch between two bars rather than through one.
  const step = (width - MARGIN_LEFT - MARGIN_RIGHT) / (Math.max(years.length, 1) + PADDING);
  return {
    width,
    height: 320,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginTop: 28,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: years,
      label: t('col.fiscal_year'),
      tickFormat: (y: number) => String(y),
      padding: PADDING,
    },
    y: { domain: [0, 100], label: t('chart.grades.y'), grid: true },
    color: withLegendFont({ ...scale, legend: true }),
    marks: [
      Plot.barY(
        data,
        Plot.stackY({
          x: 'fiscal_year',
          y: 'percent',
          z: 'label',
          fill: 'label',
          order: scale.domain,
          tip: { format: { x: false, y: false, fill: false } },
          channels: {
            [t('col.fiscal_year')]: 'fiscal_year',
            [t('col.grade')]: 'label',
            [t('col.share')]: (d: { percent: number }) => `${d.percent.toFixed(1)}%`,
            [t('col.orgs')]: 'orgs',
          },
        }),
      ),
      Plot.text(
        data.filter((d) => d.percent >= 7),
        Plot.stackY({
          x: 'fiscal_year',
          y: 'percent',
          z: 'label',
          order: scale.domain,
          text: (d: { percent: number }) => `${d.percent.toFixed(0)}%`,
          fill: (d: { label: string }) => textColor(colorOf.get(d.label)),
        }),
      ),
      Plot.ruleX(switchMark, { stroke: COLORS.target, strokeDasharray: '4,3', dx: -step / 2 }),
      Plot.text(switchMark, {
        x: (d: number) => d,
        frameAnchor: 'top',
        dx: -step / 2,
        dy: -16,
        text: () => t('chart.grades.switch'),
        fill: COLORS.target,
      }),
      Plot.ruleY([0]),
    ],
  };
}

/**
 * One year's grades in a sentence: the commonest grade, the share passing and, where some ratings were computed from
 * incomplete tools (2566+ without EIT part 1 and 2), how many. The page and the export say the same.
 */
export function gradeSummaryText(inYear: GradeRow[], t: Translate, lang: Lang): string {
  const top = [...inYear].sort((a, b) => b.orgs - a.orgs)[0];
  if (!top) return '';
  const text = t('chart.grades.summary', {
    year: top.fiscal_year,
    grade: gradeLabel(top, lang),
    share: formatShare(top.share, lang),
    pass: formatShare(
      inYear.filter((r) => r.passing).reduce((s, r) => s + r.share, 0),
      lang,
    ),
  });
  const incomplete = inYear.reduce((s, r) => s + (r.incomplete_orgs ?? 0), 0);
  if (incomplete === 0) return text;
  const note = t('rating.incomplete_note', {
    orgs: formatCount(incomplete, lang),
    year: top.fiscal_year,
  });
  return `${text} ${note}`;
}
