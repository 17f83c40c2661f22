// Columns whose header says nothing are guessed from their cells; tables without a known header are found by their measure names.
import { describe, expect, it } from 'vitest';
import { guessColumns, headerFromContent } from './column-evidence';
import { findHeader } from './columns';

const header = (labels: string[]) => findHeader([labels])!.header;

describe('guessColumns', () => {
  it.each([
    [['ต.ค. ๖๗ - มี.ค. ๖๘', 'ธันวาคม ๒๕๖๗', 'ตลอดปีงบประมาณ'], 'period', 'dates and month names'],
    [['สำนักปลัด', 'กองคลัง / งานพัสดุ', 'กองช่าง'], 'responsible', 'unit names'],
    [['ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ'], 'status', 'status words'],
    [
      [
        '๑. จัดประชุมชี้แจงบุคลากร ๒. เผยแพร่ประกาศบนเว็บไซต์ของหน่วยงาน',
        'ได้จัดทำคู่มือและเผยแพร่ให้บุคลากรทุกคนถือปฏิบัติเมื่อวันที่ ๕ ธันวาคม',
      ],
      'result',
      'long text',
    ],
  ])('%j → %s', (cells, role, why) => {
    const warnings: string[] = [];
    const h = guessColumns(
      header(['มาตรการ', 'ผู้รับผิดชอบ', 'xyz']),
      cells.map((c) => ['มาตรการก', 'สำนักปลัด', c]),
      1,
      warnings,
    );
    if (role === 'responsible') expect(h.roles).toEqual(['name', 'responsible', 'responsible']);
    else expect(h.roles).toEqual(['name', 'responsible', role]);
    expect(warnings).toEqual([
      `table 1: guessed column 3 ("xyz") as ${role} from its ${why} (ตรวจสอบคอลัมน์ / check the columns)`,
    ]);
  });

  it('calls long text the steps in a plan table and the details beside results', () => {
    const long = ['จัดทำคำสั่งแต่งตั้งคณะทำงานและกำหนดขั้นตอนการปฏิบัติงานให้ชัดเจน'];
    const plan = guessColumns(
      header(['มาตรการ', 'แนวทางการปฏิบัติ', 'abc']),
      [['ก', 'ข', long[0]!]],
      1,
      [],
    );
    expect(plan.roles[2]).toBe('steps');
    const result = guessColumns(
      header(['มาตรการ', 'ผลการดำเนินการ', 'abc']),
      [['ก', 'ข', long[0]!]],
      1,
      [],
    );
    expect(result.roles[2]).toBe('detail');
  });

  it('leaves a column alone when its cells say nothing clear, and says nothing', () => {
    const warnings: string[] = [];
    const h = guessColumns(
      header(['มาตรการ', 'ผลการดำเนินการ', 'abc']),
      [['ก', 'ข', '๕๐,๐๐๐']],
      1,
      warnings,
    );
    expect(h.roles[2]).toBeNull();
    expect(warnings).toEqual([]);
  });
});

describe('headerFromContent', () => {
  it('finds a headerless table by its measure names', () => {
    const found = headerFromContent([
      ['๑', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว'],
      ['๒', 'มาตรการป้องกันการรับสินบน', 'ประกาศแล้ว'],
    ])!;
    expect(found.header.roles).toEqual([null, 'name', null]);
    expect(found.header.height).toBe(0);
  });

  it('takes an unknown first row for the header when the rows below are measures', () => {
    const found = headerFromContent([
      ['เรื่อง', 'สิ่งที่ทำ', 'ผู้รับผิดชอบ'],
      ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว', 'สำนักปลัด'],
      ['กิจกรรมอบรมคุณธรรม', 'อบรมแล้ว', 'งานการเจ้าหน้าที่'],
    ])!;
    expect(found.header.height).toBe(1);
    expect(found.header.roles).toEqual(['name', null, 'responsible']);
  });

  it('finds nothing in score tables or signature blocks', () => {
    expect(
      headerFromContent([
        ['ตัวชี้วัดที่ ๑', '๙๐.๑๒'],
        ['ตัวชี้วัดที่ ๒', '๘๕.๐๐'],
      ]),
    ).toBeNull();
    expect(headerFromContent([['(ลงชื่อ) สมชาย', '(ลงชื่อ) สมหญิง']])).toBeNull();
  });
});
