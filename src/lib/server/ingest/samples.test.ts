// The three real SAO reports in data/reports/: expected values written by reading each document, not from parser output.
import { describe, expect, it } from 'vitest';
import { projectPath } from '../paths';
import { parseReportFile } from './parse-report';
import type { ReportContract } from './types';

const sample = (name: string) => projectPath('data', 'reports', name);

function statuses(r: ReportContract): string[] {
  return r.measures.map((m) => m.status);
}

function explicitLinks(r: ReportContract): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const m of r.measures) if (m.indicator_source === 'explicit') out[m.seq] = m.indicators;
  return out;
}

function noMarkup(r: ReportContract): void {
  const json = JSON.stringify(r);
  expect(json).not.toMatch(/<\/?[a-zA-Z][^>]*>/);
  expect(json).not.toContain('**');
}

describe('sample 000: อบต.จะรัง, plan table + result table, FY 2565', async () => {
  const { report } = await parseReportFile(sample('000_7b65a3b7a86215a5.txt'));

  it('reads the source', () => {
    expect(report.source.format).toBe('txt');
    expect(report.source.encoding).toBe('utf-8');
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds อบต.จะรัง, อำเภอยะหริ่ง, จังหวัดปัตตานี', () => {
    expect(report.org.code).toBe('6940907');
    expect(report.org.district_th).toBe('ยะหริ่ง');
    expect(report.org.province_th).toBe('ปัตตานี');
  });

  it('reports on FY 2565 without naming a round or a period', () => {
    // The title says ประจำปีงบประมาณ พ.ศ. ๒๕๖๕; the 2564 in the first sentence is the analysed assessment.
    expect(report.fiscal_year).toBe(2565);
    expect(report.round).toBeNull();
    expect(report.period).toBeNull();
  });

  it('merges the plan and result tables into four measures', () => {
    // Plan: ดุลยพินิจ (header repeated at the page break), เผยแพร่ข้อมูลต่อสาธารณะ, ประกาศเจตจำนง, จัดซื้อจัดจ้าง;
    // the result table lists the same four ("มาตรการการตรวจสอบ…" in the plan is "มาตรการตรวจสอบ…" in the results).
    expect(report.measures).toHaveLength(4);
    expect(report.measures[0]!.name_th).toContain('ดุลยพินิจ');
    expect(report.measures[1]!.name_th).toContain('เผยแพร่ข้อมูลต่อสาธารณะ');
    expect(report.measures[2]!.name_th).toContain('ประกาศเจตจำนง');
    expect(report.measures[3]!.name_th).toContain('จัดซื้อจัดจ้าง');
  });

  it('decides each status from the result cells', () => {
    // 1-3 have a ผลผลิต; 4 has an empty ผลผลิต and only a promise to report in ผลลัพธ์, while its
    // รายละเอียดการดำเนินงาน says the plan was drawn up: started, not completed.
    expect(statuses(report)).toEqual(['completed', 'completed', 'completed', 'in_progress']);
  });

  it('keeps the plan columns', () => {
    expect(report.measures[0]!.responsible).toEqual(['สำนักปลัด']);
    expect(report.measures[3]!.responsible).toEqual(['กองคลัง']);
    for (const m of report.measures) expect(m.monitoring_rounds).toEqual(['6m', '12m']);
    expect(report.measures[0]!.output).toBe('มาตรการตรวจสอบการใช้ดุลยพินิจ');
  });

  it('has no explicit indicator links and no claims', () => {
    expect(explicitLinks(report)).toEqual({});
    expect(report.claims).toEqual([]);
  });

  it('categorises by subject', () => {
    expect(report.measures.map((m) => m.category)).toEqual([
      'discretion_review',
      'public_disclosure',
      'integrity_declaration',
      'procurement_budget',
    ]);
  });

  it('leaves no markup in values', () => noMarkup(report));
});

describe('sample 002: อบต.ตะลุโบะ, one combined table over five pages, FY 2567', async () => {
  const { report } = await parseReportFile(sample('002_4c4a9c54fc41eb39.txt'));

  it('finds อบต.ตะลุโบะ, อำเภอเมือง(ปัตตานี), จังหวัดปัตตานี', () => {
    expect(report.org.code).toBe('6940108');
    expect(report.org.province_th).toBe('ปัตตานี');
  });

  it('reports on FY 2567, round 12m from the period column (no round words)', () => {
    // Nine rows of ระยะเวลาในการดำเนินการ read "๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗" (one "ก.ย๖๗"), the other three
    // "ตลอดปีงบประมาณ": the whole fiscal year 2567 (issue 9 names this report).
    expect(report.fiscal_year).toBe(2567);
    expect(report.round).toBe('12m');
    expect(report.round_evidence?.kind).toBe('period');
    expect(report.round_evidence?.text).toContain('๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗');
    expect(report.period).toEqual({ start: '2023-10-01', end: '2024-09-30' });
  });

  it('keeps twelve measures, including the three near-identical กระบวนการปฏิบัติงานที่โปร่งใส… rows', () => {
    expect(report.measures).toHaveLength(12);
    expect(report.measures.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(report.measures[6]!.name_th).toBe('การให้บริการและ ระบบ E-Service');
    expect(report.measures[11]!.name_th).toBe('กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน');
  });

  it('finds every measure completed: each สรุปผล/ผลลัพธ์ cell says what was done', () => {
    expect(statuses(report)).toEqual(Array(12).fill('completed'));
  });

  it('links measures 1-3 to the indicators the text names', () => {
    // ๑: "จากผลการประเมิน ITA ตัวชี้วัดที่ ๙.๔", ๒: "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", ๓: "ตัวชี้วัดที่ ๔".
    expect(explicitLinks(report)).toEqual({ 1: ['9.4'], 2: ['8'], 3: ['4'] });
    for (const m of report.measures.slice(3)) expect(m.indicator_source).toBe('inferred');
  });

  it('reads the total score of the 2567 assessment', () => {
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]).toMatchObject({
      kind: 'total_score',
      indicator: null,
      value: 91.67,
      assessment_year: 2567,
    });
    expect(report.claims[0]!.text).toContain('๙๑.๖๗');
  });

  it('keeps the responsible units as a list', () => {
    expect(report.measures[0]!.responsible).toEqual(['สำนักปลัด']);
    expect(report.measures[8]!.responsible).toEqual(['งานพัสดุ', 'กองคลัง']);
    // "๑.คณะกรรมการทบทวน ปรับปรุงการจัดทำคู่มือ…" and "๒.กองคลัง" in two paragraphs of one cell.
    expect(report.measures[2]!.responsible).toEqual([
      'คณะกรรมการทบทวน ปรับปรุงการจัดทำคู่มือการใช้ทรัพย์สินของทางราชการ',
      'กองคลัง',
    ]);
  });

  it('categorises the property measure as asset_use', () => {
    expect(report.measures[2]!.category).toBe('asset_use');
    expect(report.measures[9]!.category).toBe('procurement_budget');
  });

  it('leaves no markup in values', () => noMarkup(report));
});

describe('sample 003: อบต.เมืองน้อย, memo with plan and result tables, FY 2564', async () => {
  const { report, record } = await parseReportFile(sample('003_deb62b3327a31e92.txt'));

  it('finds อบต.เมืองน้อย, อำเภอกันทรารมย์, จังหวัดศรีสะเกษ (document number ศก)', () => {
    expect(report.org.code).toBe('6330311');
    expect(report.org.district_th).toBe('กันทรารมย์');
  });

  it('reports on FY 2564 without naming a round', () => {
    // เรื่อง … ประจำปี ๒๕๖๔; the table cells list both monitoring rounds, which is a plan, not this report's round.
    expect(report.fiscal_year).toBe(2564);
    expect(report.round).toBeNull();
  });

  it('merges six plan rows (split across pages) with six result rows', () => {
    // The plan says ผลประโยชน์ส่วนตัว where the results say ผลประโยชน์ส่วนตน; the last plan page continues
    // the conflict-of-interest row with an empty first cell.
    expect(report.measures).toHaveLength(6);
    expect(report.measures.map((m) => m.category)).toEqual([
      'public_disclosure',
      'stakeholder_participation',
      'procurement_budget',
      'complaints',
      'anti_bribery',
      'conflict_of_interest',
    ]);
  });

  it('finds every measure completed: each ผลผลิต names the measure that was drawn up', () => {
    expect(statuses(report)).toEqual(Array(6).fill('completed'));
  });

  it('reads the 2563 score of indicator 10 and the weak indicators 10, 10.1, 10.2', () => {
    const claims = report.claims.map(({ kind, indicator, value, assessment_year }) => ({
      kind,
      indicator,
      value,
      assessment_year,
    }));
    expect(claims).toEqual(
      expect.arrayContaining([
        { kind: 'indicator_score', indicator: '10', value: 6.25, assessment_year: 2563 },
        { kind: 'weak_indicator', indicator: '10', value: null, assessment_year: 2563 },
        { kind: 'weak_indicator', indicator: '10.1', value: null, assessment_year: 2563 },
        { kind: 'weak_indicator', indicator: '10.2', value: null, assessment_year: 2563 },
      ]),
    );
    expect(claims).toHaveLength(4);
  });

  it('has no explicit indicator links', () => {
    expect(explicitLinks(report)).toEqual({});
  });

  it('joins the row continued on the last plan page (empty first cell) to the conflict-of-interest measure', () => {
    const m = record.measures[5]!;
    expect(m.guideline).toContain('กำหนดจรรยาบรรณของบุคลากรทุกระดับ');
    expect(m.guideline).toContain('กำหนดให้งานทรัพยากรบุคคลจัดทำคู่มือ');
    expect(m.rows).toEqual([
      { table: 1, row: 6 },
      { table: 2, row: 6 },
    ]);
  });

  it('takes the organisation from the memo: name, district, province and the ศก of the document number', () => {
    expect(record.org).toMatchObject({
      name_text: 'องค์การบริหารส่วนตำบลเมืองน้อย',
      district_text: 'กันทรารมย์',
      province_text: 'ศรีสะเกษ',
      province_abbreviation: 'ศก',
      status: 'resolved',
    });
  });

  it('leaves no markup in values', () => noMarkup(report));
});
