// Writes data/fixtures/hostile/: files built to hurt a parser (far-corner cell, zip bombs, truncated and random files, mixed encodings), and the generators tests use for the big ones.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** Store without compression. */
  stored?: boolean;
  /** Write this uncompressed size in the headers instead of the true one (a lying directory). */
  declaredSize?: number;
}

/** A ZIP written by hand, so that sizes and counts can be whatever a test needs (ZIP64 past 65,535 entries). */
export function writeZip(parts: ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const data = p.stored ? Buffer.from(p.data) : zlib.deflateRawSync(p.data, { level: 9 });
    const crc = zlib.crc32(p.data);
    const size = p.declaredSize ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(p.stored ? 0 : 8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const many = parts.length > 0xfffe;
  const tail: Buffer[] = [];
  if (many) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(parts.length), 24);
    z.writeBigUInt64LE(BigInt(parts.length), 32);
    z.writeBigUInt64LE(BigInt(cd.length), 40);
    z.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(z, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(many ? 0xffff : parts.length, 8);
  end.writeUInt16LE(many ? 0xffff : parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, ...tail, end]));
}

const text = (s: string) => new TextEncoder().encode(s);

/** The parts every XLSX needs around its one sheet. */
function xlsxParts(sheetXml: Uint8Array | string, sharedStrings?: string): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      data: text(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: text(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: typeof sheetXml === 'string' ? text(sheetXml) : sheetXml,
    },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: text(sharedStrings) }] : []),
  ];
}

const SHEET_OPEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;

/** A sheet of inline-string cells: rows of [ref, text]. */
function sheetXml(rows: [number, [string, string][]][], dimension?: string): string {
  const body = rows
    .map(
      ([r, cells]) =>
        `<row r="${r}">${cells.map(([ref, v]) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  return `${SHEET_OPEN}${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${body}</sheetData></worksheet>`;
}

/** A workbook of one sheet holding only the given text cells (one per row, rows in order), with an optional dimension. */
export const xlsxWithCells = (cells: [string, string][], dimension?: string) =>
  writeZip(
    xlsxParts(
      sheetXml(
        cells.map(([ref, v]) => [Number(/\d+$/.exec(ref)![0]), [[ref, v]]]),
        dimension,
      ),
    ),
  );

/** Cells A1 and XFD1048576 only: the workbook that once made the reader walk 17 billion positions. */
export const farCornerXlsx = () =>
  xlsxWithCells(
    [
      ['A1', 'รหัส'],
      ['XFD1048576', 'x'],
    ],
    'A1:XFD1048576',
  );

/** The same two cells without a dimension element: only the cells give the far corner away. */
export const farCornerNoDimensionXlsx = () =>
  writeZip(
    xlsxParts(
      sheetXml([
        [1, [['A1', 'รหัส']]],
        [1048576, [['XFD1048576', 'x']]],
      ]),
    ),
  );

/** A sheet part of `megabytes` MB of spaces inside the sheet data: deflates ~1,000 to 1. */
function bombSheet(megabytes: number): Buffer {
  const head = Buffer.from(
    `${SHEET_OPEN}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>รหัส</t></is></c></row>`,
  );
  const tail = Buffer.from('</sheetData></worksheet>');
  const filler = Buffer.alloc(megabytes * 1024 * 1024 - head.length - tail.length, 0x20);
  return Buffer.concat([head, filler, tail]);
}

/** 300 MB of sheet in ~300 kB, sizes declared honestly. */
export const zipBombXlsx = () => writeZip(xlsxParts(bombSheet(300)));

/** 50 MB of sheet whose directory says 1 kB: only inflating finds it out. */
export const lyingZipBombXlsx = () =>
  writeZip(
    xlsxParts(bombSheet(50)).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: 1024 } : p,
    ),
  );

/** `n` empty entries (ZIP64 past 65,535): ~9 MB for 100,000, so tests make it in memory. */
export const manyEntriesZip = (n = 100_000) =>
  writeZip(
    Array.from({ length: n }, (_, i) => ({
      name: `p/${i}`,
      data: new Uint8Array(),
      stored: true,
    })),
  );

/** One cell of `chars` characters (Excel refuses more than 32,767). */
export const hugeCellXlsx = (chars = 200_000) =>
  writeZip(xlsxParts(sheetXml([[1, [['A1', 'ก'.repeat(chars)]]]])));

const letters = (i: number): string => {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** A header row of `n` columns. */
export const wideXlsx = (n = 5_000) =>
  writeZip(
    xlsxParts(
      sheetXml([
        [1, Array.from({ length: n }, (_, i) => [`${letters(i)}1`, `c${i}`] as [string, string])],
      ]),
    ),
  );

export const wideCsv = (n = 5_000) =>
  text(
    Array.from({ length: n }, (_, i) => `c${i}`).join(',') +
      '\n' +
      Array.from({ length: n }, () => '1').join(',') +
      '\n',
  );

/** A CSV whose one cell is `chars` long. */
export const hugeCellCsv = (chars = 1_000_000) =>
  text(`รหัส,ชื่อหน่วยงาน\n6940907,"${'ก'.repeat(chars)}"\n`);

/**
 * `rows` data rows of a long score file (code, year, indicator, score): the shape of a national export, made
 * without a database (codes need not exist: the read is what is measured).
 */
export function manyRowsCsv(rows = 200_000): Uint8Array {
  const lines = ['รหัส,ปีงบประมาณ,ตัวชี้วัด,คะแนน'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${6000000 + (i % 900_000)},${2563 + (i % 6)},${(i % 10) + 1},${(80 + (i % 2000) / 100).toFixed(2)}`,
    );
  return text(lines.join('\n') + '\n');
}

/** Deterministic noise (a linear congruential generator): the same "random" file every time. */
export function randomBytes(n: number, seed: number, prefix: number[] = []): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  out.set(prefix, 0);
  return out;
}

/**
 * A score CSV pasted together from two sources: header and two rows in UTF-8, lines 4 and 5 in TIS-620. The names
 * and codes are the registry's (data/dla-lao-registry.csv), so the file is legitimate and reads whole.
 */
export function mixedEncodingCsv(): Uint8Array {
  const utf8 = (s: string) => Buffer.from(s + '\n', 'utf8');
  const tis = (s: string) =>
    Buffer.from(new Uint8Array([...s].map(tis620)).buffer).toString('latin1');
  const lines = [
    utf8('รหัส,ชื่อหน่วยงาน,ปีงบประมาณ,คะแนนรวม'),
    utf8('6940907,อบต.จะรัง,2567,91.00'),
    utf8('6230107,อบต.วังกระแจะ,2567,88.50'),
    Buffer.from(tis('6230303,อบต.เขาสมิง,2567,86.25') + '\n', 'latin1'),
    Buffer.from(tis('6330311,อบต.เมืองน้อย,2567,79.10') + '\n', 'latin1'),
  ];
  return new Uint8Array(Buffer.concat(lines));
}

/** TIS-620 byte of a character: Thai U+0E01-U+0E5B sit at 0xA1-0xFB; ASCII is itself. */
function tis620(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return c;
  if (c >= 0x0e01 && c <= 0x0e5b) return c - 0x0e01 + 0xa1;
  throw new Error(`no TIS-620 byte for ${ch}`);
}

/** A text-only PDF of many pages, one short line each, as small as such a file gets (~200 bytes a page). */
export function manyPagesPdf(pages = 1_000): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const kids: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const stream = `BT /F1 12 Tf 72 700 Td (Measure ${p} of the plan) Tj ET`;
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`,
    );
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return text(out);
}

/** A PDF declaring `n` tiny objects in plain sight (~20 bytes each): made in memory by the tests. */
export function manyObjectsPdf(n = 250_000): Uint8Array {
  const parts = [
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n',
  ];
  for (let i = 3; i < n + 3; i++) parts.push(`${i} 0 obj\nnull\nendobj\n`);
  parts.push('trailer\n<< /Root 1 0 R >>\n%%EOF\n');
  return text(parts.join(''));
}

const half = (b: Uint8Array) => b.subarray(0, Math.floor(b.length / 2));

/** Every committed fixture: file name → bytes. */
export function hostileFixtures(root: string): Record<string, Uint8Array> {
  const read = (...p: string[]) => new Uint8Array(fs.readFileSync(path.join(root, ...p)));
  return {
    'far-corner.xlsx': farCornerXlsx(),
    'far-corner-no-dimension.xlsx': farCornerNoDimensionXlsx(),
    'zip-bomb.xlsx': zipBombXlsx(),
    'zip-bomb-lying-sizes.xlsx': lyingZipBombXlsx(),
    'huge-cell.xlsx': hugeCellXlsx(),
    'five-thousand-columns.xlsx': wideXlsx(),
    'five-thousand-columns.csv': wideCsv(),
    'mixed-encoding.csv': mixedEncodingCsv(),
    'truncated.xlsx': half(read('data', 'fixtures', 'scores', 'result-book.xlsx')),
    'truncated.docx': half(read('data', 'fixtures', 'reports', 'pdf', '002_4c4a9c54fc41eb39.docx')),
    'truncated.pdf': half(
      read('data', 'fixtures', 'reports', 'pdf', '002_4c4a9c54fc41eb39.libreoffice.pdf'),
    ),
    'random.xlsx': randomBytes(16_384, 1),
    'random.docx': randomBytes(16_384, 2),
    'random.pdf': randomBytes(16_384, 3),
    'random.csv': randomBytes(16_384, 4),
    'random-zip-header.xlsx': randomBytes(16_384, 5, [0x50, 0x4b, 0x03, 0x04]),
    'random-pdf-header.pdf': randomBytes(16_384, 6, [...Buffer.from('%PDF-1.7\n')]),
    'many-pages.pdf': manyPagesPdf(),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.cwd();
  const out = path.join(root, 'data', 'fixtures', 'hostile');
  fs.mkdirSync(out, { recursive: true });
  for (const [name, bytes] of Object.entries(hostileFixtures(root))) {
    fs.writeFileSync(path.join(out, name), bytes);
    console.log(`${name}\t${bytes.length} bytes`);
  }
}
