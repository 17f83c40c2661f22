// Fiscal year, round and period from the title and narrative; table cells never count.
import { describe, expect, it } from 'vitest';
import { commonPeriod, detectTiming, documentDate, roundFromDate } from './report-timing';
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

  it('takes the year from a title line of its own, not from a short opening sentence on the last assessment', () => {
    const t = detectTiming(
      [
        'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ ๖ เดือน',
        'ปีงบประมาณ พ.ศ.๒๕๖๗',
        'ตามที่ อบต.จะรังได้รับผลการประเมิน (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ โดยภาพรวมได้คะแนน ๙๑.๖๗ คะแนน',
      ],
      [],
    );
    expect(t.fiscal_year).toBe(2567);
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

describe('round words and their evidence', () => {
  it.each([
    ['รายงานผล รอบ ๖ เดือน ประจำปีงบประมาณ ๒๕๖๘', '6m', 'รอบ ๖ เดือน'],
    ['รายงานผลการดำเนินการ รอบ ๖ เดือนแรก ปีงบประมาณ ๒๕๖๘', '6m', 'รอบ ๖ เดือนแรก'],
    ['รายงานผลการดำเนินงานครึ่งปีแรก ปีงบประมาณ ๒๕๖๘', '6m', 'ครึ่งปีแรก'],
    ['รายงานผล รอบ ๑๒ เดือน ปีงบประมาณ ๒๕๖๘', '12m', 'รอบ ๑๒ เดือน'],
    ['รายงานผลการดำเนินการประจำปี ปีงบประมาณ ๒๕๖๘', '12m', 'ประจำปี'],
    ['รายงานผล ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๘', '3m', 'ไตรมาสที่ ๑'],
    ['รายงานผล ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๘', '6m', 'ไตรมาสที่ ๒'],
    ['รายงานผล ไตรมาส ๑-๓ ปีงบประมาณ ๒๕๖๘', '9m', 'ไตรมาส ๑-๓'],
    ['รายงานผล ไตรมาสที่ ๔ ปีงบประมาณ ๒๕๖๘', '12m', 'ไตรมาสที่ ๔'],
    ['รายงานผลการดำเนินงานครึ่งปีหลัง ปีงบประมาณ ๒๕๖๘', '12m', 'ครึ่งปีหลัง'],
  ])('%s → %s', (title, round, words) => {
    const t = detectTiming([title], []);
    expect(t.round).toBe(round);
    expect(t.round_evidence).toEqual({ kind: 'stated', text: words });
    expect(t.fiscal_year).toBe(2568);
  });

  it('does not read the year of ประจำปีงบประมาณ or ประจำปี ๒๕๖๘ as a whole-year round', () => {
    expect(detectTiming(['รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'], []).round).toBeNull();
    expect(detectTiming(['เรื่อง รายงานผล ประจำปี ๒๕๖๘'], []).round).toBeNull();
  });

  it('does not take a quarter in the narrative that is not a report line for the round', () => {
    expect(
      detectTiming(['รายงานผล ปีงบประมาณ ๒๕๖๘'], ['จัดอบรมในไตรมาสที่ ๒ ณ ห้องประชุม']).round,
    ).toBeNull();
  });

  it('keeps the stated period as evidence', () => {
    const t = detectTiming(['รายงานผล ปีงบประมาณ ๒๕๖๘'], ['ระหว่าง ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘']);
    expect(t.round).toBe('6m');
    expect(t.round_evidence).toEqual({ kind: 'period', text: 'ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘' });
  });
});

describe('the period column', () => {
  const cells = [
    '๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗',
    '๑ ต.ค. ๖๖ - ๓๐ ก.ย. ๖๗',
    'ตลอดปีงบประมาณ',
    '๑ ต.ค ๖๖ – ๓๐ ก.ย๖๗',
  ];

  it('gives the round and the fiscal year when every row covers the same months', () => {
    const t = detectTiming(['รายงานผลการดำเนินการตามมาตรการ'], [], { periodCells: cells });
    expect(t.round).toBe('12m');
    expect(t.fiscal_year).toBe(2567);
    expect(t.period).toEqual({ start: '2023-10-01', end: '2024-09-30' });
    expect(t.round_evidence).toEqual({
      kind: 'period',
      text: '๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗ (ระยะเวลา, 3 rows)',
    });
  });

  it('reads ต.ค.–มี.ค. on every row as six months', () => {
    const t = detectTiming(['รายงานผล ปีงบประมาณ ๒๕๖๘'], [], {
      periodCells: ['ต.ค. ๖๗ - มี.ค. ๖๘', 'ต.ค. ๖๗ - มี.ค. ๖๘'],
    });
    expect(t.round).toBe('6m');
  });

  it('reads the period of a table with a single row', () => {
    const t = detectTiming(['รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'], [], {
      periodCells: ['๑ ต.ค. ๖๖ – ๓๑ มี.ค. ๖๗'],
    });
    expect(t.round).toBe('6m');
    expect(t.round_evidence).toEqual({
      kind: 'period',
      text: '๑ ต.ค. ๖๖ – ๓๑ มี.ค. ๖๗ (ระยะเวลา, 1 rows)',
    });
  });

  it('says nothing when rows differ or only one gives a period', () => {
    expect(commonPeriod(['ต.ค. ๖๗ - มี.ค. ๖๘', 'ม.ค. ๖๘ - มี.ค. ๖๘'])).toBeNull();
    expect(commonPeriod(['ต.ค. ๖๗ - มี.ค. ๖๘', 'ธ.ค. ๖๗', 'ม.ค. ๖๘', 'ก.พ. ๖๘'])).toBeNull();
  });

  it('gives way to words in the title', () => {
    const t = detectTiming(['รายงานผล รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๗'], [], { periodCells: cells });
    expect(t.round).toBe('6m');
    expect(t.round_evidence?.kind).toBe('stated');
    expect(t.warnings.join('\n')).toContain('says round 6m but the period');
  });
});

describe('the document date (an inference)', () => {
  it.each([
    [4, 2568, '6m', 2568],
    [6, 2568, '6m', 2568],
    [9, 2568, '12m', 2568],
    [10, 2568, '12m', 2568],
    [11, 2568, '12m', 2568],
    [12, 2567, '12m', 2567],
  ])('month %i of %i → %s of FY %i', (month, year, round, fy) => {
    expect(roundFromDate({ day: 15, month, year })).toEqual({ round, fiscal_year: fy });
  });

  it.each([1, 2, 3, 7, 8])('month %i suggests no round', (month) => {
    expect(roundFromDate({ day: 15, month, year: 2568 })).toBeNull();
  });

  it('finds the memo date, not an event date', () => {
    expect(
      documentDate(['ได้จัดประชุมเมื่อวันที่ ๕ ธันวาคม ๒๕๖๗', 'ที่ ตร ๗๑๐๐๑/๑๒๓ วันที่ ๒๐ เมษายน ๒๕๖๘'])?.text,
    ).toBe('วันที่ ๒๐ เมษายน ๒๕๖๘');
    expect(documentDate(['ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๘'])).toBeNull();
  });

  it('infers 6m from a memo dated in April, says so, and fills the fiscal year', () => {
    const t = detectTiming(
      ['ที่ ตร ๗๑๐๐๑/๑๒๓ วันที่ ๒๐ เมษายน ๒๕๖๘', 'เรื่อง รายงานผลการดำเนินการตามมาตรการ'],
      [],
    );
    expect(t.round).toBe('6m');
    expect(t.fiscal_year).toBe(2568);
    expect(t.round_evidence).toEqual({ kind: 'document_date', text: 'วันที่ ๒๐ เมษายน ๒๕๖๘' });
    expect(t.warnings.join('\n')).toMatch(/inference from the document's date/);
  });

  it('infers nothing when the date falls in another fiscal year than the title says', () => {
    const t = detectTiming(
      ['ที่ ตร ๗๑๐๐๑/๑๒๓ วันที่ ๒๐ เมษายน ๒๕๖๘', 'เรื่อง รายงานผล ปีงบประมาณ ๒๕๖๗'],
      [],
    );
    expect(t.round).toBeNull();
    expect(t.round_evidence).toBeNull();
  });

  it('reads a memo dated after the year as its 12-month report', () => {
    const t = detectTiming(['วันที่ ๑๕ ตุลาคม ๒๕๖๘', 'เรื่อง รายงานผล ปีงบประมาณ ๒๕๖๘'], []);
    expect(t).toMatchObject({ round: '12m', fiscal_year: 2568 });
    expect(t.round_evidence?.kind).toBe('document_date');
  });
});
