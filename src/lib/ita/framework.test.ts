import { describe, expect, it } from 'vitest';
import { frameworkFor } from '../server/frameworks/load';
import {
  gradeFor,
  gradeWithTools,
  isPassing,
  parentScore,
  round2,
  ruleNamed,
  targetStatus,
  toolFromParts,
  toolScore,
  weightedTotal,
} from './framework';

const fw2564 = frameworkFor(2564);
const fw2566 = frameworkFor(2566);

describe('levels 2563-2565', () => {
  it.each([
    [100, 'AA'],
    [95.0, 'AA'],
    [94.99, 'A'],
    [85.0, 'A'],
    [84.99, 'B'],
    [75.0, 'B'],
    [74.99, 'C'],
    [65.0, 'C'],
    [55.0, 'D'],
    [54.99, 'E'],
    [50.0, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('total %d is level %s', (total, level) => {
    expect(gradeFor(fw2564, total).label).toBe(level);
  });
  it('rounds to two decimals before comparing (84.995 from a weighted sum is 85.00)', () => {
    expect(gradeFor(fw2564, 84.9950000001).label).toBe('A');
  });
});

describe('ratings 2566+', () => {
  const all = (v: number) => ({ IIT: v, EIT: v, OIT: v });
  it('needs every tool at 95 for ผ่านดีเยี่ยม', () => {
    expect(gradeFor(fw2566, 95, all(95)).label).toBe('ผ่านดีเยี่ยม');
    expect(gradeFor(fw2566, 96, { IIT: 97, EIT: 99, OIT: 94.99 }).label).toBe('ผ่านดี');
  });
  it('gives ผ่าน to a total of 85 or more with one tool below 85', () => {
    expect(gradeFor(fw2566, 88, { IIT: 90, EIT: 84.99, OIT: 90 }).label).toBe('ผ่าน');
  });
  it('gives ผ่านดี at exactly 85 everywhere', () => {
    expect(gradeFor(fw2566, 85, all(85)).label).toBe('ผ่านดี');
  });
  it('treats a missing tool score as not reaching a per-tool minimum', () => {
    expect(gradeFor(fw2566, 97, { IIT: 97, EIT: 97 }).label).toBe('ผ่าน');
  });
  it.each([
    [84.99, 'ต้องปรับปรุง'],
    [70.0, 'ต้องปรับปรุง'],
    [69.99, 'ต้องปรับปรุงโดยด่วน'],
  ])('total %d is %s', (total, label) => {
    expect(gradeFor(fw2566, total, all(total)).label).toBe(label);
  });
});

describe('ratings 2566+ on four tools (IIT, EIT part 1, EIT part 2, OIT)', () => {
  const four = (iit: number, eit1: number, eit2: number, oit: number) => ({
    IIT: iit,
    EIT1: eit1,
    EIT2: eit2,
    EIT: round2((eit1 + eit2) / 2),
    OIT: oit,
  });
  it.each([2566, 2567, 2568])(
    '%d: a total of 96 with EIT part 2 at 84.99 is ผ่าน, not ผ่านดี',
    (fy) => {
      const g = gradeWithTools(frameworkFor(fy), 96, four(96, 96, 84.99, 96));
      expect(g).toEqual({ rule: expect.objectContaining({ label: 'ผ่าน' }), incomplete: false });
    },
  );
  it.each([
    // total, IIT, EIT1, EIT2, OIT, rating
    [95, 95, 95, 95, 95, 'ผ่านดีเยี่ยม'],
    [100, 100, 100, 100, 100, 'ผ่านดีเยี่ยม'],
    [95, 95, 94.99, 95, 95, 'ผ่านดี'],
    [95, 95, 95, 94.99, 95, 'ผ่านดี'],
    [94.99, 95, 95, 95, 95, 'ผ่านดี'],
    [85, 85, 85, 85, 85, 'ผ่านดี'],
    [96, 96, 84.99, 96, 96, 'ผ่าน'],
    [96, 84.99, 96, 96, 96, 'ผ่าน'],
    [96, 96, 96, 96, 84.99, 'ผ่าน'],
    [85, 85, 85, 85, 84.99, 'ผ่าน'],
    [84.99, 95, 95, 95, 95, 'ต้องปรับปรุง'],
    [70, 70, 70, 70, 70, 'ต้องปรับปรุง'],
    [69.99, 100, 100, 100, 100, 'ต้องปรับปรุงโดยด่วน'],
    [0, 0, 0, 0, 0, 'ต้องปรับปรุงโดยด่วน'],
  ])('total %d, IIT %d, EIT1 %d, EIT2 %d, OIT %d is %s', (total, iit, e1, e2, oit, label) => {
    expect(gradeWithTools(fw2566, total, four(iit, e1, e2, oit))).toEqual({
      rule: expect.objectContaining({ label }),
      incomplete: false,
    });
  });
  it('rates บสย. 2566 ผ่านดี: total 97.59 ≥ 95 but EIT part 1 is 91.15 (news-2566-tcg-tool-scores.txt)', () => {
    const tools = { IIT: 98.5, EIT1: 91.15, EIT2: 95.79, OIT: 100 };
    const eit = toolFromParts(fw2566, 'EIT', tools);
    expect(eit).toBe(93.47);
    expect(round2(0.3 * 98.5 + 0.3 * eit! + 0.4 * 100)).toBe(97.59);
    expect(gradeFor(fw2566, 97.59, { ...tools, EIT: eit }).label).toBe('ผ่านดี');
  });
  it('rates a single EIT on three tools and marks the rating incomplete', () => {
    const g = gradeWithTools(fw2566, 96, { IIT: 96, EIT: 96, OIT: 96 });
    expect(g).toEqual({ rule: expect.objectContaining({ label: 'ผ่านดีเยี่ยม' }), incomplete: true });
    expect(gradeWithTools(fw2566, 96, { IIT: 96, EIT: 84.99, OIT: 96 }).rule.label).toBe('ผ่าน');
  });
  it('marks a rating from the total alone incomplete, and a missing tool reaches no minimum', () => {
    expect(gradeWithTools(fw2566, 97, {})).toEqual({
      rule: expect.objectContaining({ label: 'ผ่าน' }),
      incomplete: true,
    });
  });
  it('never marks letter levels incomplete: they check no tool', () => {
    expect(gradeWithTools(fw2564, 96, {})).toEqual({
      rule: expect.objectContaining({ label: 'AA' }),
      incomplete: false,
    });
  });
  it('derives EIT only when both parts are given', () => {
    expect(toolFromParts(fw2566, 'EIT', { EIT1: 90 })).toBeNull();
    expect(toolFromParts(fw2564, 'EIT', { EIT1: 90, EIT2: 80 })).toBeNull();
    expect(toolFromParts(fw2566, 'EIT', { EIT1: 90, EIT2: 80.01 })).toBe(85.01);
  });
});

describe('rating names as published', () => {
  it('reads ต้องปรับปรุงด่วน (2567 report) as ต้องปรับปรุงโดยด่วน', () => {
    expect(ruleNamed(frameworkFor(2567), 'ต้องปรับปรุงด่วน')?.label).toBe('ต้องปรับปรุงโดยด่วน');
    expect(ruleNamed(frameworkFor(2567), ' ต้องปรับปรุง โดยด่วน')?.label).toBe('ต้องปรับปรุงโดยด่วน');
    expect(ruleNamed(fw2566, 'Pass (good)')?.label).toBe('ผ่านดี');
    expect(ruleNamed(fw2566, 'ดีมาก')).toBeNull();
    expect(ruleNamed(fw2564, 'ต้องปรับปรุงด่วน')).toBeNull();
  });
});

describe('national targets (NACC reports to the Cabinet)', () => {
  it.each([
    [2563, 0.5, null],
    [2564, 0.8, null],
    [2565, 0.8, null],
    [2566, 1, 89],
    [2567, 1, 89],
    [2568, 1, 89],
  ])('%d: share %d at 85 or more, national mean at least %s', (fy, share, mean) => {
    const t = frameworkFor(fy).national_target;
    expect({ min_total: t.min_total, share: t.share, mean_min: t.mean_min }).toEqual({
      min_total: 85,
      share,
      mean_min: mean,
    });
    expect(t.source).toMatch(/cabinet-ita-25\d\d\.txt/);
  });
  it('judges each part: 2566 met the mean of 89 (90.19) and missed 100 % (80.94 %)', () => {
    const s = targetStatus(frameworkFor(2566).national_target, {
      pass_share: 0.8094,
      mean_total: 90.19,
    });
    expect(s.mean).toEqual({ target: 89, actual: 90.19, met: true });
    expect(s.share.met).toBe(false);
    expect(s.met).toBe(false);
  });
  it('has no mean part before 2566: 2565 missed 80 % with 70.52 %', () => {
    const s = targetStatus(frameworkFor(2565).national_target, {
      pass_share: 0.7052,
      mean_total: 87.57,
    });
    expect(s).toEqual({
      share: { target: 0.8, actual: 0.7052, met: false },
      mean: null,
      met: false,
    });
  });
  it('meets a 100 % target only when every agency passes, and a mean target at exactly 89.00', () => {
    const t = { share: 1, mean_min: 89 };
    expect(targetStatus(t, { pass_share: 1, mean_total: 89 }).met).toBe(true);
    expect(targetStatus(t, { pass_share: 0.9999, mean_total: 95 }).share.met).toBe(false);
    expect(targetStatus(t, { pass_share: 1, mean_total: 88.99 }).mean?.met).toBe(false);
  });
});

describe('what the official texts confirm', () => {
  it('confirms levels 2563-2565 and ratings 2566-2567 with their source; 2568 stays unconfirmed', () => {
    for (const fy of [2563, 2564, 2565, 2566, 2567]) {
      const g = frameworkFor(fy).grading;
      expect({ fy, unconfirmed: g.unconfirmed, source: g.source }).toEqual({
        fy,
        unconfirmed: false,
        source: expect.stringMatching(new RegExp(`cabinet-ita-${fy}\\.txt`)),
      });
    }
    expect(frameworkFor(2568).grading.unconfirmed).toBe(true);
  });
  it('confirms tool weights 30/30/40 in 2564 and 2566 only', () => {
    for (const fy of [2563, 2564, 2565, 2566, 2567, 2568]) {
      const tools = frameworkFor(fy).tools;
      expect(tools.map((t) => t.weight)).toEqual([0.3, 0.3, 0.4]);
      const confirmed = fy === 2564 || fy === 2566;
      for (const t of tools) expect(t.unconfirmed.includes('weight')).toBe(!confirmed);
    }
  });
  it("makes E 50.00-54.99 in 2565, not the report's misprinted 55.00-54.99", () => {
    expect(gradeFor(frameworkFor(2565), 50).label).toBe('E');
    expect(gradeFor(frameworkFor(2565), 54.99).label).toBe('E');
    expect(gradeFor(frameworkFor(2565), 49.99).label).toBe('F');
  });
});

describe('pass mark', () => {
  it.each([2563, 2564, 2565, 2566, 2567, 2568])('is 85.00 inclusive in %d', (fy) => {
    const fw = frameworkFor(fy);
    expect(isPassing(fw, 85.0)).toBe(true);
    expect(isPassing(fw, 84.99)).toBe(false);
  });
});

describe('weighted scores', () => {
  it('recomputes the Trat province 2564 average from DOMAIN.md (81.45)', () => {
    const values = [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56];
    const scores = Object.fromEntries(values.map((v, i) => [String(i + 1), v]));
    expect(weightedTotal(fw2564, scores)).toBe(81.45);
  });
  it('recomputes the 2566 example (86.73)', () => {
    const values = [85.21, 70.59, 75.1, 72.88, 73.24, 81.14, 83.12, 76.79, 100, 100];
    const scores = Object.fromEntries(values.map((v, i) => [String(i + 1), v]));
    expect(weightedTotal(fw2566, scores)).toBe(86.73);
  });
  it('gives null when an indicator is missing (never treats missing as zero)', () => {
    expect(weightedTotal(fw2564, { '1': 90 })).toBeNull();
  });
  it('computes tool scores as the weighted mean of their indicators', () => {
    const scores = {
      '1': 90,
      '2': 80,
      '3': 70,
      '4': 60,
      '5': 50,
      '6': 90,
      '7': 90,
      '8': 60,
      '9': 50,
      '10': 100,
    };
    expect(toolScore(fw2564, 'IIT', scores)).toBe(70);
    expect(toolScore(fw2564, 'EIT', scores)).toBe(80);
    expect(toolScore(fw2564, 'OIT', scores)).toBe(75);
  });
  it('computes indicator 10 from its two sub-indicators', () => {
    expect(parentScore(fw2564, '10', { '10.1': 100, '10.2': 12.5 })).toBe(56.25);
  });
  it('rounds halves up at two decimals', () => {
    expect(round2(1.005)).toBe(1.01);
  });
});
