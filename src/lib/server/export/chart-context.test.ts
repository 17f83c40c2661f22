// The server's RowSource: a page's charts that read the same query run its SQL once, and each gets rows of its own.
import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { QueryRunner } from '../queries/query-runner';
import { runnerRows } from './chart-context';

function countingRunner() {
  const calls: string[] = [];
  const runner = {
    run: async (name: string, params?: Record<string, unknown>) => {
      calls.push(`${name} ${JSON.stringify(params ?? {})}`);
      return {
        table: tableFromArrays({ fiscal_year: Int32Array.from([2566, 2567]) }),
        dataVersion: 1,
      };
    },
  } as unknown as QueryRunner;
  return { runner, calls };
}

describe('runnerRows', () => {
  it('runs a query once per source for the same parameters, and hands each reader its own rows', async () => {
    const { runner, calls } = countingRunner();
    const source = runnerRows(runner);
    const [a, b] = await Promise.all([
      source.rows('year_summary', { province: '94' }),
      source.rows('year_summary', { province: '94' }),
    ]);
    expect(calls).toEqual(['year_summary {"province":"94"}']);
    expect(a).toEqual([{ fiscal_year: 2566 }, { fiscal_year: 2567 }]);
    expect(a).not.toBe(b);
    a.reverse();
    expect(b[0]).toEqual({ fiscal_year: 2566 });
  });

  it('runs other parameters, and a new source (the next request) again', async () => {
    const { runner, calls } = countingRunner();
    const source = runnerRows(runner);
    await source.rows('year_summary', { province: '94' });
    await source.rows('year_summary', { province: '95' });
    await runnerRows(runner).rows('year_summary', { province: '94' });
    expect(calls).toHaveLength(3);
  });
});
