// Line breaking and measuring for exported images, the Sarabun metrics they rest on, and the resvg SARA AM workaround.
import { describe, expect, it } from 'vitest';
import { fontMetrics } from './chart-fonts';
import { decomposeSaraAm, effectiveScale, substituteMissingGlyphs } from './chart-png';
import { contentDisposition, fileNameOf, safeFileName } from './file-name';
import { textWidth, wrapText } from './text-layout';

const font = fontMetrics(400);
const graphemes = (s: string) =>
  Array.from(new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(s), (g) => g.segment);

describe('Sarabun metrics', () => {
  it('has a glyph for Thai, digits and the arrows Plot puts on axis labels', () => {
    expect(font.covers('การประเมินคุณธรรม ๐๑๒ 0123 ↑ → – · …')).toBe(true);
  });
  it('gives combining vowels and tone marks no advance, so a word is as wide as its consonants and spacing vowels', () => {
    expect(textWidth('\u0E48\u0E49\u0E35\u0E31', font, 16)).toBe(0);
    expect(textWidth('ที่', font, 16)).toBe(textWidth('ท', font, 16));
    expect(textWidth('กก', font, 20)).toBeCloseTo(2 * textWidth('ก', font, 20), 10);
  });
});

describe('wrapText', () => {
  const title = 'สัดส่วนหน่วยงานที่ผ่านเกณฑ์ เทียบกับเป้าหมายประเทศ ต่ำกว่าเกณฑ์ผ่านน้ำท่วม';
  it('keeps every line within the width and loses no text', () => {
    const lines = wrapText(title, font, 22, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, font, 22)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
  });
  it('breaks between words, never between a consonant and its marks', () => {
    for (const l of wrapText(title, font, 22, 120))
      expect(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(l)).toBe(false);
  });
  it('ends a cut-short last line with an ellipsis that still fits', () => {
    const lines = wrapText(title, font, 22, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, font, 22)).toBeLessThanOrEqual(200);
  });
  it('cuts a word wider than the line between grapheme clusters', () => {
    const lines = wrapText('ผู้ใหญ่บ้านน้ำท่วมที่นี่ผู้ใหญ่บ้าน', font, 40, 60);
    for (const l of lines) expect(graphemes(l).join('')).toBe(l);
    expect(lines.join('')).toBe('ผู้ใหญ่บ้านน้ำท่วมที่นี่ผู้ใหญ่บ้าน');
  });
});

describe('decomposeSaraAm', () => {
  it('writes ำ as nikhahit + sara aa, with the nikhahit before a tone mark', () => {
    // ต่ำ = ต U+0E15, mai ek U+0E48, sara am U+0E33 → ต, nikhahit U+0E4D, mai ek, sara aa U+0E32
    expect(decomposeSaraAm('ต่ำ')).toBe('\u0E15\u0E4D\u0E48\u0E32');
    expect(decomposeSaraAm('จำนวน')).toBe('\u0E08\u0E4D\u0E32นวน');
    expect(decomposeSaraAm('<text>น้ำ</text>')).toBe('<text>\u0E19\u0E4D\u0E49\u0E32</text>');
  });
});

describe('substituteMissingGlyphs', () => {
  it('swaps symbols Sarabun lacks for ones it has', () => {
    expect(font.covers('◂ 66.7')).toBe(false);
    const swapped = substituteMissingGlyphs('<text>◂ 66.7 ▸ ● ▾</text>');
    expect(swapped).toBe('<text>◀ 66.7 ▶ • ▼</text>');
    expect(font.covers(swapped.replace(/<[^>]+>/g, ''))).toBe(true);
  });
});

describe('effectiveScale', () => {
  it('keeps the zoom asked for up to 16 megapixels, then the largest that fits, never below 1', () => {
    expect(effectiveScale(1000, 500, 2)).toBe(2); // 2000 × 1000 = 2 MP
    expect(effectiveScale(1000, 4000, 2)).toBe(2); // 2000 × 8000 = 16 MP exactly
    // 1000 × 6400 at 2× would be 25.6 MP; √(16 / 6.4) = 1.58.
    expect(effectiveScale(1000, 6400, 2)).toBe(1.58);
    expect(effectiveScale(1000, 40000, 2)).toBe(1);
    expect(effectiveScale(1000, 500, 1)).toBe(1);
  });
});

describe('file names', () => {
  it('keeps Thai, drops characters file systems refuse', () => {
    expect(safeFileName('อบต.จะรัง / ตัวชี้วัด: 2567')).toBe('อบต.จะรัง-ตัวชี้วัด-2567');
    expect(fileNameOf(['อบต.จะรัง', 'ตัวชี้วัด', '2567'], 'png')).toBe('อบต.จะรัง-ตัวชี้วัด-2567.png');
    expect(fileNameOf([undefined, ' '], 'csv')).toBe('chart.csv');
  });
  it('says the Thai name in filename* (RFC 5987) and an ASCII one in filename', () => {
    // ก is U+0E01, UTF-8 E0 B8 81.
    expect(contentDisposition('ก (1).png', 'ita-1.png')).toBe(
      `attachment; filename="ita-1.png"; filename*=UTF-8''%E0%B8%81%20%281%29.png`,
    );
  });
});
