import { describe, expect, it } from 'vitest';
import { SeededRandom, seedFrom } from './seeded-random';

const draws = (rng: SeededRandom, n: number): number[] =>
  Array.from({ length: n }, () => rng.next());

describe('SeededRandom', () => {
  it('repeats its sequence for the same parts and differs for other parts', () => {
    expect(draws(new SeededRandom(2567, 'org', '940917'), 20)).toEqual(
      draws(new SeededRandom(2567, 'org', '940917'), 20),
    );
    expect(draws(new SeededRandom(2567, 'org', '940917'), 20)).not.toEqual(
      draws(new SeededRandom(2567, 'org', '940918'), 20),
    );
    expect(draws(new SeededRandom(2567, 'org', '940917'), 20)).not.toEqual(
      draws(new SeededRandom(2568, 'org', '940917'), 20),
    );
  });

  it('hashes parts without gluing them together ambiguously', () => {
    expect(seedFrom('ab', 'c')).not.toBe(seedFrom('a', 'bc'));
    expect(seedFrom(1, 23)).not.toBe(seedFrom(12, 3));
  });

  it('draws uniform numbers in [0, 1) and integers within bounds', () => {
    const rng = new SeededRandom('bounds');
    const u = draws(rng, 10_000);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    expect(u.reduce((a, b) => a + b) / u.length).toBeCloseTo(0.5, 1);
    const ints = Array.from({ length: 5_000 }, () => rng.int(4, 12));
    expect(new Set(ints)).toEqual(new Set([4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it('draws standard normals and binomials with the right moments', () => {
    const rng = new SeededRandom('moments');
    const z = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = z.reduce((a, b) => a + b) / z.length;
    const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
    const k = Array.from({ length: 5_000 }, () => rng.binomial(8, 0.25));
    expect(Math.max(...k)).toBeLessThanOrEqual(8);
    expect(k.reduce((a, b) => a + b) / k.length).toBeCloseTo(2, 1);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = new SeededRandom('weights');
    const counts = [0, 0, 0];
    for (let i = 0; i < 6_000; i++) counts[rng.weightedIndex([1, 0, 2])]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(1.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(2.3);
  });
});
