// ita ingest: threads and batches from the flags, a summary that names each failure, no progress bars into a pipe.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeReportCopies } from '../../../scripts/make-report-copies';
import { parseArgs, UsageError } from '../args';
import { ingest } from './ingest';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  try {
    const code = await ingest.run(parseArgs(argv, ingest.booleanFlags));
    return { code, out: out.join('\n'), err: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    stderr.mockRestore();
  }
}

let saved: string | undefined;
let dir: string;
beforeAll(() => {
  saved = process.env.ITA_DB;
  process.env.ITA_DB = ':memory:';
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-ingest-cli-'));
});
afterAll(() => {
  if (saved === undefined) delete process.env.ITA_DB;
  else process.env.ITA_DB = saved;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ita ingest', () => {
  it('parses on the threads asked for, writes the batches asked for, and names the failure', async () => {
    makeReportCopies(4, dir);
    const missing = path.join(dir, 'nowhere.txt');
    const { code, out, err } = await run(dir, missing, '--threads', '2', '--batch', '2', '--quiet');
    expect(code).toBe(1);
    const [counts] = out.split('\n');
    expect(counts).toMatch(/^5 files: loaded \d, loaded with warnings \d, unchanged 0, failed 1$/);
    expect(out).toContain(`failed: ${missing}: no such file or folder`);
    // stderr is not a terminal here: no progress bars.
    expect(err).toBe('');

    const again = await run(dir, '--threads', '2');
    expect(again.code).toBe(0);
    expect(again.out.split('\n')[0]).toBe(
      '4 files: loaded 0, loaded with warnings 0, unchanged 4, failed 0',
    );
  });

  it('says how many threads and transactions the work took', async () => {
    const more = path.join(dir, 'more');
    makeReportCopies(5, more);
    // The first of five copies is the first of the four loaded above; the other four name other SAOs.
    const { out } = await run(more, '--threads', '0', '--batch', '1');
    expect(out.split('\n')[0]).toMatch(/^5 files: .*unchanged 1, failed 0$/);
    expect(out).toMatch(
      /parsed on the main thread in [\d.]+ s; written in 4 transactions, [\d.]+ s/,
    );
  });

  it('refuses a thread count that is not a whole number', async () => {
    await expect(run(dir, '--threads', 'two')).rejects.toThrow(UsageError);
    await expect(run(dir, '--batch', '0')).rejects.toThrow('--batch must be a whole number ≥ 1');
  });
});
