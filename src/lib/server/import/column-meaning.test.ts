import { describe, expect, it } from 'vitest';
import { frameworksByYear } from '../frameworks/load';
import { buildVocabulary, labelMeaning, meaningLabel, meaningOfHeader } from './column-meaning';

const vocab = buildVocabulary(frameworksByYear().values());
const header = (...parts: string[]) => meaningLabel(meaningOfHeader(parts, vocab));

describe('meaningOfHeader', () => {
  it.each([
    ['ตัวชี้วัดที่ 1', 'score:1'],
    ['ตัวชี้วัดที่ ๑', 'score:1'],
    ['ตัวชี้วัดที่ ๑๐', 'score:10'],
    ['I1', 'score:1'],
    ['i10', 'score:10'],
    ['Indicator 7', 'score:7'],
    ['การปฏิบัติหน้าที่', 'score:1'],
    ['ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน', 'score:8'],
    ['การปรับปรุงการทำงาน', 'score:8'],
    ['การปรับปรุงระบบการทำงาน', 'score:8'],
    ['EIT ส่วนที่ 1', 'score:EIT1'],
    ['แบบวัด EIT ส่วนที่ ๒', 'score:EIT2'],
    ['EIT1', 'score:EIT1'],
    ['EIT-2', 'score:EIT2'],
    ['EIT part 1', 'score:EIT1'],
    ['EIT (30%)', 'score:EIT'],
    ['Use of authority', 'score:3'],
    ['9.1 ข้อมูลพื้นฐาน', 'score:9.1'],
    ['ตัวชี้วัดย่อยที่ ๑๐.๒', 'score:10.2'],
    ['การบริหารงานและการใช้จ่ายงบประมาณ', 'score:9.2'],
    ['การบริหารและพัฒนาทรัพยากรบุคคล', 'score:9.4@2563-2566,9.3@2567-2568'],
    ['IIT', 'score:IIT'],
    ['IIT (30%)', 'score:IIT'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', 'score:EIT'],
    ['คะแนนรวม', 'score:TOTAL'],
    ['คะแนน ITA', 'score:TOTAL'],
    ['Total', 'score:TOTAL'],
    ['ระดับ', 'grade'],
    ['ผลการประเมิน', 'grade'],
    ['Rating', 'grade'],
    ['ปีงบประมาณ', 'fiscal_year'],
    ['ปีงบประมาณ พ.ศ.', 'fiscal_year'],
    ['Fiscal year', 'fiscal_year'],
    ['ชื่อหน่วยงาน', 'org_name'],
    ['ชื่อ อปท.', 'org_name'],
    ['Organization', 'org_name'],
    ['รหัส อปท.', 'org_code'],
    ['Org code', 'org_code'],
    ['อำเภอ', 'district'],
    ['จังหวัด', 'province'],
    ['ประเภท', 'org_type'],
    ['Indicator', 'indicator'],
    ['คะแนน', 'value'],
    ['ลำดับ', 'ignored'],
    ['O12', 'ignored'],
    ['ผู้กรอกข้อมูล', 'ignored'],
  ])('%j → %s', (text, meaning) => {
    expect(header(text)).toBe(meaning);
  });

  it('reads a two-row header from the bottom up', () => {
    expect(header('IIT', 'ตัวชี้วัดที่ 2')).toBe('score:2');
    expect(header('ตัวชี้วัด', '4')).toBe('score:4');
    expect(header('คะแนนรายตัวชี้วัด', '9.3')).toBe('score:9.3');
    expect(header('คะแนน', 'รวม')).toBe('score:TOTAL');
    expect(header('คะแนนรวม', '(100)')).toBe('score:TOTAL');
  });

  it('does not read a bare number as an indicator without a group header', () => {
    expect(header('4')).toBe('ignored');
    expect(header('จังหวัด', '4')).toBe('province');
  });
});

describe('labelMeaning', () => {
  it.each([
    ['1', 'score:1'],
    ['๙.๑', 'score:9.1'],
    ['ตัวชี้วัดที่ ๕', 'score:5'],
    ['OIT', 'score:OIT'],
    ['คะแนนรวม', 'score:TOTAL'],
    ['ระดับ', 'grade'],
  ])('%j → %s', (label, meaning) => {
    const m = labelMeaning(label, vocab);
    expect(m && meaningLabel(m)).toBe(meaning);
  });

  it('gives nothing for labels that are not indicators', () => {
    expect(labelMeaning('จังหวัด', vocab)).toBeNull();
    expect(labelMeaning('42', vocab)).toBeNull();
  });
});
