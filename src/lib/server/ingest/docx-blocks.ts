// Reads a DOCX straight into paragraphs and tables: unzips with jszip and scans word/document.xml, without HTML in between.
import JSZip from 'jszip';
import { padRows, type Block } from './blocks';
import { oneLine } from './markup';

/** The file is no DOCX, or its document part cannot be read: `decode.ts` turns this into a ReportInputError. */
export class DocxProblem extends Error {}

/**
 * Tags of WordprocessingML. Names carry their prefix (`w:p`); the documents Word, LibreOffice and the docx package
 * write all use the conventional prefixes, as mammoth also assumes.
 */
const TAG = /<(\/?)([A-Za-z_][\w.-]*:?[\w.-]*)([^>]*)>/g;
const MAX_SPAN = 50;

/** Content that is not the document's current text: deleted or moved-away runs, field codes, the newer of two renderings. */
const SKIPPED = new Set([
  'w:pPrChange',
  'w:rPrChange',
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delText',
  'mc:Choice',
  'w:sdtPr',
]);

/**
 * Symbol-font characters (`w:sym`) that matter in reports: ticks and boxes, written as the glyphs `measure-status.ts`
 * reads. Other symbols are left out, as mammoth leaves out those it cannot map.
 */
const SYMBOLS: Record<string, Record<string, string>> = {
  wingdings: {
    fc: '✓',
    fe: '☑',
    fd: '☒',
    fb: '✗',
    a8: '☐',
    '6f': '☐',
    '71': '☐',
    '6e': '■',
    a7: '■',
  },
  'wingdings 2': { '50': '✓', '52': '☑', '54': '☒', '4f': '✗', a3: '☐', '2a': '☐', a2: '■' },
  symbol: { d6: '√', b7: '•' },
};

function attr(attrs: string, name: string): string | null {
  const at = attrs.indexOf(`${name}=`);
  if (at < 0) return null;
  const quote = attrs[at + name.length + 1];
  const start = at + name.length + 2;
  const end = attrs.indexOf(quote!, start);
  return end < 0 ? null : attrs.slice(start, end);
}

function symbol(attrs: string): string {
  const font = (attr(attrs, 'w:font') ?? '').toLowerCase();
  const char = (attr(attrs, 'w:char') ?? '').toLowerCase();
  const table = SYMBOLS[font];
  if (!table) return '';
  return table[char] ?? table[char.replace(/^f0/, '')] ?? '';
}

const XML_ENTITY = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(XML_ENTITY, (_w, body: string) => {
    if (body[0] !== '#') return NAMED[body]!;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : ' ';
  });
}

/** One line as every other input format cleans it (`markup.plainText`): no Markdown bold or heading marks, single spaces. */
function cleanLine(line: string): string {
  return oneLine(line.replace(/\*\*/g, '').replace(/^\s*#{1,6}\s+/, ''));
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
/** Word's thaiLetters sequence leaves out the obsolete ฃ and ฅ. */
const THAI_LETTERS = 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ';
const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

function letters(n: number, alphabet: string): string {
  // Word repeats the letter past the end of the alphabet: a … z, aa … zz.
  const a = [...alphabet];
  return a[(n - 1) % a.length]!.repeat(Math.floor((n - 1) / a.length) + 1);
}

/** One list number as Word shows it in the level's format. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'thaiNumbers':
    case 'thaiCounting':
      return String(n).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);
    case 'thaiLetters':
      return letters(n, THAI_LETTERS);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/**
 * The list definitions of word/numbering.xml and the running counters: `next(numId, ilvl)` is the label Word shows
 * before the next paragraph of that list ("๑.", "1.2", "ก)"). Bullets give no label: they say nothing about a measure.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string) {
    const ABSTRACT = /<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g;
    for (const a of xml.matchAll(ABSTRACT)) {
      const levels: Level[] = [];
      for (const l of a[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
        const body = l[2]!;
        const val = (tag: string) => {
          const m = new RegExp(`<${tag}\\b([^>]*)>`).exec(body);
          return m ? attr(m[1]!, 'w:val') : null;
        };
        levels[Number(attr(l[1]!, 'w:ilvl')) || 0] = {
          start: Number(val('w:start') ?? 1) || 0,
          format: val('w:numFmt') ?? 'decimal',
          text: val('w:lvlText') ?? '',
        };
      }
      this.abstracts.set(attr(a[1]!, 'w:abstractNumId') ?? '', levels);
    }
    for (const n of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
      const abstract = /<w:abstractNumId\b([^>]*)>/.exec(n[2]!);
      const starts = new Map<number, number>();
      for (const o of n[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
        const start = /<w:startOverride\b([^>]*)>/.exec(o[2]!);
        if (start)
          starts.set(Number(attr(o[1]!, 'w:ilvl')) || 0, Number(attr(start[1]!, 'w:val')) || 0);
      }
      this.nums.set(attr(n[1]!, 'w:numId') ?? '', {
        abstract: abstract ? (attr(abstract[1]!, 'w:val') ?? '') : '',
        starts,
      });
    }
  }

  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const levels = num ? this.abstracts.get(num.abstract) : undefined;
    const level = levels?.[ilvl];
    if (!num || !levels || !level || level.format === 'bullet') return '';
    const startOf = (i: number) => num.starts.get(i) ?? levels[i]?.start ?? 1;
    let counts = this.counters.get(numId);
    if (!counts) this.counters.set(numId, (counts = []));
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    // A new item at one level starts the levels below it again.
    counts.length = ilvl + 1;
    return level.text
      .replace(/%([1-9])/g, (_m, d: string) => {
        const i = Number(d) - 1;
        return formatNumber(counts[i] ?? startOf(i), levels[i]?.format ?? 'decimal');
      })
      .trim();
  }
}

interface OpenTable {
  rows: string[][];
  row: string[] | null;
  rowDeleted: boolean;
  /** Lines of the open cell, or null outside a cell. */
  cell: string[] | null;
  span: number;
  /** The cell continues a vertical merge: it is empty, as a rowspan is in the HTML path. */
  merged: boolean;
  /** Depth of tables nested in the open cell: their paragraphs become lines of the cell. */
  nested: number;
}

function spanValue(attrs: string): number {
  const n = Number(attr(attrs, 'w:val'));
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_SPAN) : 1;
}

/**
 * Reads the body of a WordprocessingML part (document, footnotes) into blocks, in document order: paragraphs (split at
 * line breaks) and tables whose cells hold their paragraphs joined by '\n'. A horizontal span is the cell then empty
 * cells, a vertical merge continues as empty cells, nested tables are flattened into their cell, list numbers are
 * written when `numbering` is given, and rows or cells with nothing in them are dropped as the HTML path drops them.
 */
export function wordXmlToBlocks(
  xml: string,
  blocks: Block[] = [],
  numbering: Numbering | null = null,
): Block[] {
  const tables: OpenTable[] = [];
  /** The open paragraph's list: w:numPr's w:numId and w:ilvl. */
  let numId: string | null = null;
  let ilvl = 0;
  /** Text of the open paragraphs: a text box puts paragraphs inside a paragraph. */
  const paragraphs: string[] = [];
  /** Text of paragraphs whose mark was deleted: Word joins them to the next one. */
  let carried = '';
  /** The open paragraph's mark is deleted (w:pPr/w:rPr/w:del). */
  let deletedMark = false;
  let skip: string | null = null;
  let skipDepth = 0;
  let inPPr = 0;
  let inTrPr = false;
  let textFrom = -1;

  const emit = (text: string) => {
    const top = tables[tables.length - 1];
    if (top && top.cell !== null) {
      for (const line of text.split('\n')) {
        const clean = cleanLine(line);
        if (clean !== '') top.cell.push(clean);
      }
      return;
    }
    if (top) return; // text between rows or cells is not part of the table
    for (const line of text.split('\n')) {
      const clean = cleanLine(line);
      if (clean !== '') blocks.push({ kind: 'text', text: clean });
    }
  };
  const append = (s: string) => {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += s;
  };
  const endCell = (t: OpenTable) => {
    if (t.cell === null) return;
    t.row ??= [];
    t.row.push(t.merged ? '' : t.cell.join('\n'));
    for (let i = 1; i < t.span; i++) t.row.push('');
    t.cell = null;
  };
  const endRow = (t: OpenTable) => {
    endCell(t);
    if (t.row && !t.rowDeleted && t.row.some((c) => c !== '')) t.rows.push(t.row);
    t.row = null;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const closing = m[1] === '/';
    const name = m[2]!;
    const attrs = m[3]!;
    const selfClosing = attrs.endsWith('/');

    if (skip !== null) {
      if (name === skip && !selfClosing) skipDepth += closing ? -1 : 1;
      if (skipDepth === 0) skip = null;
      continue;
    }
    if (textFrom >= 0) {
      if (closing && name === 'w:t') {
        append(xmlText(xml.slice(textFrom, m.index)));
        textFrom = -1;
      }
      continue;
    }
    if (closing) {
      switch (name) {
        case 'w:p': {
          const text = carried + (paragraphs.pop() ?? '');
          carried = '';
          if (deletedMark) carried = text;
          else emit(text);
          deletedMark = false;
          break;
        }
        case 'w:pPr':
          inPPr--;
          if (inPPr === 0 && numId !== null && numbering) {
            const label = numbering.next(numId, ilvl);
            if (label !== '') append(`${label} `);
          }
          numId = null;
          break;
        case 'w:trPr':
          inTrPr = false;
          break;
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (t && t.nested === 0) endCell(t);
          break;
        }
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t && t.nested === 0) endRow(t);
          break;
        }
        case 'w:tbl': {
          const t = tables[tables.length - 1];
          if (!t) break;
          if (t.nested > 0) {
            t.nested--;
            break;
          }
          endRow(t);
          tables.pop();
          if (t.rows.length > 0) blocks.push({ kind: 'table', rows: padRows(t.rows) });
          break;
        }
      }
      continue;
    }

    switch (name) {
      case 'w:t':
        if (!selfClosing) textFrom = TAG.lastIndex;
        break;
      case 'w:p':
        if (!selfClosing) paragraphs.push('');
        numId = null;
        ilvl = 0;
        break;
      case 'w:pPr':
        if (!selfClosing) inPPr++;
        break;
      case 'w:numId':
        if (inPPr > 0) numId = attr(attrs, 'w:val');
        break;
      case 'w:ilvl':
        if (inPPr > 0) ilvl = Number(attr(attrs, 'w:val')) || 0;
        break;
      case 'w:tab':
      case 'w:ptab':
        // A w:tab in paragraph properties is a tab stop, not a tab.
        if (inPPr === 0) append('\t');
        break;
      case 'w:br':
      case 'w:cr': {
        // Page and column breaks are layout: mammoth's HTML has nothing for them, and neither do we.
        const type = attr(attrs, 'w:type');
        if (type === null || type === 'textWrapping') append('\n');
        break;
      }
      case 'w:noBreakHyphen':
        append('\u2011');
        break;
      case 'w:sym':
        append(symbol(attrs));
        break;
      case 'w:tbl': {
        const top = tables[tables.length - 1];
        // A table inside a cell is flattened: its paragraphs become lines of the cell, as in the HTML path.
        if (top && (top.cell !== null || top.nested > 0)) {
          top.nested++;
          break;
        }
        tables.push({
          rows: [],
          row: null,
          rowDeleted: false,
          cell: null,
          span: 1,
          merged: false,
          nested: 0,
        });
        break;
      }
      case 'w:tr': {
        const t = tables[tables.length - 1];
        if (t && t.nested === 0) {
          endRow(t);
          t.row = [];
          t.rowDeleted = false;
        }
        break;
      }
      case 'w:trPr':
        if (!selfClosing) inTrPr = true;
        break;
      case 'w:gridBefore': {
        const t = tables[tables.length - 1];
        // Cells the row leaves out at its start: empty cells keep the columns in place.
        if (inTrPr && t && t.nested === 0 && t.row)
          for (let i = spanValue(attrs); i > 0; i--) t.row.push('');
        break;
      }
      case 'w:tc': {
        const t = tables[tables.length - 1];
        if (t && t.nested === 0) {
          endCell(t);
          t.row ??= [];
          t.cell = [];
          t.span = 1;
          t.merged = false;
        }
        break;
      }
      case 'w:gridSpan': {
        const t = tables[tables.length - 1];
        if (t && t.nested === 0 && t.cell !== null) t.span = spanValue(attrs);
        break;
      }
      case 'w:vMerge': {
        const t = tables[tables.length - 1];
        const val = attr(attrs, 'w:val');
        if (t && t.nested === 0 && t.cell !== null && val !== 'restart') t.merged = true;
        break;
      }
      case 'w:del': {
        if (inTrPr) {
          const t = tables[tables.length - 1];
          if (t && t.nested === 0) t.rowDeleted = true;
        } else if (inPPr > 0) deletedMark = true;
        else if (!selfClosing) {
          skip = name;
          skipDepth = 1;
        }
        break;
      }
      default:
        if (!selfClosing && SKIPPED.has(name)) {
          skip = name;
          skipDepth = 1;
        }
    }
  }
  // Unclosed elements at the end of a damaged part: keep what was read.
  while (paragraphs.length > 0) emit(paragraphs.shift()!);
  while (tables.length > 0) {
    const t = tables.pop()!;
    endRow(t);
    if (t.rows.length > 0) blocks.push({ kind: 'table', rows: padRows(t.rows) });
  }
  return blocks;
}

async function viaMammoth(bytes: Uint8Array): Promise<Block[]> {
  const { default: mammoth } = await import('mammoth');
  const { htmlToBlocks } = await import('./html-tables');
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToBlocks(value);
}

const MAIN_RELATION = /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*>/;

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  if (!file) return null;
  const bytes = await file.async('uint8array');
  // Word writes UTF-8; a part saved as UTF-16 says so with its byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The main document part: word/document.xml, else where the package relationships point. */
async function mainDocument(zip: JSZip): Promise<string | null> {
  const usual = await partText(zip, 'word/document.xml');
  if (usual !== null) return usual;
  const rels = await partText(zip, '_rels/.rels');
  const rel = rels ? MAIN_RELATION.exec(rels) : null;
  const target = rel ? attr(rel[0], 'Target') : null;
  return target ? partText(zip, target.replace(/^\//, '')) : null;
}

/**
 * A DOCX file's blocks: the body, then footnotes and endnotes (mammoth also puts them at the end). Headers, footers
 * and comments are left out. Throws DocxProblem when the bytes are no readable DOCX.
 */
export async function docxToBlocks(bytes: Uint8Array): Promise<Block[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new DocxProblem(`not a readable ZIP file (${(err as Error).message})`);
  }
  const xml = await mainDocument(zip);
  if (xml === null)
    throw new DocxProblem('the ZIP file holds no Word document (word/document.xml)');
  // The scan knows the `w:` prefix every Word writer uses; a document that binds WordprocessingML to another prefix
  // goes through mammoth, which resolves namespaces (slower, and without list numbers).
  if (!/\sxmlns:w=["']/.test(xml.slice(0, 4000))) return viaMammoth(bytes);
  // Most reports number their measures by hand; read the list definitions only when a paragraph uses one.
  const numberingXml = xml.includes('<w:numPr') ? await partText(zip, 'word/numbering.xml') : null;
  const blocks = wordXmlToBlocks(xml, [], numberingXml ? new Numbering(numberingXml) : null);
  for (const notes of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const part = await partText(zip, notes);
    if (part !== null) wordXmlToBlocks(part, blocks);
  }
  return blocks;
}
