// Measures and wraps text for exported images: Thai has no spaces between words, so lines break at word boundaries
// found by Intl.Segmenter, never inside a word (which would split a consonant from its vowel or tone mark).
import type { FontMetrics } from './font-metrics';

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
const clusters = (text: string) => Array.from(graphemes.segment(text), (s) => s.segment);

/** Width in pixels of text set in the font at size px. Characters the font lacks count as half an em. */
export function textWidth(text: string, font: FontMetrics, size: number): number {
  let units = 0;
  for (const ch of text) units += font.advance(ch.codePointAt(0)!) ?? font.unitsPerEm / 2;
  return (units / font.unitsPerEm) * size;
}

/**
 * Breaks text into lines no wider than maxWidth (a single word wider than that gets a line of its own and is cut
 * between grapheme clusters). At most maxLines lines; the last one ends with an ellipsis when text was left out.
 */
export function wrapText(
  text: string,
  font: FontMetrics,
  size: number,
  maxWidth: number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const { segment } of words.segment(text.replace(/\s+/g, ' ').trim())) {
    const next = line + segment;
    if (textWidth(next.trimEnd(), font, size) <= maxWidth) {
      line = next;
      continue;
    }
    push();
    if (segment === ' ') continue;
    if (textWidth(segment, font, size) <= maxWidth) {
      line = segment;
      continue;
    }
    for (const g of clusters(segment)) {
      if (textWidth(line + g, font, size) > maxWidth) push();
      line += g;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = clusters(kept[maxLines - 1]!);
  while (last.length && textWidth(`${last.join('')}…`, font, size) > maxWidth) last.pop();
  kept[maxLines - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}
