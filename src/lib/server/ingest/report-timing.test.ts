// Fiscal year, round and period from the title and narrative; table cells never count.
import { describe, expect, it } from 'vitest';
import { detectTiming } from './report-timing';
import { findDateRanges, isoDate } from './thai-dates';

describe('findDateRanges', () => {
  it.each([
    ['ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘', '2024-10-01', '2025-03-31'],
    ['ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๖ ถึงวันที่ ๓๐ กันยายน ๒๕๖๗', '2023-10-01', '2024-09-30'],
    ['๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗', '2023-10-01', '2024-09-30'],
    ['เดือนตุลาคม - ธันวาคม ๒๕๖๖', '2023-10-01', '2023-12-31'],
    ['มกราคม ถึง มีนาคม 2567', '2024-01-01', '2024-03-31'],
    ['๑ ก.พ. ๒๕๖๗ - ๒๙ ก.พ. ๒๕๖๗', '2024-02-01', '2024-02-29'],
  ])('%s', (text, start, end) => {
    const [r] = findDateRanges(text);
    expect([isoDate(r!.start, 'start'), isoDate(r!.end, 'end')]).toEqual([start, end]);
  });

  it('needs a joining word and a year at the end', () => {
    expect(findDateRanges('วันที่ ๒๒ มีนาคม ๒๕๖๔')).toEqual([]);
    expect(findDateRanges('ตุลาคม และ มีนาคม')).toEqual([]);
  });
});

describe('detectTiming', () => {
  it('takes the fiscal year from the title over the analysed year in the text', () => {
    const t = detectTiming(
      ['รายงานผลการดำเนินการตามมาตรการ', 'ขององค์การบริหารส่วนตำบลจะรัง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕'],
      ['ตามที่ได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๔'],
    );
    expect(t.fiscal_year).toBe(2565);
  });

  it.each([
    [['รายงานผล รอบ ๖ เดือน ประจำปีงบประมาณ ๒๕๖๘'], [], '6m'],
    [['รายงานผล ประจำปีงบประมาณ ๒๕๖๘ (รอบ 12 เดือน)'], [], '12m'],
    [['รายงานผลรอบครึ่งปีงบประมาณ ๒๕๖๘'], [], '6m'],
    [['รายงานผล ประจำปีงบประมาณ ๒๕๖๘'], ['ผลการดำเนินงานระหว่าง ต.ค. ๒๕๖๗ – มิ.ย. ๒๕๖๘'], '9m'],
    [['รายงานผล ประจำปีงบประมาณ ๒๕๖๘'], ['ผลการดำเนินการรอบ ๓ เดือน'], '3m'],
    [['รายงานผล ประจำปีงบประมาณ ๒๕๖๘'], ['จะรายงานผลการดำเนินงานรอบ ๖ เดือน'], null],
    [['รายงานผล ประจำปีงบประมาณ ๒๕๖๘'], ['กำกับติดตาม รอบ ๖ เดือน และรอบ ๑๒ เดือน'], null],
  ])('title %j, text %j → round %s', (title, text, round) => {
    expect(detectTiming(title, text).round).toBe(round);
  });

  it('says why when the round is left empty, with the memo date as a hint', () => {
    const t = detectTiming(['ที่ ศก ๗๗๔๐๑/.... วันที่ ๒๒ มีนาคม ๒๕๖๔', 'เรื่อง รายงานผล ประจำปี ๒๕๖๔'], []);
    expect(t.round).toBeNull();
    expect(t.fiscal_year).toBe(2564);
    expect(t.warnings).toEqual([
      'the report names no round (รอบ ๖/๑๒ เดือน) and no period; the round is left empty (the document is dated 2021-03-22)',
    ]);
  });

  it('takes the fiscal year from the period when nothing else says it, and warns on a mismatch', () => {
    expect(
      detectTiming(['รายงานผลการดำเนินงาน'], ['ระหว่าง ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘']).fiscal_year,
    ).toBe(2568);
    const t = detectTiming(
      ['รายงานผล รอบ ๑๒ เดือน ประจำปีงบประมาณ ๒๕๖๗'],
      ['ระหว่าง ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘'],
    );
    expect(t.warnings.join('\n')).toMatch(
      /falls in fiscal year 2568, not 2567[\s\S]*says round 12m but the period/,
    );
  });
});
