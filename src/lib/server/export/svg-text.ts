// Writes wrapped lines of text as SVG <text> elements and escapes text for XML.
import type { FontWeight } from './chart-fonts';
import { fontMetrics } from './chart-fonts';
import { wrapText } from './text-layout';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Thai needs room above and below the line for vowels and tone marks. */
export const LINE_HEIGHT = 1.5;

export interface TextBlock {
  text: string;
  size: number;
  weight?: FontWeight;
  color?: string;
  maxLines?: number;
  /** A data-role attribute, so tests and people reading the SVG can find the title, filters, source… */
  role: string;
}

/** Wraps a block to width and returns its markup, with the top of the first line at y, and its height. */
export function textBlock(
  block: TextBlock,
  x: number,
  y: number,
  width: number,
): { markup: string; height: number } {
  const weight = block.weight ?? 400;
  const lines = wrapText(block.text, fontMetrics(weight), block.size, width, block.maxLines);
  const step = block.size * LINE_HEIGHT;
  // The baseline sits about 1.1 em below the top of a 1.5-em line for Sarabun.
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${round(y + i * step + block.size * 1.1)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const markup =
    `<text data-role="${block.role}" font-size="${block.size}" font-weight="${weight}"` +
    ` fill="${block.color ?? '#1f2937'}">${tspans}</text>`;
  return { markup: lines.length ? markup : '', height: lines.length * step };
}

export const round = (v: number) => Math.round(v * 100) / 100;
