// The meaning-keeping changes do what they say on a small hand-written report.
import { describe, expect, it } from 'vitest';
import {
  cellParagraphs,
  encodeTis620,
  repeatLastTable,
  reverseColumns,
  rewordHeaders,
  splitFirstRow,
  textToDocument,
} from './text-transforms';

const REPORT = [
  'รายงานผล',
  '',
  'มาตรการ\tรายละเอียดการดำเนินงาน\tผลการดำเนินการ\t\tหมายเหตุ',
  '\t\tผลผลิต\tผลลัพธ์\t',
  'มาตรการก\t<p>ขั้นหนึ่ง</p> <p>ขั้นสอง</p>\tทำแล้ว\tดี\t-',
  '',
  'จบ',
].join('\n');

describe('meaning-keeping changes', () => {
  it('reverses the columns but keeps ผลผลิต/ผลลัพธ์ under their heading, in order', () => {
    expect(reverseColumns(REPORT).split('\n').slice(2, 5)).toEqual([
      'หมายเหตุ\tผลการดำเนินการ\t\tรายละเอียดการดำเนินงาน\tมาตรการ',
      '\tผลผลิต\tผลลัพธ์\t\t',
      '-\tทำแล้ว\tดี\t<p>ขั้นหนึ่ง</p> <p>ขั้นสอง</p>\tมาตรการก',
    ]);
  });

  it('rewords every header label and nothing else', () => {
    const lines = rewordHeaders(REPORT, 1).split('\n');
    expect(lines[2]).not.toBe(REPORT.split('\n')[2]);
    expect(lines[2]!.split('\t')).toHaveLength(5);
    expect(lines[2]!.split('\t')[3]).toBe('');
    expect(lines[3]).not.toContain('\tผลผลิต\t');
    expect(lines.slice(4)).toEqual(REPORT.split('\n').slice(4));
  });

  it('splits the first row at a paragraph boundary and repeats the header after a page number', () => {
    expect(splitFirstRow(REPORT).split('\n').slice(2, 12)).toEqual([
      'มาตรการ\tรายละเอียดการดำเนินงาน\tผลการดำเนินการ\t\tหมายเหตุ',
      '\t\tผลผลิต\tผลลัพธ์\t',
      'มาตรการก\t<p>ขั้นหนึ่ง</p>\tทำแล้ว\tดี\t-',
      '',
      '- ๙ -',
      '',
      'มาตรการ\tรายละเอียดการดำเนินงาน\tผลการดำเนินการ\t\tหมายเหตุ',
      '\t\tผลผลิต\tผลลัพธ์\t',
      '\t<p>ขั้นสอง</p>\t\t\t',
      '',
    ]);
  });

  it('repeats the last table at the end', () => {
    const out = repeatLastTable(REPORT);
    expect(out.split('มาตรการก').length).toBe(3);
    expect(out).toMatch(/ภาคผนวก\n\nมาตรการ\t/);
  });

  it('encodes Thai and Windows-874 punctuation as TIS-620 bytes and refuses what it cannot hold', () => {
    expect([...encodeTis620('ก๙ a–')]).toEqual([0xa1, 0xf9, 0x20, 0x61, 0x96]);
    expect(new TextDecoder('windows-874').decode(encodeTis620('มาตรการ ๑ – ๒'))).toBe(
      'มาตรการ ๑ – ๒',
    );
    expect(() => encodeTis620('✓')).toThrow(/U\+2713/);
  });

  it('turns converter HTML in cells into paragraphs, and text into a document', () => {
    expect(cellParagraphs('<ul style="x"> <li>- ก</li> <li>- ข</li> </ul>')).toEqual([
      '- ก',
      '- ข',
    ]);
    const doc = textToDocument(REPORT);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['p', 'table', 'p']);
    const table = doc.blocks[1]!;
    expect(table.kind === 'table' && table.part.rows[2]![1]).toEqual(['ขั้นหนึ่ง', 'ขั้นสอง']);
  });
});
