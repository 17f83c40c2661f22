import { describe, expect, it } from 'vitest';
import { boundedLoop, median, p95, quantile } from './stats';

describe('quantiles', () => {
  it('take the nearest rank', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
    expect(p95(xs)).toBe(19);
    expect(median(xs)).toBe(10);
    expect(quantile(xs, 1)).toBe(20);
    expect(quantile(xs, 0)).toBe(1);
  });
  it('of one value is that value, of none is NaN', () => {
    expect(p95([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});

describe('boundedLoop', () => {
  it('stops at the count', async () => {
    const seen: number[] = [];
    const times = await boundedLoop(async (i) => seen.push(i), 5, 10_000);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(times).toHaveLength(5);
  });
  it('stops when the budget is spent, after at least one run', async () => {
    const times = await boundedLoop(() => new Promise((r) => setTimeout(r, 30)), 100, 50);
    expect(times.length).toBeGreaterThanOrEqual(1);
    expect(times.length).toBeLessThan(5);
  });
});
