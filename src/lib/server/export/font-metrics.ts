// Reads advance widths from a TrueType font (cmap + hmtx), so exported images can wrap Thai titles without a browser.
// Thai combining marks (vowels above/below, tone marks) have zero advance in Sarabun, so summing advances is exact
// enough for line breaking; kerning is ignored.

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units of the glyph for a code point, or undefined when the font has no glyph. */
  advance(codePoint: number): number | undefined;
  /** Whether the font has a glyph for every character of text. */
  covers(text: string): boolean;
}

interface TableDir {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, TableDir> {
  const count = view.getUint16(4);
  const out = new Map<string, TableDir>();
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(rec),
      view.getUint8(rec + 1),
      view.getUint8(rec + 2),
      view.getUint8(rec + 3),
    );
    out.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return out;
}

/** Code point → glyph id from a cmap subtable of format 4 (BMP) or 12 (full range). */
function readCmap(view: DataView, cmap: TableDir): Map<number, number> {
  const map = new Map<number, number>();
  const n = view.getUint16(cmap.offset + 2);
  let best: { format: number; offset: number } | null = null;
  for (let i = 0; i < n; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmap.offset + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || format > best.format) best = { format, offset };
  }
  if (!best) throw new Error('The font has no Unicode cmap subtable');
  const o = best.offset;
  if (best.format === 12) {
    const groups = view.getUint32(o + 12);
    for (let g = 0; g < groups; g++) {
      const rec = o + 16 + g * 12;
      const start = view.getUint32(rec);
      const end = view.getUint32(rec + 4);
      const glyph = view.getUint32(rec + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + (c - start));
    }
    return map;
  }
  const segX2 = view.getUint16(o + 6);
  const ends = o + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const ro = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + ro + (c - start) * 2;
        glyph = view.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = tables(view);
  const need = (tag: string) => {
    const t = dir.get(tag);
    if (!t) throw new Error(`The font has no '${tag}' table`);
    return t;
  };
  const unitsPerEm = view.getUint16(need('head').offset + 18);
  const numberOfHMetrics = view.getUint16(need('hhea').offset + 34);
  const hmtx = need('hmtx').offset;
  const glyphs = readCmap(view, need('cmap'));
  const lastAdvance = view.getUint16(hmtx + (numberOfHMetrics - 1) * 4);
  const advanceOfGlyph = (g: number) =>
    g < numberOfHMetrics ? view.getUint16(hmtx + g * 4) : lastAdvance;
  return {
    unitsPerEm,
    advance(cp) {
      const g = glyphs.get(cp);
      return g === undefined ? undefined : advanceOfGlyph(g);
    },
    covers(text) {
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (cp > 0x20 && !glyphs.has(cp)) return false;
      }
      return true;
    },
  };
}
