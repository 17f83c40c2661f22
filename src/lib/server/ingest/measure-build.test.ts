// Measures from whole documents: copies merged, plan and results paired, statuses and lists filled.
import { describe, expect, it } from 'vitest';
import { buildMeasures, roundsIn, splitResponsible } from './measure-build';
import { splitDocument } from './measure-tables';
import { textToBlocks } from './text-tables';

function build(text: string) {
  const warnings: string[] = [];
  const measures = buildMeasures(
    splitDocument(textToBlocks(text)).tables,
    { indicatorYear: null },
    warnings,
  );
  return { measures, warnings };
}

describe('buildMeasures', () => {
  it('keeps one measure when a table is copied without a break between the copies', () => {
    const table = 'มาตรการ\tผลการดำเนินการ\nมาตรการก\tทำแล้ว\nมาตรการข\t';
    const { measures } = build(
      `${table}\n\n- ๒ -\n\n${table.replace('มาตรการข\t', 'มาตรการข\tทำในภายหลัง')}`,
    );
    expect(measures.map((m) => [m.name_th, m.output])).toEqual([
      ['มาตรการก', 'ทำแล้ว'],
      ['มาตรการข', 'ทำในภายหลัง'],
    ]);
  });

  it('pairs result rows by position when their names match nothing, and says so', () => {
    const plan =
      'มาตรการ\tแนวทางการปฏิบัติ\nมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\tก\nมาตรการป้องกันการรับสินบน\tข\nมาตรการจัดซื้อจัดจ้าง\tค';
    const results =
      'มาตรการ\tผลการดำเนินการ\nมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\tเผยแพร่แล้ว\nกิจกรรม No Gift Policy ประจำปี\tประกาศแล้ว\nมาตรการจัดซื้อจัดจ้าง\tประกาศแผนแล้ว';
    const { measures, warnings } = build(`${plan}\n\nผลการดำเนินการ\n\n${results}`);
    expect(measures.map((m) => [m.name_th, m.output])).toEqual([
      ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว'],
      ['มาตรการป้องกันการรับสินบน', 'ประกาศแล้ว'],
      ['มาตรการจัดซื้อจัดจ้าง', 'ประกาศแผนแล้ว'],
    ]);
    expect(warnings).toEqual([
      'table 2: 1 row(s) matched to the measures above by position, as their names differ',
    ]);
  });

  it('marks a planned measure missing from the results as not started, with a warning', () => {
    const { measures, warnings } = build(
      'มาตรการ\tแนวทางการปฏิบัติ\nมาตรการก\tก\nมาตรการป้องกันการรับสินบน\tข\n\nผล\n\nมาตรการ\tผลการดำเนินการ\nมาตรการก\tทำแล้ว',
    );
    expect(measures.map((m) => m.status)).toEqual(['completed', 'not_started']);
    expect(warnings).toEqual([
      'measure 2 "มาตรการป้องกันการรับสินบน" (table 1, row 2) has no row in the result table',
    ]);
  });

  it('reads รายละเอียด as the result when a table has no other result column', () => {
    const { measures } = build(
      'มาตรการ\tรายละเอียดการดำเนินงาน\nมาตรการก\tจัดอบรมเมื่อ ๕ มกราคม ๒๕๖๗\nมาตรการข\t',
    );
    expect(measures.map((m) => [m.status, m.output])).toEqual([
      ['completed', 'จัดอบรมเมื่อ ๕ มกราคม ๒๕๖๗'],
      ['not_started', null],
    ]);
  });

  it('leaves status unknown in a plan without results', () => {
    const { measures } = build(
      'มาตรการ\tผู้รับผิดชอบ\tการกำกับติดตาม\nมาตรการก\tสำนักปลัด\tรอบ ๖ เดือน รอบ ๑๒ เดือน',
    );
    expect(measures[0]).toMatchObject({
      status: 'unknown',
      status_evidence: null,
      monitoring_rounds: ['6m', '12m'],
    });
  });
});

describe('splitResponsible and roundsIn', () => {
  it.each([
    ['สำนักปลัด', ['สำนักปลัด']],
    ['งานพัสดุ/ กองคลัง', ['งานพัสดุ', 'กองคลัง']],
    ['สำนักปลัดงานการเจ้าหน้าที่', ['สำนักปลัด', 'งานการเจ้าหน้าที่']],
    ['๑.คณะกรรมการทบทวน ปรับปรุงคู่มือ\n๒.กองคลัง', ['คณะกรรมการทบทวน ปรับปรุงคู่มือ', 'กองคลัง']],
    ['กองคลัง และ กองช่าง, สำนักปลัด', ['กองคลัง', 'กองช่าง', 'สำนักปลัด']],
    ['', []],
  ])('%j → %j', (text, units) => expect(splitResponsible(text)).toEqual(units));

  it('lists monitoring rounds in calendar order', () => {
    expect(roundsIn('รายงานผล - รอบ ๑๒ เดือน - รอบ ๓ เดือน - รอบ 6 เดือน')).toEqual([
      '3m',
      '6m',
      '12m',
    ]);
  });
});
