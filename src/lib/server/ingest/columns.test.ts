// Header recognition: each column's role comes from its wording, whatever the order; two-row headers; repeats.
import { describe, expect, it } from 'vitest';
import headerWordings from '../../../../data/fixtures/reports/header-wordings.json';
import { findHeader, repeatsHeader, roleOf } from './columns';

describe('roleOf', () => {
  it.each([
    ['ลำดับ', 'seq'],
    ['ที่', 'seq'],
    ['มาตรการ', 'name'],
    ['มาตรการ/กิจกรรม', 'name'],
    ['มาตรการ/แนวทาง', 'name'],
    ['มาตรการที่ดำเนินการ', 'name'],
    ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'name'],
    ['การติดตามผล', 'monitoring'],
    ['ข้อสังเกต', 'note'],
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
    ['ไม่สามารถดำเนินการได้', 'cannot'],
    ['เหตุผลที่ไม่สามารถดำเนินการได้', 'note'],
    ['สาเหตุที่ไม่สามารถดำเนินการได้ (ระบุ)', 'note'],
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
    expect(
      findHeader([
        ['มาตรการ', 'ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ', 'ไม่สามารถดำเนินการได้'],
      ])!.header.roles,
    ).toEqual(['name', 'done', 'doing', 'not_done', 'cannot']);
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

/** Header wordings seen in SAO reports, short and whole-sentence, at least eight per role (shared with the layout tests). */
const WORDINGS: Record<string, string[]> = headerWordings;

describe('header wordings by role (roleOf)', () => {
  const cases = Object.entries(WORDINGS).flatMap(([role, labels]) =>
    labels.map((label) => [label, role] as const),
  );
  it.each(cases)('%j → %s', (label, role) => expect(roleOf(label)).toBe(role));
});

describe('whole-sentence headers', () => {
  it('finds the header whose name cell is a whole sentence', () => {
    const rows = [
      [
        'ลำดับ',
        'มาตรการหรือกิจกรรมที่ดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        'ระยะเวลา',
        'ผลการดำเนินการ',
      ],
      ['๑', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ต.ค. ๖๗ – มี.ค. ๖๘', 'เผยแพร่แล้ว'],
    ];
    expect(findHeader(rows)!.header.roles).toEqual(['seq', 'name', 'period', 'result']);
  });

  it('joins a header sentence broken over two rows, and keeps the data row below it', () => {
    const rows = [
      ['มาตรการหรือกิจกรรม', 'ผลการดำเนินงาน', 'ผู้รับผิดชอบ'],
      ['ที่ดำเนินการภายในหน่วยงาน', '(รอบ ๖ เดือน)', ''],
      ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว', 'สำนักปลัด'],
    ];
    const found = findHeader(rows)!;
    expect(found.header.height).toBe(2);
    expect(found.header.roles).toEqual(['name', 'result', 'responsible']);
    expect(found.header.labels[1]).toBe('ผลการดำเนินงาน (รอบ ๖ เดือน)');
  });

  it('does not take a measure name for a header', () => {
    expect(
      findHeader([['มาตรการส่งเสริมคุณธรรมและความโปร่งใสในการจัดซื้อจัดจ้าง', 'ผลการดำเนินการ']]),
    ).toBeNull();
    expect(roleOf('มาตรการป้องกันผลประโยชน์ทับซ้อน')).toBeNull();
    expect(roleOf('โครงการตามพระราชดำริเพื่อส่งเสริมคุณธรรมในหน่วยงาน')).toBeNull();
    expect(
      findHeader([
        [
          '1',
          'มาตรการตามพระราชบัญญัติข้อมูลข่าวสารของราชการ',
          'ระยะเวลา ๓ เดือน',
          'ผลการดำเนินงาน ได้จัดประชุม',
        ],
      ]),
    ).toBeNull();
    expect(roleOf('ผลการดำเนินการ'.repeat(30))).toBeNull();
  });
});
