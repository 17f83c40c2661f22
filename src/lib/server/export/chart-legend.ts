// Draws a chart's legends inside the exported SVG: Plot draws categorical legends as HTML swatches, which an SVG or
// PNG file cannot carry, so swatches are drawn here from the scale Plot computed; continuous ramps come from Plot.legend.
import * as Plot from '@observablehq/plot';
import { EXPORT_FONT_FAMILY, fontMetrics } from './chart-fonts';
import { textWidth } from './text-layout';
import { escapeXml } from './svg-text';

export const LEGEND_SCALES = ['color', 'symbol', 'opacity'] as const;
type LegendScale = (typeof LEGEND_SCALES)[number];

const SWATCH = 12;
const FONT_SIZE = 13;
const ROW = 20;
const GAP = 18;

/** The spec with Plot's own legends turned off, and the names of the scales that asked for one. */
export function withoutLegends(spec: Plot.PlotOptions): {
  spec: Plot.PlotOptions;
  legends: LegendScale[];
} {
  const out: Plot.PlotOptions = { ...spec };
  const legends: LegendScale[] = [];
  for (const name of LEGEND_SCALES) {
    const options = spec[name] as { legend?: unknown } | undefined;
    if (options && options.legend) {
      legends.push(name);
      (out as Record<string, unknown>)[name] = { ...options, legend: false };
    }
  }
  // Plot wraps the SVG in a <figure> for these; the export draws its own title and caption.
  delete out.title;
  delete out.subtitle;
  delete out.caption;
  return { spec: out, legends };
}

type TickFormat = ((d: unknown, i: number) => unknown) | string | undefined;

function formatTick(format: TickFormat, d: unknown, i: number): string {
  return typeof format === 'function' ? String(format(d, i)) : String(d);
}

interface Drawn {
  markup: string;
  height: number;
}

/** Swatches (or ramps) for the legends of a rendered plot, laid out in rows within width. */
export function drawLegends(
  plot: ReturnType<typeof Plot.plot>,
  spec: Plot.PlotOptions,
  legends: LegendScale[],
  width: number,
  document: Document,
): Drawn {
  const font = fontMetrics(400);
  const parts: string[] = [];
  let y = 0;
  for (const name of legends) {
    const scale = plot.scale(name);
    if (!scale) continue;
    const options = (spec[name] ?? {}) as { tickFormat?: TickFormat; label?: string | null };
    const ordinal = scale.type === 'ordinal' || scale.type === 'categorical';
    if (!ordinal && name === 'color') {
      const ramp = Plot.legend({
        // Plot's scale descriptor leaves the label out: the spec's own says what the colours measure.
        color: {
          ...scale,
          tickFormat: options.tickFormat,
          label: options.label,
        } as Plot.ScaleOptions,
        width: Math.min(width, 360),
        document,
        style: { fontFamily: EXPORT_FONT_FAMILY, fontSize: '12px' },
      } as Plot.LegendScales);
      if (ramp.tagName.toLowerCase() === 'svg') {
        ramp.setAttribute('y', String(y));
        const h = Number(ramp.getAttribute('height') ?? 50);
        parts.push(ramp.outerHTML);
        y += h + 6;
        continue;
      }
    }
    const domain = (scale.domain ?? []) as unknown[];
    const range = (scale.range ?? []) as unknown[];
    let x = 0;
    for (const [i, d] of domain.entries()) {
      const label = formatTick(options.tickFormat, d, i);
      const w = SWATCH + 6 + textWidth(label, font, FONT_SIZE);
      if (x > 0 && x + w > width) {
        x = 0;
        y += ROW;
      }
      const colour = name === 'color' ? String(range[i % range.length]) : '#4b5563';
      const opacity = name === 'opacity' ? Number(range[i % range.length] ?? 1) : 1;
      const mark =
        name === 'symbol'
          ? `<circle cx="${x + SWATCH / 2}" cy="${y + SWATCH / 2 + 2}" r="${SWATCH / 2 - 1}" fill="none" stroke="${colour}" stroke-width="1.5"/>`
          : `<rect x="${x}" y="${y + 2}" width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(colour)}" fill-opacity="${opacity}"/>`;
      parts.push(
        mark +
          `<text x="${x + SWATCH + 6}" y="${y + 13}" font-size="${FONT_SIZE}">${escapeXml(label)}</text>`,
      );
      x += w + GAP;
    }
    y += ROW;
  }
  return { markup: parts.join(''), height: y };
}
