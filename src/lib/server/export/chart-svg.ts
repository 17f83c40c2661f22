// Composes one standalone SVG for a chart: title, filters in force, legend, Plot's chart, summary, source and export
// date all drawn inside the image, because Plot's own title and legends are HTML that an SVG or PNG file loses.
import * as Plot from '@observablehq/plot';
import { EXPORT_FONT_FAMILY, embeddedFontFaces } from './chart-fonts';
import { drawLegends, withoutLegends } from './chart-legend';
import { plotDocument } from './render-svg';
import { escapeXml, round, textBlock, type TextBlock } from './svg-text';

/** The words around a chart in an export; every line says something the reader of a forwarded image needs. */
export interface ChartFurniture {
  title: string;
  /** What the marks mean (the chart's subtitle on the page). */
  description?: string;
  /** The filters in force: scope, year(s), peer group, definition of "weak". */
  filters: string;
  summary?: string;
  /** The data source line; says "synthetic demo data" when it is. */
  source: string;
  synthetic: boolean;
  /** Where the official NACC figures drawn in the chart come from: real published figures, never synthetic. */
  reference?: string;
  /** "ส่งออกเมื่อ 22 พ.ย. 2569 · แดชบอร์ด ITA ท้องถิ่น" */
  exported: string;
}

/** full: everything inside the image (downloads). slide: legend and chart only, the slide carries the words as text. */
export type ChartVariant = 'full' | 'slide';

export interface ComposeOptions {
  width: number;
  variant?: ChartVariant;
  /** Carry the font in the SVG as @font-face data (downloads); PNG rendering loads it from the TTF instead. */
  embedFont?: boolean;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 28;
const COLORS = {
  text: '#1f2937',
  muted: '#4b5563',
  synthetic: '#92400e',
  official: '#5b21b6',
  rule: '#d1d5db',
};

function plotSvg(spec: Plot.PlotOptions, width: number, document: Document) {
  const { spec: bare, legends } = withoutLegends(spec);
  const plot = Plot.plot({
    ...bare,
    width,
    style: {
      ...(typeof bare.style === 'object' ? bare.style : {}),
      fontFamily: EXPORT_FONT_FAMILY,
    },
    document,
  });
  // Without title, caption or legends Plot returns the bare <svg>; anything else would be HTML.
  if (plot.tagName.toLowerCase() !== 'svg')
    throw new Error(
      `Plot returned <${plot.tagName}> instead of <svg>: the spec asks for HTML furniture`,
    );
  return { plot, legends, height: Number(plot.getAttribute('height')) };
}

export function composeChartSvg(
  spec: Plot.PlotOptions,
  furniture: ChartFurniture,
  { width, variant = 'full', embedFont = false }: ComposeOptions,
): ComposedSvg {
  const document = plotDocument();
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = variant === 'full' ? PAD - 6 : 12;
  const add = (block: TextBlock, gapAfter: number) => {
    const b = textBlock(block, PAD, y, inner);
    if (!b.markup) return;
    parts.push(b.markup);
    y += b.height + gapAfter;
  };
  if (variant === 'full') {
    add({ role: 'title', text: furniture.title, size: 22, weight: 600, maxLines: 3 }, 2);
    if (furniture.description)
      add(
        {
          role: 'description',
          text: furniture.description,
          size: 14,
          color: COLORS.muted,
          maxLines: 3,
        },
        2,
      );
    add(
      { role: 'filters', text: furniture.filters, size: 14, color: COLORS.text, maxLines: 3 },
      10,
    );
  }
  const { plot, legends, height: plotHeight } = plotSvg(spec, inner, document);
  if (legends.length) {
    const legend = drawLegends(plot, spec, legends, inner, document);
    parts.push(
      `<g data-role="legend" transform="translate(${PAD},${round(y)})">${legend.markup}</g>`,
    );
    y += legend.height + 6;
  }
  plot.setAttribute('x', String(PAD));
  plot.setAttribute('y', String(round(y)));
  plot.setAttribute('data-role', 'chart');
  // Labels Plot sets beside the last point (e.g. "เป้าหมาย 80%") may reach into the padding: let them.
  plot.setAttribute('overflow', 'visible');
  parts.push(plot.outerHTML);
  y += plotHeight + 12;
  if (variant === 'full') {
    if (furniture.summary)
      add(
        { role: 'summary', text: furniture.summary, size: 14, color: COLORS.text, maxLines: 4 },
        8,
      );
    parts.push(
      `<line x1="${PAD}" x2="${width - PAD}" y1="${round(y)}" y2="${round(y)}" stroke="${COLORS.rule}"/>`,
    );
    y += 6;
    add(
      {
        role: 'source',
        text: furniture.source,
        size: 13,
        color: furniture.synthetic ? COLORS.synthetic : COLORS.muted,
        maxLines: 3,
      },
      0,
    );
    if (furniture.reference)
      add(
        {
          role: 'official-source',
          text: furniture.reference,
          size: 13,
          color: COLORS.official,
          maxLines: 3,
        },
        0,
      );
    add(
      { role: 'exported', text: furniture.exported, size: 12, color: COLORS.muted, maxLines: 2 },
      0,
    );
    y += PAD - 10;
  } else {
    y += 4;
  }
  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
    ` width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${EXPORT_FONT_FAMILY}, sans-serif" data-variant="${variant}">` +
    `<title>${escapeXml(furniture.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg: embedFont ? withEmbeddedFont(svg) : svg, width, height };
}

/** The SVG with Sarabun inside as @font-face data, placed after its <title>. */
export function withEmbeddedFont(svg: string): string {
  const at = svg.indexOf('</title>') + '</title>'.length;
  return `${svg.slice(0, at)}<style>${embeddedFontFaces()}</style>${svg.slice(at)}`;
}
