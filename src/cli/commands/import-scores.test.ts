import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, UsageError } from '../args';
import { importScores } from './import-scores';

const FIXTURES = 'data/fixtures/scores';

/** Runs the command with an in-memory database and returns its exit code and what it printed. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await importScores.run(parseArgs(argv, importScores.booleanFlags));
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

let saved: string | undefined;
beforeAll(() => {
  saved = process.env.ITA_DB;
  process.env.ITA_DB = ':memory:';
});
afterAll(() => {
  if (saved === undefined) delete process.env.ITA_DB;
  else process.env.ITA_DB = saved;
});

describe('ita import-scores', () => {
  it('--dry-run --json prints the summary contract and exits 1 when rows are rejected', async () => {
    const { code, out } = await run(`${FIXTURES}/wide-problems.csv`, '--dry-run', '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(Object.keys(json).slice(0, 5)).toEqual([
      'shape',
      'year_basis',
      'columns',
      'counts',
      'problems',
    ]);
    expect(json.shape).toBe('wide');
    expect(json.year_basis).toBe('BE');
    expect(json.columns.I3).toBe('score:3');
    expect(json.counts).toEqual({ new: 4, changed: 0, unchanged: 0, rejected: 11 });
    expect(json.problems[7]).toEqual({
      severity: 'error',
      file: 'wide-problems.csv',
      sheet: null,
      row: 9,
      column: 'H',
      message: 'score 105 is outside 0-100',
      message_th: 'คะแนน 105 อยู่นอกช่วง 0-100',
    });
    expect(json.committed).toBe(false);
  });

  it('prints a readable summary and commits, then finds nothing to change the second time', async () => {
    const first = await run(`${FIXTURES}/wide-thai-be.csv`);
    expect(first.code).toBe(0);
    expect(first.out).toContain('organisation-years: new 4, changed 0, unchanged 0, rejected 0');
    expect(first.out).toContain('  คะแนน ITA                 → score:TOTAL');
    expect(first.out).toContain(
      'years are Buddhist Era (พ.ศ.): fiscal years 2564, 2567; taken from the year column',
    );
    const second = await run(`${FIXTURES}/wide-thai-be.csv`);
    expect(second.out).toContain('organisation-years: new 0, changed 0, unchanged 4, rejected 0');
    expect(second.out).toContain('nothing to write');
  });

  it('exits 2 on a file it cannot read, and refuses a missing file as a usage error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-test-'));
    const fake = path.join(dir, 'scores.xlsx');
    fs.writeFileSync(fake, 'รหัส,คะแนนรวม\n6940907,90\n');
    try {
      const { code, err } = await run(fake, '--dry-run');
      expect(code).toBe(2);
      expect(err).toBe(
        'ita import-scores: scores.xlsx: the name says XLSX but the content is not a workbook / ชื่อไฟล์เป็น XLSX แต่เนื้อหาไม่ใช่',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await expect(run(`${FIXTURES}/no-such-file.csv`)).rejects.toThrow(UsageError);
  });
});
