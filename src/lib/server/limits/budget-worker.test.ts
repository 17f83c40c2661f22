// The budgeted worker: a job past its time or its heap is stopped with a message naming the limit, and the next job gets a fresh worker.
import { afterEach, describe, expect, it } from 'vitest';
import { manyRowsCsv } from '../../../../scripts/make-hostile-fixtures';
import { bootFile } from '../ingest/parse-pool';
import { BudgetedWorker, exists } from './budget-worker';
import type { FileJob } from './file-readers';
import { FileLimitError, PARSE_BUDGET, parseTimeMs } from './limits';

const boot = bootFile();
const entry = boot ? new URL('../limits/file-worker.ts', boot).href : '';
let worker: BudgetedWorker<FileJob, { sheets: { rows: unknown[] }[] }> | null = null;
afterEach(async () => {
  await worker?.close();
  worker = null;
});

const csv = (text: string): FileJob => ({
  kind: 'sheets',
  file: 'small.csv',
  bytes: new TextEncoder().encode(text),
});

describe('BudgetedWorker', () => {
  it('finds its worker file under vitest', () => {
    expect(exists(boot)).toBe(true);
  });

  it(
    'stops a job past its time, says so in English and Thai, and runs the next job on a fresh worker',
    { timeout: 120_000 },
    async () => {
      worker = new BudgetedWorker(boot!, entry, { ...PARSE_BUDGET, timeoutMs: 300, msPerMb: 0 });
      const big: FileJob = { kind: 'sheets', file: 'slow.csv', bytes: manyRowsCsv(300_000) };
      const err = await worker.run(big, big.bytes.length).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FileLimitError);
      expect((err as FileLimitError).kind).toBe('too_slow');
      expect((err as FileLimitError).message).toBe(
        'slow.csv: this file took too long to read: reading it took more than 0.3 seconds, the most one file may take; it was stopped',
      );
      expect((err as FileLimitError).sentence_th).toContain('ใช้เวลาอ่านนานเกินไป');
      const { value } = await worker.run(csv('a,b\n1,2\n'));
      expect(value.sheets[0]!.rows).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
    },
  );

  it(
    'stops a job past its heap (the worker dies of V8 out-of-memory, not the process) and recovers',
    { timeout: 120_000 },
    async () => {
      worker = new BudgetedWorker(boot!, entry, {
        ...PARSE_BUDGET,
        maxOldGenerationSizeMb: 192,
        maxYoungGenerationSizeMb: 16,
        timeoutMs: 60_000,
      });
      await worker.run(csv('a\n1\n'));
      const big: FileJob = { kind: 'sheets', file: 'big.csv', bytes: manyRowsCsv(600_000) };
      const err = await worker.run(big, big.bytes.length).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FileLimitError);
      expect((err as FileLimitError).kind).toBe('too_large');
      expect((err as FileLimitError).message).toContain(
        'needed more than the 208 MB of memory one file may use',
      );
      const { value } = await worker.run(csv('a\n1\n'));
      expect(value.sheets[0]!.rows).toEqual([['a'], ['1']]);
    },
  );
});

describe('parseTimeMs', () => {
  it('gives every file the base time and a second more per MB', () => {
    expect(parseTimeMs(0)).toBe(PARSE_BUDGET.timeoutMs);
    expect(parseTimeMs(10 * 1024 * 1024)).toBe(PARSE_BUDGET.timeoutMs + 10 * PARSE_BUDGET.msPerMb);
  });
});
