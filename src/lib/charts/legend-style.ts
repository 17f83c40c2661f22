// Chart furniture shared by the weak-indicator and change charts. Plot draws legends outside the chart's SVG with its own system-ui font, which has no Thai glyphs on a bare machine.
import type { ScaleOptions } from '@observablehq/plot';
import { FONT_FAMILY } from './chart-theme';

export const LEGEND_STYLE = { fontFamily: FONT_FAMILY, fontSize: '12px' };

/**
 * The scale with its legend in the app's font. Plot hands a scale's options on to its legend at run time (so `style`
 * reaches it), but its types do not declare that.
 */
export function withLegendFont(scale: ScaleOptions): ScaleOptions {
  return { ...scale, style: LEGEND_STYLE } as ScaleOptions;
}

/** A bottom axis label centred under the axis, clear of the last tick (Thai labels are long). */
export const BOTTOM_LABEL = { labelAnchor: 'center', labelOffset: 34 } as const;
export const BOTTOM_MARGIN = 44;
