// Indicators named in text by number or by name, read with the names of the right framework year.
import { describe, expect, it } from 'vitest';
import { explicitIndicators, findIndicatorNames, findIndicatorRefs } from './indicator-refs';

const codes = (text: string, year: number | null = null) =>
  findIndicatorRefs(text, year).map((r) => r.code);

describe('findIndicatorRefs', () => {
  it.each([
    ['จากผลการประเมิน ITA ตัวชี้วัดที่ ๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล', ['9.4']],
    ['ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน', ['8']],
    ['ตัวชี้วัดย่อยที่ ๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริต', ['10.1']],
    ['ตัวชี้วัดที่ ๙ และ ๑๐', ['9', '10']],
    ['ตัวชี้วัดที่ 9, 10', ['9', '10']],
    ['ตัวชี้วัดประสิทธิภาพการสื่อสาร', ['7']],
    ['ตัวชี้วัด การปรับปรุงการทำงาน', ['8']],
    ['ตัวชี้วัดที่ ๑๑ ไม่มีจริง และตัวชี้วัดที่ต้องพัฒนา', []],
    ['ตัวชี้วัดที่ 9.4.', ['9.4']],
  ])('%s → %j', (text, expected) => expect(codes(text)).toEqual(expected));

  it('reads a sub-indicator name with the year it belongs to (9.4 in 2564 is 9.3 from 2567)', () => {
    expect(codes('ตัวชี้วัดการบริหารและพัฒนาทรัพยากรบุคคล', 2564)).toEqual(['9.4']);
    expect(codes('ตัวชี้วัดการบริหารและพัฒนาทรัพยากรบุคคล', 2567)).toEqual(['9.3']);
  });

  it('gives positions that point into the text as written', () => {
    const text = 'คือ ตัวชี้วัดที่ ๑๐ การป้องกัน';
    const [ref] = findIndicatorRefs(text);
    expect(text.slice(ref!.start, ref!.end)).toBe('ตัวชี้วัดที่ ๑๐');
  });
});

describe('findIndicatorNames and explicitIndicators', () => {
  it('finds names standing alone in a list', () => {
    expect(findIndicatorNames('ได้แก่ การเปิดเผยข้อมูล และการป้องกันการทุจริต').map((r) => r.code)).toEqual([
      '9',
      '10',
    ]);
  });
  it('collects distinct codes in order of first mention', () => {
    expect(explicitIndicators(['ตัวชี้วัดที่ ๔', null, 'ตัวชี้วัดที่ ๙.๔ และตัวชี้วัดที่ ๔'])).toEqual(['4', '9.4']);
  });
});
