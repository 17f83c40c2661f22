// Header recognition: each column's role comes from its wording, whatever the order; two-row headers; repeats.
import { describe, expect, it } from 'vitest';
import { findHeader, repeatsHeader, roleOf } from './columns';

describe('roleOf', () => {
  it.each([
    ['ลำดับ', 'seq'],
    ['ที่', 'seq'],
    ['มาตรการ', 'name'],
    ['มาตรการ/กิจกรรม', 'name'],
    ['ประเด็น/มาตรการ', 'name'],
    ['แนวทางการปฏิบัติ', 'guideline'],
    ['ขั้นตอน/วิธีการปฏิบัติ', 'steps'],
    ['วิธีดำเนินการ', 'steps'],
    ['ผู้รับผิดชอบ', 'responsible'],
    ['หน่วยงานที่รับผิดชอบ', 'responsible'],
    ['การกำกับติดตาม', 'monitoring'],
    ['ระยะเวลาในการดำเนินการ', 'period'],
    ['ระยะเวลา ในการ ดำเนินการ', 'period'],
    ['รายละเอียดการดำเนินงาน', 'detail'],
    ['ผลการดำเนินการ', 'result'],
    ['สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม', 'result'],
    ['ผลผลิต', 'output'],
    ['ผลลัพธ์หรือความสำเร็จในการดำเนินการ', 'outcome'],
    ['ดำเนินการแล้ว', 'done'],
    ['อยู่ระหว่างดำเนินการ', 'doing'],
    ['ยังไม่ได้ดำเนินการ', 'not_done'],
    ['สถานะ', 'status'],
    ['ตัวชี้วัด', 'indicator'],
    ['คะแนน', 'score'],
    ['หมายเหตุ', 'note'],
    ['งบประมาณ', 'other'],
  ])('%s → %s', (label, role) => {
    expect(roleOf(label)).toBe(role);
  });

  it.each(['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'สำนักปลัด', 'จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่แต่ละคน', ''])(
    'gives no role to the data cell %j',
    (cell) => expect(roleOf(cell)).toBeNull(),
  );
});

describe('findHeader', () => {
  it('reads a two-row header with ผลการดำเนินการ over ผลผลิต and ผลลัพธ์', () => {
    const rows = [
      ['มาตรการ', 'รายละเอียดการดำเนินงาน', 'ระยะเวลาการดำเนินงาน', 'ผลการดำเนินการ', '', 'หมายเหตุ'],
      ['', '', '', 'ผลผลิต', 'ผลลัพธ์', ''],
      ['มาตรการก', 'ทำ', 'ม.ค.', 'ข', 'ค', ''],
    ];
    const found = findHeader(rows)!;
    expect(found.start).toBe(0);
    expect(found.header.height).toBe(2);
    expect(found.header.roles).toEqual(['name', 'detail', 'period', 'output', 'outcome', 'note']);
    expect(found.header.labels[4]).toBe('ผลการดำเนินการ ผลลัพธ์');
  });

  it('finds a header below a title row and maps columns in any order', () => {
    const rows = [
      ['แบบรายงานผลการดำเนินการ รอบ ๖ เดือน', '', ''],
      ['ผลการดำเนินงาน', 'มาตรการ', 'ลำดับ'],
      ['ทำแล้ว', 'มาตรการก', '๑'],
    ];
    const found = findHeader(rows)!;
    expect(found.start).toBe(1);
    expect(found.header.roles).toEqual(['result', 'name', 'seq']);
  });

  it('finds none in a data table or a score table', () => {
    expect(findHeader([['มาตรการเผยแพร่ข้อมูล', 'สำนักปลัด', 'ดำเนินการแล้ว']])).toBeNull();
    expect(
      findHeader([
        ['ตัวชี้วัด', 'คะแนน'],
        ['ตัวชี้วัดที่ ๑', '๙๐.๑๒'],
      ]),
    ).toBeNull();
  });

  it('calls a second "มาตรการ/กิจกรรม" column the steps, not a second name', () => {
    expect(findHeader([['มาตรการ', 'กิจกรรม', 'ผลการดำเนินการ']])!.header.roles).toEqual([
      'name',
      'steps',
      'result',
    ]);
  });
});

describe('repeatsHeader', () => {
  it('recognises the header again after a page break, with its second row', () => {
    const rows = [
      ['มาตรการ', 'ผลการดำเนินการ', ''],
      ['', 'ผลผลิต', 'ผลลัพธ์'],
    ];
    const { header } = findHeader(rows)!;
    expect(repeatsHeader([...rows, ['ก', 'ข', 'ค']], 0, header)).toBe(2);
    expect(repeatsHeader([['ก', 'ข', 'ค']], 0, header)).toBe(0);
  });
});
