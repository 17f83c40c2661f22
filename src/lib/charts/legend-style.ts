// Plot draws legends outside the chart's SVG with its own system-ui font, which has no Thai glyphs on a bare machine.
import { FONT_FAMILY } from './chart-theme';

export const LEGEND_STYLE = { fontFamily: FONT_FAMILY, fontSize: '12px' };
