// Summaries of repeated timings (median, p95) and a bounded loop that collects them.

/** The value at quantile q (0..1) of xs, by the nearest-rank method: p95 of 20 samples is the 19th smallest. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);

/** Milliseconds fn takes, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

/**
 * Runs fn over and over until `count` runs or `budgetMs` have passed, whichever comes first (at least once), and
 * returns each run's time: loops stay bounded on a machine that is slower than expected.
 */
export async function boundedLoop(
  fn: (i: number) => Promise<unknown>,
  count: number,
  budgetMs: number,
): Promise<number[]> {
  const times: number[] = [];
  const end = performance.now() + budgetMs;
  for (let i = 0; i < count && (i === 0 || performance.now() < end); i++)
    times.push((await timed(() => fn(i)))[0]);
  return times;
}
