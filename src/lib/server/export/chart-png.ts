// Turns an exported SVG into PNG with resvg, using the bundled Sarabun TTFs only (no system fonts, which lack Thai).
import { Resvg } from '@resvg/resvg-js';
import { EXPORT_FONT_FAMILY, exportFonts } from './chart-fonts';

export interface Png {
  bytes: Buffer;
  width: number;
  height: number;
}

/**
 * SARA AM (ำ) as NIKHAHIT + SARA AA, with the nikhahit before the tone mark, as a shaper would decompose it.
 * resvg 0.4x (resvg-js 2.6) gives no advance to the second glyph of a decomposed cluster (fixed upstream in
 * linebender/resvg#1043), so "จำนวน" came out with "า" under the next consonant. Only the PNG path needs this: the
 * SVG keeps the text as written so it can be searched and copied.
 */
export function decomposeSaraAm(svg: string): string {
  return svg.replace(/([\u0E01-\u0E2E])([\u0E48-\u0E4B]?)\u0E33/g, '$1\u0E4D$2\u0E32');
}

/**
 * Symbols Sarabun lacks, as the nearest ones it has: resvg loads no other font, and a missing glyph would print as a
 * box (◂ marks an off-axis minimum on the benchmark chart).
 */
const SUBSTITUTES: Record<string, string> = {
  '\u25C2': '\u25C0', // ◂ → ◀
  '\u25B8': '\u25B6', // ▸ → ▶
  '\u25B4': '\u25B2', // ▴ → ▲
  '\u25BE': '\u25BC', // ▾ → ▼
  '\u2BC7': '\u25C0', // ⯇ → ◀
  '\u2BC8': '\u25B6', // ⯈ → ▶
  '\u25CF': '\u2022', // ● → •
};
const MISSING = new RegExp(`[${Object.keys(SUBSTITUTES).join('')}]`, 'g');

export function substituteMissingGlyphs(svg: string): string {
  return svg.replace(MISSING, (c) => SUBSTITUTES[c]!);
}

/**
 * The largest PNG drawn, in pixels: a heatmap of a large province is 6,500 px tall at 1×, and at 2× would be a
 * 26-megapixel file that takes seconds to draw and no slide can show; such charts get the largest zoom under this.
 */
export const MAX_PNG_PIXELS = 16_000_000;

/** The zoom actually used for an SVG of the given size. */
export function effectiveScale(width: number, height: number, scale: number): number {
  const limit = Math.sqrt(MAX_PNG_PIXELS / Math.max(1, width * height));
  return Math.max(Math.min(1, scale), Math.min(scale, Math.floor(limit * 100) / 100));
}

function svgSize(svg: string): { width: number; height: number } {
  const m = /^<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 1, height: 1 };
}

/** scale 2 gives a sharp image for slides and retina screens; 1 for documents and the web. */
export function svgToPng(svg: string, requestedScale = 1): Png {
  const { width, height } = svgSize(svg);
  const scale = effectiveScale(width, height, requestedScale);
  const fonts = exportFonts();
  const resvg = new Resvg(substituteMissingGlyphs(decomposeSaraAm(svg)), {
    font: {
      fontFiles: Object.values(fonts).map((f) => f.file),
      loadSystemFonts: false,
      defaultFontFamily: EXPORT_FONT_FAMILY,
      sansSerifFamily: EXPORT_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: scale },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  return { bytes: image.asPng(), width: image.width, height: image.height };
}
