// Chart spec: how many organisations moved from each level or rating in one year to each in the other, as a matrix.
import * as Plot from '@observablehq/plot';
import { withLegendFont } from './legend-style';
import type { Lang, Translate } from '../i18n/messages';
import { FONT_FAMILY } from './chart-theme';

export type TransitionRow = {
  level_before: string | null;
  level_now: string | null;
  level_en_before: string | null;
  level_en_now: string | null;
  rank_before: number | null;
  rank_now: number | null;
  grading_before: 'level' | 'rating';
  grading_now: 'level' | 'rating';
  orgs: number;
};

/** Labels of one side in grading order (best first), with the reader's language. */
function axis(rows: TransitionRow[], side: 'before' | 'now', lang: Lang) {
  const seen = new Map<string, { rank: number; en: string }>();
  for (const r of rows) {
    const label = r[`level_${side}`] ?? '–';
    seen.set(label, { rank: r[`rank_${side}`] ?? 99, en: r[`level_en_${side}`] ?? label });
  }
  const domain = [...seen.entries()].sort((a, b) => a[1].rank - b[1].rank).map(([l]) => l);
  return { domain, format: (l: string) => (lang === 'en' ? (seen.get(l)?.en ?? l) : l) };
}

export function changeTransitionsSpec(
  rows: TransitionRow[],
  {
    t,
    lang,
    width,
    year,
    compare,
  }: { t: Translate; lang: Lang; width: number; year: number; compare: number },
): Plot.PlotOptions {
  const data = rows.map((r) => ({ ...r, from: r.level_before ?? '–', to: r.level_now ?? '–' }));
  const x = axis(rows, 'now', lang);
  const y = axis(rows, 'before', lang);
  const narrow = width < 560;
  const rotate = x.domain.some((l) => x.format(l).length > 4) && narrow;
  const marginLeft = y.domain.some((l) => y.format(l).length > 4) ? (narrow ? 120 : 170) : 56;
  const max = Math.max(1, ...rows.map((r) => r.orgs));
  return {
    width: Math.min(width, marginLeft + 110 * x.domain.length + 20),
    height: (rotate ? 150 : 70) + 40 * Math.max(y.domain.length, 1),
    // Long rating labels stand upright on a phone; the subtitle says the columns are the later year.
    marginTop: rotate ? 130 : 50,
    marginLeft,
    marginRight: 12,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px' },
    x: {
      domain: x.domain,
      tickFormat: x.format,
      axis: 'top',
      label: rotate ? null : t('chg.chart.transitions.x', { year }),
      tickRotate: rotate ? -90 : 0,
    },
    y: {
      domain: y.domain,
      tickFormat: y.format,
      label: t('chg.chart.transitions.y', { year: compare }),
    },
    color: withLegendFont({
      // Banded, so the legend is drawn as swatches (a continuous ramp needs a canvas, which the server has not).
      type: 'quantize',
      n: 5,
      scheme: 'Blues',
      domain: [0, max],
      legend: true,
      label: t('col.orgs'),
    }),
    marks: [
      Plot.cell(data, {
        x: 'to',
        y: 'from',
        fill: 'orgs',
        inset: 1,
        tip: true,
        channels: {
          [t('chg.col.from')]: (d: TransitionRow & { from: string }) => y.format(d.from),
          [t('chg.col.to')]: (d: TransitionRow & { to: string }) => x.format(d.to),
        },
      }),
      Plot.text(data, {
        x: 'to',
        y: 'from',
        text: (d: TransitionRow) => String(d.orgs),
        fill: (d: TransitionRow) => (d.orgs > max * 0.45 ? 'white' : '#111827'),
        pointerEvents: 'none',
      }),
    ],
  };
}
