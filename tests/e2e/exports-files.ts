// Reads the files the export tests download: PNG pixels (8-bit RGBA/RGB, as resvg writes), PDF page counts, PPTX parts.
import zlib from 'node:zlib';
import JSZip from 'jszip';

export interface DecodedPng {
  width: number;
  height: number;
  channels: number;
  /** Row-major pixels, `channels` bytes each. */
  pixels: Uint8Array;
}

export function decodePng(buf: Uint8Array): DecodedPng {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < buf.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...buf.subarray(at + 4, at + 8));
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = data[8];
      const colour = data[9];
      if (depth !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      channels = colour === 6 ? 4 : colour === 2 ? 3 : colour === 4 ? 2 : 1;
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Pixels in a band of rows that are clearly darker than white (text, marks). */
export function darkPixels(png: DecodedPng, fromRow: number, toRow: number): number {
  let n = 0;
  for (let y = fromRow; y < Math.min(toRow, png.height); y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * png.channels;
      if (png.pixels[i]! < 160 && png.pixels[i + 1]! < 160 && png.pixels[i + 2]! < 160) n++;
    }
  return n;
}

/** Chromium's PDFs keep page dictionaries readable: count /Type /Page (not /Pages). */
export function pdfPageCount(buf: Uint8Array): number {
  return (
    Buffer.from(buf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

export async function pptxSlides(buf: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

/** The text of an exported SVG's element by data-role, its wrapped lines joined, entities decoded, spaces dropped. */
export function svgText(svg: string, role: string): string {
  const m = new RegExp(`<text data-role="${role}"[^>]*>(.*?)</text>`).exec(svg);
  if (!m) return '';
  return m[1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

/** A page's text with its spaces dropped, to compare with svgText. */
export const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
