// Snapshot and content checks for the level/rating distribution (fixed data): the switch from levels to ratings in 2566.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { renderPlotMarkup } from '../server/export/render-svg';
import {
  gradeDistributionSpec,
  gradeScale,
  gradeSummaryText,
  type GradeRow,
} from './grade-distribution';

const t = translator('th');
const level = (grade: string, rank: number, orgs: number, share: number): GradeRow => ({
  fiscal_year: 2565,
  grading_kind: 'level',
  rank,
  grade,
  grade_en: grade,
  passing: rank <= 2,
  orgs,
  share,
  synthetic_orgs: orgs,
});
const rating = (
  grade: string,
  en: string,
  rank: number,
  orgs: number,
  share: number,
): GradeRow => ({
  fiscal_year: 2566,
  grading_kind: 'rating',
  rank,
  grade,
  grade_en: en,
  passing: rank <= 3,
  orgs,
  share,
  synthetic_orgs: orgs,
});
const rows: GradeRow[] = [
  level('AA', 1, 1, 0.25),
  level('A', 2, 2, 0.5),
  level('B', 3, 1, 0.25),
  level('C', 4, 0, 0),
  level('D', 5, 0, 0),
  level('E', 6, 0, 0),
  level('F', 7, 0, 0),
  rating('ผ่านดีเยี่ยม', 'Pass (excellent)', 1, 0, 0),
  rating('ผ่านดี', 'Pass (good)', 2, 2, 0.5),
  rating('ผ่าน', 'Pass', 3, 1, 0.25),
  rating('ต้องปรับปรุง', 'Needs improvement', 4, 1, 0.25),
  rating('ต้องปรับปรุงโดยด่วน', 'Needs urgent improvement', 5, 0, 0),
];

describe('grade distribution', () => {
  it('colours passing grades green and failing ones orange to red, levels before ratings', () => {
    const s = gradeScale(rows, 'en');
    expect(s.domain).toEqual([
      'AA',
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'Pass (excellent)',
      'Pass (good)',
      'Pass',
      'Needs improvement',
      'Needs urgent improvement',
    ]);
    expect(s.range.slice(0, 3)).toEqual(['#1b7837', '#a6dba0', '#fee08b']);
    expect(s.range.slice(7)).toEqual(['#1b7837', '#5aae61', '#a6dba0', '#fee08b', '#a50026']);
  });
  const svg = renderPlotMarkup(gradeDistributionSpec(rows, { t, lang: 'th', width: 640 }));
  it('stacks the non-empty grades and marks the switch to ratings', () => {
    expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(6);
    expect(svg).toContain('ตั้งแต่ 2566: ผ่าน/ต้องปรับปรุง');
    expect(svg).toContain('ผ่านดี');
    expect(svg).toContain('50%');
  });
  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/grade-distribution.svg');
  });
});

describe('gradeSummaryText', () => {
  const year2566: GradeRow[] = [
    { ...rating('ผ่านดี', 'Pass (good)', 2, 3, 0.6), incomplete_orgs: 2 },
    { ...rating('ผ่าน', 'Pass', 3, 2, 0.4), incomplete_orgs: 1 },
  ];
  it('says how many ratings were computed from incomplete tools, in Thai and English', () => {
    expect(gradeSummaryText(year2566, t, 'th')).toContain(
      'ผลการประเมิน 3 หน่วยงานในปี 2566 คำนวณจากเครื่องมือไม่ครบ',
    );
    expect(gradeSummaryText(year2566, translator('en'), 'en')).toContain(
      '3 ratings in FY 2566 computed from incomplete tools',
    );
  });
  it('adds nothing when every rating had its four tools', () => {
    const complete = year2566.map((r) => ({ ...r, incomplete_orgs: 0 }));
    expect(gradeSummaryText(complete, t, 'th')).not.toContain('ไม่ครบ');
    expect(gradeSummaryText(complete, t, 'th')).toContain('ผ่านดี');
  });
});
