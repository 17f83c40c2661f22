// Checks a ZIP container (XLSX, DOCX) against the limits from its central directory, without inflating, then inflates its parts within them.
import zlib from 'node:zlib';
import { count, FileLimitError, mb, ZIP_LIMITS } from './limits';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** The bytes are not a ZIP the checks can read: the caller reports the file as damaged. */
export class ZipFormatError extends Error {}

type Limits = typeof ZIP_LIMITS;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw new ZipFormatError('no ZIP end record (the file is cut short or not a ZIP)');
}

const u64 = (view: DataView, at: number) => Number(view.getBigUint64(at, true));

/** Entry count, directory size and offset, from the (ZIP64) end record. */
function directoryBounds(view: DataView): { entries: number; size: number; offset: number } {
  const at = findEocd(view);
  let entries = view.getUint16(at + 10, true);
  let size = view.getUint32(at + 12, true);
  let offset = view.getUint32(at + 16, true);
  if (entries === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
    const loc = at - 20;
    if (loc >= 0 && view.getUint32(loc, true) === ZIP64_LOCATOR) {
      const z = u64(view, loc + 8);
      if (z + 56 > view.byteLength || view.getUint32(z, true) !== ZIP64_EOCD)
        throw new ZipFormatError('a damaged ZIP64 end record');
      entries = u64(view, z + 32);
      size = u64(view, z + 40);
      offset = u64(view, z + 48);
    }
  }
  return { entries, size, offset };
}

/**
 * The entries of the central directory. The entry count is checked before the directory is walked, so a file
 * declaring 100,000 entries is refused without reading them.
 */
export function readZipDirectory(
  file: string,
  bytes: Uint8Array,
  limits: Limits = ZIP_LIMITS,
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw new ZipFormatError('the file is too short to be a ZIP');
  const { entries, size, offset } = directoryBounds(view);
  if (entries > limits.maxEntries) throw tooMany(file, entries, limits);
  if (offset + size > bytes.byteLength)
    throw new ZipFormatError('the ZIP directory lies beyond the end of the file (cut short?)');
  const out: ZipEntry[] = [];
  let at = offset;
  while (at + 46 <= offset + size && view.getUint32(at, true) === CENTRAL) {
    if (out.length >= limits.maxEntries) throw tooMany(file, out.length + 1, limits);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    let localOffset = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    // ZIP64 sizes sit in extra field 0x0001, in this order, for each 32-bit field that is 0xffffffff.
    let e = at + 46 + nameLength;
    const end = e + extraLength;
    while (e + 4 <= end) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let p = e + 4;
        if (uncompressedSize === 0xffffffff && p + 8 <= e + 4 + len) {
          uncompressedSize = u64(view, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= e + 4 + len) {
          compressedSize = u64(view, p);
          p += 8;
        }
        if (localOffset === 0xffffffff && p + 8 <= e + 4 + len) localOffset = u64(view, p);
      }
      e += 4 + len;
    }
    out.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize,
      uncompressedSize,
      localOffset,
    });
    at = end + commentLength;
  }
  if (out.length === 0) throw new ZipFormatError('the ZIP directory lists no entries');
  return out;
}

function tooMany(file: string, n: number, limits: Limits): FileLimitError {
  return new FileLimitError(
    file,
    'too_large',
    `the ZIP container holds ${count(n)} entries; at most ${count(limits.maxEntries)} are accepted`,
    `ไฟล์ ZIP มี ${count(n)} รายการ แต่รับได้ไม่เกิน ${count(limits.maxEntries)} รายการ`,
  );
}

function entryTooLarge(file: string, entry: ZipEntry, limits: Limits): FileLimitError {
  return new FileLimitError(
    file,
    'too_large',
    `the part ${entry.name} inflates to more than ${mb(limits.maxEntryBytes)} (the limit for one part)`,
    `ส่วน ${entry.name} ในไฟล์ขยายได้เกิน ${mb(limits.maxEntryBytes)} (ขนาดสูงสุดต่อส่วน)`,
  );
}

/** Refuses, from the directory alone, a container whose parts are too many, too large or compressed too well. */
export function checkZipDirectory(
  file: string,
  entries: ZipEntry[],
  limits: Limits = ZIP_LIMITS,
): void {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes) throw entryTooLarge(file, e, limits);
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
      throw new FileLimitError(
        file,
        'too_large',
        `the part ${e.name} is compressed ${Math.round(ratio)} to 1 (${mb(e.compressedSize)} inflating to ${mb(e.uncompressedSize)}); at most ${limits.maxRatio} to 1 is accepted (a zip bomb?)`,
        `ส่วน ${e.name} ถูกบีบอัด ${Math.round(ratio)} เท่า (${mb(e.compressedSize)} ขยายเป็น ${mb(e.uncompressedSize)}) เกิน ${limits.maxRatio} เท่าที่รับได้ (อาจเป็น zip bomb)`,
      );
  }
  if (total > limits.maxTotalBytes)
    throw new FileLimitError(
      file,
      'too_large',
      `its parts inflate to ${mb(total)} together; at most ${mb(limits.maxTotalBytes)} is accepted`,
      `ส่วนต่าง ๆ ในไฟล์ขยายรวมกันได้ ${mb(total)} เกิน ${mb(limits.maxTotalBytes)} ที่รับได้`,
    );
}

/**
 * One entry's bytes, inflated with the output capped at the size the directory declared: a part that inflates to
 * more than it declared (a lying directory) is refused as soon as it passes the declared size, never held whole.
 */
export function inflateEntry(
  file: string,
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: Limits = ZIP_LIMITS,
): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL)
    throw new ZipFormatError(`the part ${entry.name} is missing (the file is cut short?)`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength)
    throw new ZipFormatError(`the part ${entry.name} is cut short`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8)
    throw new ZipFormatError(`the part ${entry.name} uses compression method ${entry.method}`);
  const cap = Math.min(entry.uncompressedSize, limits.maxEntryBytes);
  let out: Buffer;
  try {
    // maxOutputLength stops inflating once the output would pass the cap (RangeError ERR_BUFFER_TOO_LARGE).
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new FileLimitError(
        file,
        'too_large',
        `the part ${entry.name} inflates to more than the ${mb(cap)} its directory declares (a zip bomb?)`,
        `ส่วน ${entry.name} ขยายได้มากกว่า ${mb(cap)} ที่ไฟล์ระบุไว้ (อาจเป็น zip bomb)`,
      );
    throw new ZipFormatError(`the part ${entry.name} is damaged (${(err as Error).message})`);
  }
  if (out.length !== entry.uncompressedSize)
    throw new ZipFormatError(
      `the part ${entry.name} inflates to ${out.length} bytes where its directory says ${entry.uncompressedSize}`,
    );
  return out;
}

/**
 * Checks the directory, then inflates every part within the limits (so every size the directory gives is true
 * before a library inflates the file again), handing the parts named by `keep` to the caller.
 */
export function checkZip(
  file: string,
  bytes: Uint8Array,
  keep: (name: string) => boolean = () => false,
  limits: Limits = ZIP_LIMITS,
): Map<string, Buffer> {
  const entries = readZipDirectory(file, bytes, limits);
  checkZipDirectory(file, entries, limits);
  const kept = new Map<string, Buffer>();
  for (const e of entries) {
    if (e.name.endsWith('/') && e.uncompressedSize === 0) continue;
    const data = inflateEntry(file, bytes, e, limits);
    if (keep(e.name)) kept.set(e.name, data);
  }
  return kept;
}
