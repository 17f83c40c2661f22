// Hand-made fixtures in data/fixtures/reports/ for the variation the real samples lack; expectations come from the fixture text.
import { describe, expect, it } from 'vitest';
import { projectPath } from '../paths';
import { parseReportFile } from './parse-report';

const fixture = (name: string) => parseReportFile(projectPath('data', 'fixtures', 'reports', name));

describe('TIS-620 memo with a สถานะ column (tis620-six-month.txt)', async () => {
  const { report, record } = await fixture('tis620-six-month.txt');

  it('detects TIS-620 from the bytes', () => {
    expect(report.source).toMatchObject({ format: 'txt', encoding: 'tis-620' });
    expect(report.measures[0]!.name_th).toBe('มาตรการเผยแพร่ข้อมูลต่อสาธารณะ');
  });

  it('tells the Trat วังกระแจะ from the Kanchanaburi one by the document number ตร alone', () => {
    expect(record.org).toMatchObject({
      district_text: null,
      province_text: null,
      province_abbreviation: 'ตร',
    });
    expect(report.org.code).toBe('6230107');
  });

  it('reads FY 2568, round 6m and the period Oct 2567 - Mar 2568', () => {
    expect(report.fiscal_year).toBe(2568);
    expect(report.round).toBe('6m');
    expect(report.period).toEqual({ start: '2024-10-01', end: '2025-03-31' });
  });

  it('reads statuses from the สถานะ column', () => {
    expect(report.measures.map((m) => m.status)).toEqual([
      'completed',
      'in_progress',
      'not_started',
    ]);
    expect(report.measures[1]!.status_evidence).toContain('อยู่ระหว่างดำเนินการ');
  });

  it('files the manual on government property under asset_use', () => {
    expect(report.measures.map((m) => m.category)).toEqual([
      'public_disclosure',
      'anti_bribery',
      'asset_use',
    ]);
    expect(record.measures[2]!.categories_other).toContain('work_standards');
  });

  it('takes the total, not the target, and the weak indicator named by name', () => {
    const claims = report.claims.map(({ kind, indicator, value, assessment_year }) => ({
      kind,
      indicator,
      value,
      assessment_year,
    }));
    expect(claims).toEqual([
      { kind: 'total_score', indicator: null, value: 87.5, assessment_year: 2567 },
      { kind: 'weak_indicator', indicator: '7', value: null, assessment_year: 2567 },
    ]);
  });
});

describe('Windows-874 HTML with a reordered combined table (windows874-combined-reordered.html)', async () => {
  const { report } = await fixture('windows874-combined-reordered.html');

  it('detects HTML in Windows-874', () => {
    expect(report.source).toMatchObject({ format: 'html', encoding: 'windows-874' });
  });

  it('finds อบต.เขาสมิง, FY 2567, and round 12m from the period', () => {
    expect(report.org.code).toBe('6230303');
    expect(report.fiscal_year).toBe(2567);
    expect(report.round).toBe('12m');
    expect(report.period).toEqual({ start: '2023-10-01', end: '2024-09-30' });
  });

  it('maps the columns by meaning whatever their order', () => {
    expect(report.measures.map((m) => m.name_th)).toEqual([
      'มาตรการประกาศเจตจำนงสุจริตของผู้บริหาร',
      'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
      'มาตรการป้องกันผลประโยชน์ทับซ้อน (ตัวชี้วัดที่ ๑๐.๒)',
    ]);
    expect(report.measures[0]!.output).toBe(
      'คำสั่งแต่งตั้งคณะทำงาน ประกาศเจตจำนงสุจริต ลงวันที่ ๕ ธันวาคม ๒๕๖๖',
    );
    expect(report.measures[0]!.outcome).toBe('บุคลากรรับทราบ “เจตจำนงสุจริต” และถือปฏิบัติ');
    expect(report.measures[1]!.responsible).toEqual(['กองคลัง', 'งานพัสดุ']);
    expect(report.measures[2]!.outcome).toBe('บุคลากรเข้าใจเรื่องผลประโยชน์ทับซ้อน & ถือปฏิบัติ');
  });

  it('does not count a promise to report later as done', () => {
    expect(report.measures.map((m) => m.status)).toEqual(['completed', 'not_started', 'completed']);
  });

  it('links the conflict-of-interest measure to 10.2 as the text says', () => {
    expect(report.measures[2]).toMatchObject({
      indicators: ['10.2'],
      indicator_source: 'explicit',
      category: 'conflict_of_interest',
    });
    expect(report.measures[0]!.indicator_source).toBe('inferred');
  });

  it('reads the 2566 indicator scores and the weak indicator', () => {
    const claims = report.claims.map(({ kind, indicator, value, assessment_year }) => ({
      kind,
      indicator,
      value,
      assessment_year,
    }));
    expect(claims).toEqual([
      { kind: 'indicator_score', indicator: '9', value: 78.63, assessment_year: 2566 },
      { kind: 'indicator_score', indicator: '10', value: 65, assessment_year: 2566 },
      { kind: 'weak_indicator', indicator: '10', value: null, assessment_year: 2566 },
    ]);
  });
});

describe('DOCX with a result table split over two pages (docx-split-table.docx)', async () => {
  const { report, record } = await fixture('docx-split-table.docx');

  it('reads the DOCX', () => {
    expect(report.source).toMatchObject({ format: 'docx', encoding: 'utf-8' });
  });

  it('tells the Kanchanaburi วังกระแจะ by its district and province', () => {
    expect(report.org.code).toBe('6710207');
    expect(report.fiscal_year).toBe(2566);
    expect(report.round).toBe('12m');
  });

  it('matches the plan to the results despite ดุลพินิจ / ดุลยพินิจ and joins the headerless second part', () => {
    expect(report.measures).toHaveLength(2);
    expect(report.measures[0]!.output).toBe(
      'จัดทำมาตรการและประกาศใช้เมื่อวันที่ ๑๒ ธันวาคม ๒๕๖๕ ทั้งนี้ได้ เผยแพร่ทางเว็บไซต์และแจ้งเวียนให้บุคลากรทราบ',
    );
    expect(report.measures.map((m) => m.status)).toEqual(['completed', 'completed']);
    expect(report.measures.map((m) => m.monitoring_rounds)).toEqual([['6m', '12m'], ['12m']]);
    expect(record.measures[1]!.note).toBe('ภาพกิจกรรมบนเว็บไซต์');
    expect(report.measures.map((m) => m.category)).toEqual([
      'discretion_review',
      'stakeholder_participation',
    ]);
  });
});

describe('header repeated at a page break, with continuation rows (page-break-continuation.txt)', async () => {
  const { report, record } = await fixture('page-break-continuation.txt');

  it('reads three measures, not five rows', () => {
    expect(report.measures).toHaveLength(3);
    expect(report.fiscal_year).toBe(2566);
    expect(report.round).toBe('6m');
    expect(report.org.code).toBe('6940907');
  });

  it('joins the row with an empty first cell to the row above', () => {
    expect(record.measures[0]!.steps).toBe('๑. จัดทำแผนการจัดซื้อจัดจ้าง ๒. เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน');
    expect(report.measures[0]!.output).toContain('๒. เผยแพร่สรุปผลการจัดซื้อจัดจ้างทุกเดือน');
  });

  it('joins the row that starts with a comma across the page break', () => {
    expect(report.measures[1]!.name_th).toMatch(
      /^มาตรการป้องกันการรับสินบน และการให้\s?, ของขวัญหรือผลประโยชน์อื่นใด$/,
    );
    expect(report.measures[1]!.output).toBe('ประกาศนโยบาย No Gift Policy เมื่อวันที่ ๑ ธันวาคม ๒๕๖๕');
    expect(report.measures[1]!.category).toBe('anti_bribery');
  });

  it('decides the statuses', () => {
    expect(report.measures.map((m) => m.status)).toEqual(['completed', 'completed', 'not_started']);
  });
});

describe('the same table in the report and in the memo (table-repeated.txt)', async () => {
  const { report } = await fixture('table-repeated.txt');

  it('keeps each measure once', () => {
    expect(report.measures.map((m) => m.name_th)).toEqual([
      'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
      'มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม',
      'มาตรการส่งเสริมการใช้ E-Service',
    ]);
    expect(report.measures.map((m) => m.status)).toEqual(['completed', 'completed', 'not_started']);
  });

  it('reads the title through the Markdown bold', () => {
    expect(report.org.code).toBe('6330311');
    expect(report.fiscal_year).toBe(2567);
    expect(report.round).toBe('12m');
  });
});

describe('๑ over ๑.๑/๑.๒ and two sub-measures in one cell (sub-numbering.txt)', async () => {
  const { report, record } = await fixture('sub-numbering.txt');

  it('drops the heading row and splits the shared cell', () => {
    expect(record.measures.map((m) => [m.number_text, m.name_th])).toEqual([
      ['1.1', 'เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี'],
      ['1.2', 'เผยแพร่ข้อมูลผู้บริหารและโครงสร้างหน่วยงาน'],
      ['2.1', 'มาตรการป้องกันการรับสินบน'],
      ['2.2', 'มาตรการป้องกันผลประโยชน์ทับซ้อน'],
    ]);
  });

  it('gives each sub-measure its own part of the result cell', () => {
    expect(report.measures.map((m) => m.status)).toEqual([
      'completed',
      'in_progress',
      'completed',
      'not_started',
    ]);
    expect(report.measures[2]!.output).toBe('ประกาศนโยบาย No Gift Policy แล้ว');
    expect(report.measures.map((m) => m.category).slice(2)).toEqual([
      'anti_bribery',
      'conflict_of_interest',
    ]);
  });

  it('reads the round in brackets in the title', () => {
    expect(report.round).toBe('6m');
    expect(report.fiscal_year).toBe(2568);
    expect(report.org.code).toBe('6940108');
  });
});

describe('plan and results spelled differently, results in another order (plan-results-spelling.txt)', async () => {
  const { report, record } = await fixture('plan-results-spelling.txt');

  it('matches each plan row to its result row by name', () => {
    expect(record.measures.map((m) => m.rows.map((r) => `${r.table}:${r.row}`))).toEqual([
      ['1:1', '2:3'],
      ['1:2', '2:1'],
      ['1:3', '2:2'],
    ]);
  });

  it('keeps the plan order and fills the results', () => {
    expect(report.measures.map((m) => m.output)).toEqual([
      'คู่มือการใช้ดุลพินิจ',
      'ประกาศมาตรการป้องกันการขัดกันระหว่างผลประโยชน์',
      null,
    ]);
    expect(report.measures.map((m) => m.status)).toEqual(['completed', 'completed', 'not_started']);
    expect(report.measures.map((m) => m.category)).toEqual([
      'discretion_review',
      'conflict_of_interest',
      'hr_management',
    ]);
  });

  it('reads round 6m from the period ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘', () => {
    expect(report.round).toBe('6m');
    expect(report.period).toEqual({ start: '2024-10-01', end: '2025-03-31' });
    expect(report.fiscal_year).toBe(2568);
    expect(report.org.code).toBe('6230303');
  });
});

describe('memo with a whole-sentence header and ที่ ตร. in a letterhead table (sentence-header-memo.html)', async () => {
  const { report, record } = await fixture('sentence-header-memo.html');

  it('tells the Trat วังกระแจะ by ตร. in the letterhead table', () => {
    expect(report.source).toMatchObject({ format: 'html', encoding: 'utf-8' });
    expect(record.org).toMatchObject({ province_abbreviation: 'ตร', province_text: null });
    expect(report.org.code).toBe('6230107');
  });

  it('reads FY 2568 and the stated round 6m with its words', () => {
    expect(report.fiscal_year).toBe(2568);
    expect(report.round).toBe('6m');
    expect(report.round_evidence).toEqual({ kind: 'stated', text: 'รอบ ๖ เดือน' });
    expect(report.period).toEqual({ start: '2024-10-01', end: '2025-03-31' });
  });

  it('says that it read the header sentence by its first words', () => {
    expect(report.warnings).toEqual([
      'table 1: guessed column 2 ("มาตรการหรือกิจกรรมที่ดำเนินการเพื่อส่งเส…") as name from its first words (ตรวจสอบคอลัมน์ / check the columns)',
    ]);
  });

  it('finds the four measures under the whole-sentence header', () => {
    expect(report.measures.map((m) => m.name_th)).toEqual([
      'มาตรการประกาศเจตจำนงสุจริตในการบริหารงาน',
      'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
      'โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร',
      'มาตรการจัดการเรื่องร้องเรียนการทุจริต',
    ]);
  });

  it('gives the same report from its Word version (LibreOffice DOCX of the same HTML)', async () => {
    const docx = await fixture('sentence-header-memo.docx');
    expect(docx.report.source.format).toBe('docx');
    const { source: _h, ...fromHtml } = report;
    const { source: _d, ...fromDocx } = docx.report;
    expect(fromDocx).toEqual(fromHtml);
  });

  it('gives the same from a TIS-620 text whose header sentence is split over two rows and repeated after a page break', async () => {
    const txt = await fixture('sentence-header-split-tis620.txt');
    expect(txt.report.source).toMatchObject({ format: 'txt', encoding: 'tis-620' });
    const pick = (r: typeof report) => ({
      org: r.org,
      fiscal_year: r.fiscal_year,
      round: r.round,
      round_evidence: r.round_evidence,
      period: r.period,
      measures: r.measures,
    });
    expect(pick(txt.report)).toEqual(pick(report));
  });

  it('reads the e-PlanNACC statuses and the reason in the note', () => {
    expect(report.measures.map((m) => m.status)).toEqual([
      'completed',
      'in_progress',
      'not_possible',
      'not_started',
    ]);
    expect(report.measures.map((m) => m.status_reason)).toEqual([
      null,
      null,
      { kind: 'no_budget', text: 'ไม่ได้รับการจัดสรรงบประมาณ' },
      null,
    ]);
  });
});

describe('round and year only in the period column, statuses as ticked boxes (period-column-12m.txt)', async () => {
  const { report } = await fixture('period-column-12m.txt');

  it('finds อบต.จะรัง by อ.ยะหริ่ง จ.ปัตตานี in the signature block', () => {
    expect(report.org.code).toBe('6940907');
  });

  it('reads FY 2567 and round 12m from ๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗ on every row', () => {
    expect(report.fiscal_year).toBe(2567);
    expect(report.round).toBe('12m');
    expect(report.round_evidence).toEqual({
      kind: 'period',
      text: '๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗ (ระยะเวลา, 3 rows)',
    });
    expect(report.period).toEqual({ start: '2023-10-01', end: '2024-09-30' });
  });

  it('guesses the ส่วนงาน column from its unit names, and says so', () => {
    expect(report.measures.map((m) => m.responsible)).toEqual([
      ['สำนักปลัด'],
      ['สำนักปลัด', 'งานการเจ้าหน้าที่'],
      ['กองคลัง'],
    ]);
    expect(report.warnings).toContain(
      'table 1: guessed column 4 ("ส่วนงาน") as responsible from its unit names (ตรวจสอบคอลัมน์ / check the columns)',
    );
  });

  it('takes the ticked box, and the other reason written beside it', () => {
    expect(report.measures.map((m) => m.status)).toEqual([
      'completed',
      'in_progress',
      'not_possible',
    ]);
    expect(report.measures[2]!.status_reason).toEqual({
      kind: 'other',
      text: 'ระบบ e-GP ขัดข้อง',
    });
  });
});

describe('measures in numbered paragraphs, no table (numbered-paragraphs.txt)', async () => {
  const { report } = await fixture('numbered-paragraphs.txt');

  it('finds อบต.เขาสมิง, FY 2568, round 12m', () => {
    expect(report.org.code).toBe('6230303');
    expect(report.fiscal_year).toBe(2568);
    expect(report.round).toBe('12m');
  });

  it('reads three measures with their results, units and statuses', () => {
    expect(report.measures.map((m) => m.name_th)).toEqual([
      'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
      'มาตรการป้องกันผลประโยชน์ทับซ้อน',
      'โครงการสำรวจความพึงพอใจของผู้รับบริการ',
    ]);
    expect(report.measures.map((m) => m.responsible)).toEqual([
      ['สำนักปลัด'],
      ['งานการเจ้าหน้าที่'],
      ['กองคลัง'],
    ]);
    expect(report.measures[0]!.output).toBe('เผยแพร่ข้อมูลพื้นฐานและข่าวประชาสัมพันธ์บนเว็บไซต์ครบทุกหัวข้อ');
    expect(report.measures[1]!.output).toContain('จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน');
    expect(report.measures.map((m) => m.status)).toEqual([
      'completed',
      'in_progress',
      'not_possible',
    ]);
    expect(report.measures[2]!.status_reason).toEqual({
      kind: 'other',
      text: 'สถานการณ์อุทกภัยในพื้นที่',
    });
    expect(report.warnings).toContain(
      'no measure table; 3 measure(s) read from numbered paragraphs (ตรวจสอบ / check them)',
    );
  });
});

describe('every reason e-PlanNACC knows (not-possible-reasons.txt)', async () => {
  const { report } = await fixture('not-possible-reasons.txt');

  it('finds อบต.ตะลุโบะ, FY 2568, round 12m', () => {
    expect(report.org.code).toBe('6940108');
    expect(report.fiscal_year).toBe(2568);
    expect(report.round).toBe('12m');
    expect(report.round_evidence).toEqual({ kind: 'stated', text: 'รอบ ๑๒ เดือน' });
  });

  it('keeps each reason, from the result cell or the note', () => {
    expect(report.measures.map((m) => [m.status, m.status_reason])).toEqual([
      ['not_possible', { kind: 'no_budget', text: 'ไม่ได้รับงบประมาณ' }],
      ['not_possible', { kind: 'policy_changed', text: 'นโยบายผู้บริหารเปลี่ยนแปลง' }],
      ['not_possible', { kind: 'no_staff', text: 'บุคลากรไม่เพียงพอ' }],
      ['not_possible', null],
      ['completed', null],
    ]);
  });
});

describe('a memo dated in April with no round words and no table header (dated-mid-year.txt)', async () => {
  const { report } = await fixture('dated-mid-year.txt');

  it('tells the Sisaket เมืองน้อย by ที่ศก. alone', () => {
    expect(report.org.code).toBe('6330311');
  });

  it('infers round 6m of FY 2568 from the date, and says it is an inference', () => {
    expect(report.fiscal_year).toBe(2568);
    expect(report.round).toBe('6m');
    expect(report.round_evidence).toEqual({
      kind: 'document_date',
      text: 'วันที่ 25 เมษายน 2568',
    });
    expect(report.period).toBeNull();
    expect(report.warnings.join('\n')).toMatch(/is an inference from the document's date/);
  });

  it('reads the headerless table by its content', () => {
    expect(report.measures.map((m) => m.name_th)).toEqual([
      'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
      'มาตรการป้องกันการรับสินบน',
      'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
    ]);
    expect(report.measures.map((m) => m.responsible)).toEqual([
      ['งานประชาสัมพันธ์'],
      ['สำนักปลัด'],
      ['กองคลัง', 'งานพัสดุ'],
    ]);
    expect(report.measures.map((m) => m.status)).toEqual([
      'completed',
      'in_progress',
      'not_started',
    ]);
    expect(report.warnings.join('\n')).toMatch(/table 1: no header/);
  });
});

describe('e-PlanNACC form with a tick column per status (eplan-tick-columns.txt)', async () => {
  const { report } = await fixture('eplan-tick-columns.txt');

  it('finds the Roi Et เมืองน้อย by its district and province, FY 2568 from the period, round 6m', () => {
    expect(report.org.code).toBe('6450511');
    expect(report.fiscal_year).toBe(2568);
    expect(report.round).toBe('6m');
    expect(report.period).toEqual({ start: '2024-10-01', end: '2025-03-31' });
  });

  it('reads the ticked column of each row, and the reason beside the tick or in the reason column', () => {
    expect(report.measures.map((m) => [m.status, m.status_reason])).toEqual([
      ['completed', null],
      ['in_progress', null],
      ['not_started', null],
      ['not_possible', { kind: 'policy_changed', text: 'นโยบายผู้บริหารเปลี่ยนแปลง' }],
      ['not_possible', { kind: 'no_staff', text: 'บุคลากรไม่เพียงพอ' }],
    ]);
  });
});
