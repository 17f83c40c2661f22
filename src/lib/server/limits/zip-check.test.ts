// The ZIP checks: the directory read without inflating (ZIP64 too), sizes, ratio and count refused, lying sizes caught while inflating.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manyEntriesZip, writeZip } from '../../../../scripts/make-hostile-fixtures';
import { projectPath } from '../paths';
import { FileLimitError, ZIP_LIMITS } from './limits';
import { checkZip, checkZipDirectory, readZipDirectory, ZipFormatError } from './zip-check';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readZipDirectory', () => {
  it('lists a real workbook with the sizes its parts inflate to', () => {
    const xlsx = new Uint8Array(
      fs.readFileSync(projectPath('data', 'fixtures', 'scores', 'result-book.xlsx')),
    );
    const entries = readZipDirectory('result-book.xlsx', xlsx);
    expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
    const kept = checkZip('result-book.xlsx', xlsx, (n) => n === 'xl/workbook.xml');
    const workbook = entries.find((e) => e.name === 'xl/workbook.xml')!;
    expect(kept.get('xl/workbook.xml')!.length).toBe(workbook.uncompressedSize);
    expect(kept.get('xl/workbook.xml')!.toString('utf8')).toContain('<sheet ');
  });

  it('reads a ZIP64 directory (70,000 entries) when the limit allows it', () => {
    const zip = manyEntriesZip(70_000);
    const entries = readZipDirectory('big.zip', zip, { ...ZIP_LIMITS, maxEntries: 100_000 });
    expect(entries).toHaveLength(70_000);
    expect(entries[69_999]!.name).toBe('p/69999');
  });

  it('refuses more entries than the limit from the end record, naming both numbers', () => {
    expect(() => readZipDirectory('many.xlsx', manyEntriesZip(70_000))).toThrow(
      'many.xlsx: this file is too large to read: the ZIP container holds 70,000 entries; at most 5,000 are accepted',
    );
  });

  it('calls bytes without an end record damaged, not hostile', () => {
    expect(() => readZipDirectory('cut.xlsx', bytes('PK\u0003\u0004 and then nothing'))).toThrow(
      ZipFormatError,
    );
  });
});

describe('checkZipDirectory', () => {
  const entry = (uncompressedSize: number, compressedSize: number) => ({
    name: 'xl/worksheets/sheet1.xml',
    method: 8,
    compressedSize,
    uncompressedSize,
    localOffset: 0,
  });

  it.each([
    [entry(101 * 1024 * 1024, 50 * 1024 * 1024), 'inflates to more than 100 MB'],
    [entry(2 * 1024 * 1024, 2 * 1024), 'is compressed 1024 to 1'],
  ])('refuses %j', (e, words) => {
    expect(() => checkZipDirectory('f.xlsx', [e])).toThrow(words);
  });

  it('refuses parts that are each fine but too large together', () => {
    const parts = [1, 2].map(() => entry(80 * 1024 * 1024, 8 * 1024 * 1024));
    expect(() => checkZipDirectory('f.xlsx', parts)).toThrow(
      'inflate to 160 MB together; at most 150 MB',
    );
  });

  it('accepts a small part of any ratio (below the ratio floor)', () => {
    expect(() => checkZipDirectory('f.xlsx', [entry(512 * 1024, 10)])).not.toThrow();
  });
});

describe('checkZip', () => {
  it('stops inflating a part at the size its directory declares', () => {
    const zip = writeZip([
      { name: 'a.xml', data: new Uint8Array(4 * 1024 * 1024), declaredSize: 100 },
    ]);
    const err = (() => {
      try {
        checkZip('lie.docx', zip);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(FileLimitError);
    expect((err as FileLimitError).detail).toBe(
      'the part a.xml inflates to more than the 1 kB its directory declares (a zip bomb?)',
    );
  });

  it('calls a part that inflates to less than declared damaged', () => {
    const zip = writeZip([{ name: 'a.xml', data: bytes('<a/>'), declaredSize: 10 }]);
    expect(() => checkZip('short.docx', zip)).toThrow(ZipFormatError);
  });
});
