// Decoding report bytes: containers refused in words, encodings detected from the bytes, HTML told from text.
import { describe, expect, it } from 'vitest';
import { decodeReport, ReportInputError } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** TIS-620: Thai letters sit at U+0E01..U+0E5B minus 0x0D60. */
const tis620 = (s: string) =>
  Uint8Array.from(
    [...s].map((c) => (c.charCodeAt(0) >= 0x0e01 ? c.charCodeAt(0) - 0x0d60 : c.charCodeAt(0))),
  );

describe('decodeReport', () => {
  it.each([
    ['UTF-8', utf8('มาตรการ\tผลผลิต'), 'utf-8'],
    ['UTF-8 with a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('มาตรการ')]), 'utf-8'],
    ['TIS-620', tis620('มาตรการ ผลผลิต'), 'tis-620'],
    [
      'Windows-874 (a smart quote)',
      Uint8Array.from([...tis620('มาตรการ '), 0x93, ...tis620('ผลผลิต'), 0x94]),
      'windows-874',
    ],
  ])('reads %s', async (_label, bytes, encoding) => {
    const d = await decodeReport(bytes, 'r.txt');
    expect(d.encoding).toBe(encoding);
    expect(d.content).toContain('มาตรการ');
    expect(d.format).toBe('txt');
  });

  it('reads a report pasted together from UTF-8 and TIS-620 lines line by line, naming the TIS-620 lines', async () => {
    const bytes = Uint8Array.from([
      ...utf8('มาตรการ\tผลผลิต\n'),
      ...tis620('ประกาศเจตจำนง\tดำเนินการแล้ว\n'),
      ...utf8('มาตรการ ๒\n'),
    ]);
    const d = await decodeReport(bytes, 'mixed.txt');
    expect(d.encoding).toBe('mixed');
    expect(d.content).toBe('มาตรการ\tผลผลิต\nประกาศเจตจำนง\tดำเนินการแล้ว\nมาตรการ ๒\n');
    expect(d.warnings).toEqual([
      expect.stringMatching(
        /^mixed\.txt: the file mixes two text encodings: line 2 was read as Thai TIS-620/,
      ),
    ]);
  });

  it('reads UTF-16 with a BOM', async () => {
    const body = Buffer.from('มาตรการ', 'utf16le');
    const d = await decodeReport(Uint8Array.from([0xff, 0xfe, ...body]), 'r.txt');
    expect(d).toMatchObject({ encoding: 'utf-16le', content: 'มาตรการ' });
  });

  it('tells an HTML document from converted text that carries <p> in its cells', async () => {
    expect(
      (await decodeReport(utf8('<html><body><table><tr><td>ก</td></tr></table>'), 'r.htm')).format,
    ).toBe('html');
    expect(
      (await decodeReport(utf8('มาตรการ\t<p>ก</p>\t<ul><li>ข</li></ul>'), 'r.txt')).format,
    ).toBe('txt');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'the file is empty'],
    ['only spaces', utf8('  \n\t \n'), 'the file holds no text'],
    ['a damaged PDF', utf8('%PDF-1.7\n...'), 'this PDF is damaged and cannot be read'],
    [
      'a legacy .doc',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      'old binary Word (.doc) files are not supported',
    ],
    ['a binary file', Uint8Array.from([0x41, 0x00, 0x42, 0x00, 0x01]), 'binary file'],
    [
      'a ZIP that is no DOCX',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      'not a readable DOCX',
    ],
  ])('refuses %s, saying why and naming the file', async (_label, bytes, why) => {
    const err = await decodeReport(bytes, 'in/report.x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportInputError);
    expect((err as Error).message).toMatch(/^in\/report\.x: /);
    expect((err as Error).message).toContain(why);
  });
});
