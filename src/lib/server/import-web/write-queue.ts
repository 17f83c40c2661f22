// Web writes run one at a time per process: two DuckDB transactions that both rebuild the derived tables conflict.

let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs fn after every write queued before it has finished. Each write transaction rebuilds score_current, org_year
 * and measure_current (see db/derived.ts); two at once fail with "Conflict on tuple deletion", so a store, a score
 * commit and a correction sent together wait for each other instead.
 */
export function oneWriteAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const run = tail.then(fn, fn);
  tail = run.catch(() => undefined);
  return run;
}
