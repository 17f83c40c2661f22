// Rows to measure rows: numbering, continuation rows, sub-measures in one cell, group headings.
import { describe, expect, it } from 'vitest';
import { findHeader } from './columns';
import type { MeasureTable } from './measure-tables';
import { measureRows, numberFrom, splitLeadingNumber, subMeasureMarkers } from './row-merge';

function table(rows: string[][]): MeasureTable {
  const { header, start } = findHeader(rows)!;
  return {
    index: 1,
    header,
    rows: rows.slice(start + header.height).map((cells, i) => ({ table: 1, row: i + 1, cells })),
  };
}

describe('numbering', () => {
  it.each([
    ['๑', '1'],
    ['1.', '1'],
    ['(2)', '2'],
    ['๑.๒', '1.2'],
    [' 3) ', '3'],
    ['ก', null],
    ['', null],
  ])('numberFrom(%j) = %j', (cell, n) => expect(numberFrom(cell)).toBe(n));

  it.each([
    ['๑. มาตรการเผยแพร่ข้อมูล', '1', 'มาตรการเผยแพร่ข้อมูล'],
    ['๑.๒ กิจกรรมอบรม', '1.2', 'กิจกรรมอบรม'],
    ['1.1มาตรการ', '1.1', 'มาตรการ'],
    ['มาตรการที่ ๑ เผยแพร่', null, 'มาตรการที่ ๑ เผยแพร่'],
    ['๒๕๖๗ ปีงบประมาณ', null, '๒๕๖๗ ปีงบประมาณ'],
  ])('splitLeadingNumber(%j)', (name, n, rest) =>
    expect(splitLeadingNumber(name)).toEqual({ number: n, rest }),
  );

  it('finds sub-measure markers only in a real sequence', () => {
    expect(subMeasureMarkers('๒.๑ มาตรการก ๒.๒ มาตรการข')?.map((m) => m.label)).toEqual([
      '2.1',
      '2.2',
    ]);
    expect(subMeasureMarkers('๑. มาตรการก\n๒. มาตรการข')?.map((m) => m.label)).toEqual(['1', '2']);
    expect(subMeasureMarkers('จากผลการประเมิน ตัวชี้วัดที่ ๙.๔ และ ๙.๕')).toBeNull();
    expect(subMeasureMarkers('๑. จัดทำคู่มือ ๒. อบรม')).toBeNull();
  });
});

describe('measureRows', () => {
  it('joins a row with an empty name, or a name that starts mid-sentence, to the row above', () => {
    const rows = measureRows(
      table([
        ['มาตรการ', 'ผลการดำเนินการ'],
        ['มาตรการก', 'ทำหนึ่ง'],
        ['', 'ทำสอง'],
        ['และการให้ของขวัญ', 'ทำสาม'],
        ['ะ ต่อคำ', 'ทำสี่'],
        ['มาตรการข', 'ทำห้า'],
      ]),
      [],
    );
    expect(rows.map((r) => [r.name, r.fields.result])).toEqual([
      ['มาตรการก\nและการให้ของขวัญ\nะ ต่อคำ', 'ทำหนึ่ง\nทำสอง\nทำสาม\nทำสี่'],
      ['มาตรการข', 'ทำห้า'],
    ]);
  });

  it('keeps a numbered row as a new measure even when its name starts like a continuation', () => {
    const rows = measureRows(
      table([
        ['ลำดับ', 'มาตรการ', 'ผลการดำเนินการ'],
        ['๑', 'มาตรการก', 'ทำ'],
        ['๒', 'และมาตรการข', 'ทำ'],
      ]),
      [],
    );
    expect(rows.map((r) => r.number)).toEqual(['1', '2']);
  });

  it('warns about a nameless row at the top of a table', () => {
    const warnings: string[] = [];
    expect(
      measureRows(
        table([
          ['มาตรการ', 'ผลการดำเนินการ'],
          ['', 'ลอย'],
        ]),
        warnings,
      ),
    ).toEqual([]);
    expect(warnings).toEqual([
      'table 1, row 1: a row without a measure name at the top of the table was skipped',
    ]);
  });

  it('takes an empty heading row ("ตัวชี้วัดที่ …") as the group of the rows below it, not as a measure', () => {
    const rows = measureRows(
      table([
        ['มาตรการ', 'ผลการดำเนินการ'],
        ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', ''],
        ['มาตรการก', 'ทำ'],
        ['มาตรการข', 'ทำ'],
        ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', ''],
        ['มาตรการค', ''],
      ]),
      [],
    );
    expect(rows.map((r) => [r.name, r.group])).toEqual([
      ['มาตรการก', 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'],
      ['มาตรการข', 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'],
      ['มาตรการค', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'],
    ]);
  });

  it('carries an indicator cell merged down over the measures below it', () => {
    const rows = measureRows(
      table([
        ['ตัวชี้วัด', 'มาตรการ', 'ผลการดำเนินการ'],
        ['ตัวชี้วัดที่ ๙', 'มาตรการก', 'ทำ'],
        ['', 'มาตรการข', 'ทำ'],
        ['ตัวชี้วัดที่ ๑๐', 'มาตรการค', 'ทำ'],
      ]),
      [],
    );
    expect(rows.map((r) => r.fields.indicator)).toEqual(['ตัวชี้วัดที่ ๙', 'ตัวชี้วัดที่ ๙', 'ตัวชี้วัดที่ ๑๐']);
  });
});
