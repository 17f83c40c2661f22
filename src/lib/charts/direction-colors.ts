// Colours of the direction of travel between two years, shared by every change chart.
import { DIRECTIONS, type Direction } from '../ita/change-direction';
import { withLegendFont } from './legend-style';
import type { Translate } from '../i18n/messages';

export const DIRECTION_COLORS: Record<Direction, string> = {
  improving: '#1a9850',
  stable: '#9ca3af',
  worsening: '#d73027',
};

/** A Plot colour scale for directions, with a legend in the reader's language. */
export function directionColor(t: Translate, legend = true) {
  return withLegendFont({
    domain: [...DIRECTIONS],
    range: DIRECTIONS.map((d) => DIRECTION_COLORS[d]),
    legend,
    tickFormat: (d: Direction) => t(`chg.dir.${d}`),
  });
}

/** The direction of a change against the threshold, as the queries decide it (change rounded to two decimals). */
export function directionOf(change: number, threshold: number): Direction {
  const c = Math.round(change * 100) / 100;
  return c >= threshold ? 'improving' : c <= -threshold ? 'worsening' : 'stable';
}
