// Physical tables into logical measure tables: page breaks, captions, repeated headers, title rows, other tables.
import { describe, expect, it } from 'vitest';
import { splitDocument } from './measure-tables';
import { textToBlocks } from './text-tables';

const split = (text: string) => splitDocument(textToBlocks(text));

describe('splitDocument', () => {
  it('joins the parts of a table split by page numbers and repeated headers', () => {
    const parts = split(
      'มาตรการ\tผลการดำเนินการ\nก\t๑\n\n- ๒ -\n\nมาตรการ\tผลการดำเนินการ\nข\t๒\n\nหน้า ๓/๕\n\nค\t๓',
    );
    expect(parts.tables).toHaveLength(1);
    expect(parts.tables[0]!.rows.map((r) => r.cells[0])).toEqual(['ก', 'ข', 'ค']);
    expect(parts.narrative).toEqual([]);
  });

  it('joins a headerless part after a short caption, but not after prose', () => {
    const withCaption = split('มาตรการ\tผลการดำเนินการ\nก\t๑\n\nตารางที่ ๒ (ต่อ)\n\nข\t๒');
    expect(withCaption.tables[0]!.rows.map((r) => r.cells[0])).toEqual(['ก', 'ข']);
    const prose = 'ข้อความยาว'.repeat(20);
    const withProse = split(`มาตรการ\tผลการดำเนินการ\nก\t๑\n\n${prose}\n\nข\t๒`);
    expect(withProse.tables[0]!.rows).toHaveLength(1);
    expect(withProse.otherTables.map((t) => t.rows)).toEqual([[['ข', '๒']]]);
  });

  it('starts a new logical table at a different header, and moves title rows above a header to the narrative', () => {
    const parts = split(
      'แบบรายงานผล รอบ ๖ เดือน\t\nมาตรการ\tแนวทางการปฏิบัติ\nก\tทำ\n\nมาตรการ\tผลการดำเนินการ\nก\tทำแล้ว',
    );
    expect(parts.tables.map((t) => t.header.roles)).toEqual([
      ['name', 'guideline'],
      ['name', 'result'],
    ]);
    expect(parts.narrative).toEqual([{ text: 'แบบรายงานผล รอบ ๖ เดือน', section: 0 }]);
  });

  it('keeps tables that are not measure tables for the claims, with their place in the narrative', () => {
    const parts = split('ผลการประเมิน ITA ปี ๒๕๖๖\n\nตัวชี้วัด\tคะแนน\nตัวชี้วัดที่ ๑\t๙๐.๑๒');
    expect(parts.tables).toEqual([]);
    expect(parts.otherTables).toEqual([
      {
        rows: [
          ['ตัวชี้วัด', 'คะแนน'],
          ['ตัวชี้วัดที่ ๑', '๙๐.๑๒'],
        ],
        section: 0,
        after: 1,
      },
    ]);
  });
});

describe('measure tables found by their content', () => {
  it('reads a table without a header as a measure table, guesses its columns, and says so', () => {
    const parts = split(
      'รายงานผล\n\n๑\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\tสำนักปลัด\tต.ค. ๖๗ - มี.ค. ๖๘\n๒\tมาตรการป้องกันการรับสินบน\tกองคลัง\tต.ค. ๖๗ - มี.ค. ๖๘',
    );
    expect(parts.tables).toHaveLength(1);
    expect(parts.tables[0]!.header.roles).toEqual(['seq', 'name', 'responsible', 'period']);
    expect(parts.tables[0]!.rows).toHaveLength(2);
    expect(parts.warnings.join('\n')).toMatch(/table 1: no header; read as a measure table/);
    expect(parts.warnings.join('\n')).toMatch(/column 3 \(without a header\) as responsible/);
  });

  it('takes measures from numbered paragraphs when there is no table, and keeps the rest as narrative', () => {
    const parts = split(
      'รายงานผล รอบ ๖ เดือน\n๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\nผลการดำเนินการ: เผยแพร่แล้ว\n๒. มาตรการป้องกันการรับสินบน\nสถานะ: ยังไม่ได้ดำเนินการ\nจึงเรียนมาเพื่อโปรดทราบ',
    );
    expect(parts.tables[0]!.rows.map((r) => r.cells[1])).toEqual([
      'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
      'มาตรการป้องกันการรับสินบน',
    ]);
    expect(parts.narrative.map((l) => l.text)).toEqual([
      'รายงานผล รอบ ๖ เดือน',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ]);
    expect(parts.warnings).toEqual([
      'no measure table; 2 measure(s) read from numbered paragraphs (ตรวจสอบ / check them)',
    ]);
  });
});
