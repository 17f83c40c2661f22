// Claims in the narrative: scores (not targets), weak indicators, and the assessment year only when the text gives it.
import { describe, expect, it } from 'vitest';
import { findClaims } from './claims';
import type { OtherTable } from './measure-tables';

const lines = (...texts: string[]) => texts.map((text) => ({ text, section: 0 }));
const claims = (texts: string[], tables: OtherTable[] = [], reportYear: number | null = null) =>
  findClaims(lines(...texts), tables, null, reportYear).map(
    ({ kind, indicator, value, assessment_year }) => ({
      kind,
      indicator,
      value,
      assessment_year,
    }),
  );

describe('findClaims', () => {
  it('reads a total score with the year of the assessment it follows', () => {
    expect(
      claims([
        'จากการประเมินผลคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ โดยภาพรวมได้คะแนน ๙๑.๖๗ อยู่ในระดับ ผ่าน',
      ]),
    ).toEqual([{ kind: 'total_score', indicator: null, value: 91.67, assessment_year: 2567 }]);
  });

  it.each([
    'หน่วยงานต้องผ่านเกณฑ์การประเมิน (๘๕ คะแนนขึ้นไป)',
    'เป้าหมาย คะแนนไม่น้อยกว่า ๘๕ คะแนน',
    'ผ่านเกณฑ์ ๘๕ คะแนน',
    'คะแนนเต็ม ๑๐๐ คะแนน',
  ])('does not take the target in %j for a score', (text) => expect(claims([text])).toEqual([]));

  it('leaves the year empty when the text does not give one', () => {
    expect(claims(['โดยภาพรวมได้คะแนน ๘๗.๕๐'])).toEqual([
      { kind: 'total_score', indicator: null, value: 87.5, assessment_year: null },
    ]);
  });

  it('reads "ปีที่ผ่านมา" as the year before the report', () => {
    expect(claims(['ผลการประเมิน ITA ปีที่ผ่านมา ได้คะแนนรวม ๙๐.๑๒'], [], 2568)).toEqual([
      { kind: 'total_score', indicator: null, value: 90.12, assessment_year: 2567 },
    ]);
  });

  it('gives each indicator score to the indicator named just before it', () => {
    expect(
      claims([
        'ผลการประเมิน ITA ปี ๒๕๖๖ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๗๘.๖๓ และตัวชี้วัดที่ ๑๐ ได้ ๖๕ คะแนน',
      ]),
    ).toEqual([
      { kind: 'indicator_score', indicator: '9', value: 78.63, assessment_year: 2566 },
      { kind: 'indicator_score', indicator: '10', value: 65, assessment_year: 2566 },
    ]);
  });

  it('finds weak indicators named after or before the cue, by number or by name', () => {
    expect(claims(['ประเด็นที่ต้องพัฒนา คือ ตัวชี้วัดที่ ๙ และ ๑๐'])).toEqual([
      { kind: 'weak_indicator', indicator: '9', value: null, assessment_year: null },
      { kind: 'weak_indicator', indicator: '10', value: null, assessment_year: null },
    ]);
    expect(claims(['ตัวชี้วัดที่ ๑ ถึง ๘ ผ่านเกณฑ์ ส่วนตัวชี้วัดที่ ๙ ไม่ผ่านเกณฑ์'])).toEqual([
      { kind: 'weak_indicator', indicator: '9', value: null, assessment_year: null },
    ]);
    expect(claims(['ตัวชี้วัดที่อ่อนได้แก่ ตัวชี้วัดประสิทธิภาพการสื่อสาร'])).toEqual([
      { kind: 'weak_indicator', indicator: '7', value: null, assessment_year: null },
    ]);
  });

  it('reads the list that follows "…ต้องนำไปปรับปรุง ดังนี้", carrying the year of the paragraph', () => {
    expect(
      claims([
        'ผลการประเมินในปี ๒๕๖๓ ตัวชี้วัดย่อยที่ต้องนำไปปรับปรุงในข้อดังนี้',
        'ตัวชี้วัดย่อยที่ ๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริต',
        '๑๐.๒ ไม่ใช่รายการที่ขึ้นต้นด้วยตัวชี้วัด',
        'ข้อเสนอแนะ',
        'ตัวชี้วัดที่ ๙ ไม่อยู่ในรายการแล้ว',
      ]),
    ).toEqual([{ kind: 'weak_indicator', indicator: '10.1', value: null, assessment_year: 2563 }]);
  });

  it('reads a score table in the narrative, with years from its header', () => {
    const table: OtherTable = {
      section: 0,
      after: 0,
      rows: [
        ['ตัวชี้วัด', 'คะแนนปี ๒๕๖๕', 'คะแนนปี ๒๕๖๖'],
        ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', '๙๕.๑๒', '๙๖.๐๐'],
        ['คะแนนรวม', '๘๐.๕๐', '๘๗.๒๕'],
      ],
    };
    expect(claims(['ผลคะแนนตามตารางนี้'], [table])).toEqual([
      { kind: 'indicator_score', indicator: '1', value: 95.12, assessment_year: 2565 },
      { kind: 'indicator_score', indicator: '1', value: 96, assessment_year: 2566 },
      { kind: 'total_score', indicator: null, value: 80.5, assessment_year: 2565 },
      { kind: 'total_score', indicator: null, value: 87.25, assessment_year: 2566 },
    ]);
  });

  it('reads a score given as "ได้คะแนนจำนวน …คะแนน" and ignores the full mark', () => {
    expect(
      claims([
        'ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2566 อบต.ตัวอย่างได้คะแนนจำนวน 77.70คะแนน จากคะแนนเต็ม 100 คะแนน',
      ]),
    ).toEqual([{ kind: 'total_score', indicator: null, value: 77.7, assessment_year: 2566 }]);
  });

  it('reads an indicator named as "ด้าน…" with a value and no word คะแนน, and its weakness', () => {
    expect(
      claims(['ผลการประเมิน ITA ประจำปี พ.ศ. 2563 ด้านการใช้ทรัพย์สินของทางราชการ มีค่าต่ำสุดเท่ากับ 85.15']),
    ).toEqual([
      { kind: 'indicator_score', indicator: '4', value: 85.15, assessment_year: 2563 },
      { kind: 'weak_indicator', indicator: '4', value: null, assessment_year: 2563 },
    ]);
  });

  it('keeps the claim text as written, Thai digits included', () => {
    const [c] = findClaims(lines('โดยภาพรวมได้คะแนน ๙๑.๖๗'), [], null);
    expect(c!.text).toBe('โดยภาพรวมได้คะแนน ๙๑.๖๗');
  });
});
