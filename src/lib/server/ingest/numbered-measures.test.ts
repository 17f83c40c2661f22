// Measures written as numbered paragraphs with labelled lines, and the lines that are not such a list.
import { describe, expect, it } from 'vitest';
import { numberedMeasures } from './numbered-measures';

describe('numberedMeasures', () => {
  it('reads numbered measures and their labelled lines, with or without a colon', () => {
    const found = numberedMeasures([
      'ผลการดำเนินการตามมาตรการ มีดังนี้',
      '๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
      'ผลการดำเนินการ : เผยแพร่ข้อมูลบนเว็บไซต์ครบถ้วน',
      'สถานะ : ดำเนินการแล้วเสร็จ',
      '๒) มาตรการป้องกันการรับสินบน',
      '- ผู้รับผิดชอบ: สำนักปลัด',
      'ผลการดำเนินงาน',
      '- ประกาศนโยบาย No Gift Policy',
      '- ประชาสัมพันธ์ให้ประชาชนทราบ',
      'สถานะการดำเนินการ อยู่ระหว่างดำเนินการ',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ])!;
    expect(found.header.roles).toEqual(['seq', 'name', 'result', 'status', 'responsible']);
    expect(found.rows.map((r) => r.cells)).toEqual([
      ['1', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่ข้อมูลบนเว็บไซต์ครบถ้วน', 'ดำเนินการแล้วเสร็จ', ''],
      [
        '2',
        'มาตรการป้องกันการรับสินบน',
        '- ประกาศนโยบาย No Gift Policy\n- ประชาสัมพันธ์ให้ประชาชนทราบ',
        'อยู่ระหว่างดำเนินการ',
        'สำนักปลัด',
      ],
    ]);
    // The introduction and the closing line stay in the narrative.
    expect(found.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reads "มาตรการที่ ๑" headings and sub-numbering', () => {
    const found = numberedMeasures([
      'มาตรการที่ ๑ มาตรการส่งเสริมการใช้ E-Service',
      'ผลการดำเนินการ: เปิดบริการออนไลน์แล้ว',
      '๑.๑ กิจกรรมอบรมการใช้งานระบบ',
      'ผลการดำเนินการ: อบรมแล้ว',
    ])!;
    expect(found.rows.map((r) => [r.cells[0], r.cells[1]])).toEqual([
      ['1', 'มาตรการส่งเสริมการใช้ E-Service'],
      ['1.1', 'กิจกรรมอบรมการใช้งานระบบ'],
    ]);
  });

  it('takes any numbered line followed by a labelled line for a measure, Arabic digits too', () => {
    const found = numberedMeasures([
      '1) ประกาศเจตจำนงสุจริตของผู้บริหาร',
      'สถานะ: ☑ ดำเนินการแล้วเสร็จ ☐ อยู่ระหว่างดำเนินการ',
      '2) จัดทำคู่มือการใช้ทรัพย์สินของราชการ',
      'ผลการดำเนินการ: อยู่ระหว่างจัดทำ',
    ])!;
    expect(found.rows.map((r) => [r.cells[0], r.cells[1]])).toEqual([
      ['1', 'ประกาศเจตจำนงสุจริตของผู้บริหาร'],
      ['2', 'จัดทำคู่มือการใช้ทรัพย์สินของราชการ'],
    ]);
  });

  it('finds no list in prose, or in a single heading with nothing under it', () => {
    expect(numberedMeasures(['องค์การบริหารส่วนตำบลได้ดำเนินการตามมาตรการแล้ว'])).toBeNull();
    expect(numberedMeasures(['๑. มาตรการเผยแพร่ข้อมูล', 'ขอแสดงความนับถือ'])).toBeNull();
    expect(numberedMeasures(['๑. ตัวชี้วัดที่ ๑๐ ได้คะแนน ๖.๒๕', '๒. ตัวชี้วัดที่ ๙ ได้คะแนน ๘๐'])).toBeNull();
    expect(numberedMeasures(['๑. ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต', 'คะแนน: ๖.๒๕'])).toBeNull();
  });
});
