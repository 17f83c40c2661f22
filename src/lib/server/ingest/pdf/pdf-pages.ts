// Reads a PDF's pages with pdfjs-dist: positioned text fragments, ruling lines and image count, in page coordinates.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { actualTexts } from './actual-text';

/** A run of text as pdfjs gives it; x/y are the left end of the baseline, y measured down from the page top. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points: the unit of every tolerance in the layout. */
  size: number;
}

/** A horizontal or vertical line (a table border), y measured down from the page top. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  pieces: TextPiece[];
  rules: Rule[];
  images: number;
}

export type PdfFailure = 'encrypted' | 'corrupt';

export class PdfReadError extends Error {
  constructor(
    readonly kind: PdfFailure,
    message: string,
  ) {
    super(message);
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<{ pdfjs: PdfJs; dir: string }> | null = null;

/**
 * Loads pdfjs once. Its worker runs in this thread (the module is handed over as globalThis.pdfjsWorker), so nothing
 * is fetched and it works the same under Vite, vitest and the built server; CMaps and standard fonts are read from the
 * package's own folders.
 */
function pdfjsLib(): Promise<{ pdfjs: PdfJs; dir: string }> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import(
      pathToFileURL(path.join(dir, 'legacy/build/pdf.worker.mjs')).href
    );
    const pdfjs = (await import(
      pathToFileURL(path.join(dir, 'legacy/build/pdf.mjs')).href
    )) as PdfJs;
    return { pdfjs, dir };
  })();
  return loaded;
}

/** Loads pdfjs ahead of the first file (a worker does this before it takes jobs, so its time budget is the file's). */
export const preloadPdfjs = (): Promise<void> => pdfjsLib().then(() => undefined);

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: number[]): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** A border is thin in one direction; anything thicker than this (points) is a shaded area, not a line. */
const MAX_RULE_THICKNESS = 2.5;
/** Lines shorter than this (points) are glyph parts or bullets, not borders. */
const MIN_RULE_LENGTH = 4;

interface Glyph {
  unicode?: string;
  originalCharCode?: number;
}

/**
 * Walks the operator list once for the page's borders, its images and, for glyphs the font maps to U+0000, their
 * character codes. Paths are collected in user space and mapped through the current transformation matrix.
 */
function scanOperators(
  pdfjs: PdfJs,
  ops: { fnArray: number[]; argsArray: unknown[][] },
  viewport: number[],
): { rules: Rule[]; images: number; nulCodes: { font: string; code: number }[] } {
  const OPS = pdfjs.OPS;
  const rules: Rule[] = [];
  const nulCodes: { font: string; code: number }[] = [];
  let images = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let font = '';
  const toPage = (x: number, y: number): [number, number] => {
    const [px, py] = apply(ctm, x, y);
    const [vx, vy] = apply(viewport as Matrix, px, py);
    return [vx, vy];
  };
  const addRule = (ax: number, ay: number, bx: number, by: number) => {
    const [x1, y1] = toPage(ax, ay);
    const [x2, y2] = toPage(bx, by);
    const w = Math.abs(x2 - x1);
    const h = Math.abs(y2 - y1);
    if (Math.max(w, h) < MIN_RULE_LENGTH) return;
    if (h <= MAX_RULE_THICKNESS) {
      const y = (y1 + y2) / 2;
      rules.push({ x1: Math.min(x1, x2), y1: y, x2: Math.max(x1, x2), y2: y });
    } else if (w <= MAX_RULE_THICKNESS) {
      const x = (x1 + x2) / 2;
      rules.push({ x1: x, y1: Math.min(y1, y2), x2: x, y2: Math.max(y1, y2) });
    }
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i]!;
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform:
        ctm = multiply(ctm, args as number[]);
        break;
      case OPS.setFont:
        font = args[0] as string;
        break;
      case OPS.showText:
        for (const g of args[0] as (Glyph | number | null)[])
          if (g && typeof g === 'object' && g.unicode === '\u0000')
            nulCodes.push({ font, code: g.originalCharCode ?? -1 });
        break;
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageXObjectRepeat:
      case OPS.paintImageMaskXObject:
        images++;
        break;
      case OPS.constructPath: {
        const [op, [data], minMax] = args as [number, [Float32Array | null], number[] | null];
        if (!data || !minMax || op === OPS.endPath) break;
        // A filled thin box is a line (Chromium draws borders so); a filled wide box is shading, not a border.
        if (op !== OPS.stroke && op !== OPS.closeStroke) {
          addRule(minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!);
          break;
        }
        // A stroked path is lines between its points (LibreOffice draws a whole table's borders as one path).
        strokeSegments(data, addRule);
        break;
      }
    }
  }
  return { rules, images, nulCodes };
}

/** Calls `line` for each straight segment of a pdfjs path buffer (moveTo 0, lineTo 1, curveTo 2, quadratic 3, close 4). */
function strokeSegments(
  data: Float32Array,
  line: (ax: number, ay: number, bx: number, by: number) => void,
): void {
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < data.length;) {
    switch (data[k++]) {
      case 0:
        cx = sx = data[k++]!;
        cy = sy = data[k++]!;
        break;
      case 1: {
        const x = data[k++]!;
        const y = data[k++]!;
        line(cx, cy, x, y);
        cx = x;
        cy = y;
        break;
      }
      case 2:
        cx = data[k + 4]!;
        cy = data[k + 5]!;
        k += 6;
        break;
      case 3:
        cx = data[k + 2]!;
        cy = data[k + 3]!;
        k += 4;
        break;
      case 4:
        line(cx, cy, sx, sy);
        cx = sx;
        cy = sy;
        break;
      default:
        return;
    }
  }
}

/**
 * Fonts subset by Chromium (Skia) map the alternate glyphs of Thai marks (ปี's ี moved left, ที่'s lowered ่) to
 * U+0000. Such a font lists each alternate right after the glyph it varies, so the nearest mapped code below it that
 * is a Thai mark names the letter. Returns the replacement for each code, or '' when no mark is near.
 */
function nulReplacement(toUnicode: unknown[] | undefined, code: number): string {
  if (!toUnicode) return '';
  for (let c = code - 1; c >= Math.max(0, code - 4); c--) {
    const u = toUnicode[c];
    if (typeof u !== 'string' || u === '\u0000') continue;
    return /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]$/.test(u) ? u : '';
  }
  return '';
}

export interface OpenedPdf {
  pages: number;
  /**
   * Reads page n. A page without text is only searched for images when `imagesOfBlankPage` is set: that means
   * decoding its pictures, which takes seconds on a scanned page.
   */
  page(n: number, opts?: { imagesOfBlankPage?: boolean }): Promise<PdfPage>;
  close(): Promise<void>;
}

/** Opens a PDF from bytes; throws PdfReadError for a password-protected or damaged file. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const { pdfjs, dir } = await pdfjsLib();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    fontExtraProperties: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new PdfReadError('encrypted', (err as Error).message);
    throw new PdfReadError('corrupt', (err as Error).message);
  }
  let latin1: string | null = null;
  return {
    pages: doc.numPages,
    close: () => task.destroy(),
    async page(n: number, opts: { imagesOfBlankPage?: boolean } = {}): Promise<PdfPage> {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: true });
      const begins = content.items.filter(
        (it) => 'type' in it && it.type.startsWith('beginMarkedContent'),
      ).length;
      let spans: (string | null)[] | null = null;
      if (begins > 0) {
        latin1 ??= Buffer.from(bytes).toString('latin1');
        spans = actualTexts(latin1, page.ref ?? { num: -1, gen: 0 });
        // Content in form XObjects has spans the page's own streams do not show: then the order cannot be trusted.
        if (spans?.length !== begins) spans = null;
      }
      let span = 0;
      const open: { actual: string | null; piece?: TextPiece }[] = [];
      const blank = !content.items.some((it) => 'str' in it && it.str.trim() !== '');
      const scan =
        blank && !opts.imagesOfBlankPage
          ? { rules: [], images: 0, nulCodes: [] }
          : scanOperators(pdfjs, await page.getOperatorList(), vp.transform);
      const pieces: TextPiece[] = [];
      let nul = 0;
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type.startsWith('beginMarkedContent'))
            open.push({ actual: spans?.[span++] ?? null });
          else if (item.type === 'endMarkedContent') open.pop();
          continue;
        }
        let text = item.str;
        if (text.includes('\u0000'))
          text = text.split('\u0000').reduce((out, part, i) => {
            if (i === 0) return part;
            const at = scan.nulCodes[nul++];
            const font =
              at && page.commonObjs.has(at.font)
                ? (page.commonObjs.get(at.font) as { toUnicode?: { _map?: unknown[] } })
                : undefined;
            return out + (at ? nulReplacement(font?.toUnicode?._map, at.code) : '') + part;
          }, '');
        const [a, b, , , e, f] = item.transform as number[];
        const [x, y] = apply(vp.transform as Matrix, e!, f!);
        // Inside a span with /ActualText, that text replaces the glyphs' own: once, on the first piece that is not a
        // space (pdfjs adds spaces of its own where glyphs stand apart), which then reaches over the span's glyphs.
        const actual = [...open].reverse().find((o) => o.actual !== null);
        if (actual && text.trim() !== '') {
          if (actual.piece) {
            actual.piece.width = Math.max(actual.piece.width, x + item.width - actual.piece.x);
            continue;
          }
          text = actual.actual!;
        }
        if (text === '') continue;
        const piece: TextPiece = {
          text,
          x,
          y,
          width: item.width,
          size: Math.hypot(a!, b!) || item.height || 10,
        };
        pieces.push(piece);
        if (actual && !actual.piece && text.trim() !== '') actual.piece = piece;
      }
      page.cleanup();
      return {
        number: n,
        width: vp.width,
        height: vp.height,
        pieces,
        rules: scan.rules,
        images: scan.images,
      };
    },
  };
}
