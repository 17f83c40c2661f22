// Packs an exported dataset folder into one ZIP (deflate, UTF-8 names) for a single web download.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface Entry {
  name: string;
  crc: number;
  size: number;
  data: Buffer;
  offset: number;
}

/** Every file under dir, with paths relative to it using '/', sorted. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

/** MS-DOS time and date fields of a ZIP header, for a fixed time so that the same files give the same bytes. */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** A ZIP archive (no ZIP64: fine below 4 GiB) of the files under dir. */
export function zipDirectory(dir: string, modified: Date = new Date()): Buffer {
  const { time, date } = dosDateTime(modified);
  const parts: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const name of filesUnder(dir)) {
    const raw = fs.readFileSync(path.join(dir, ...name.split('/')));
    const data = zlib.deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    const crc = zlib.crc32(raw);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    parts.push(header, nameBytes, data);
    entries.push({ name, crc, size: raw.length, data, offset });
    offset += header.length + nameBytes.length + data.length;
  }
  const central: Buffer[] = [];
  for (const e of entries) {
    const nameBytes = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0800, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt16LE(time, 12);
    h.writeUInt16LE(date, 14);
    h.writeUInt32LE(e.crc, 16);
    h.writeUInt32LE(e.data.length, 20);
    h.writeUInt32LE(e.size, 24);
    h.writeUInt16LE(nameBytes.length, 28);
    h.writeUInt32LE(e.offset, 42);
    central.push(h, nameBytes);
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
