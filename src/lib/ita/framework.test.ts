import { describe, expect, it } from 'vitest';
import { frameworkFor } from '../server/frameworks/load';
import { gradeFor, isPassing, parentScore, round2, toolScore, weightedTotal } from './framework';

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
