// A person confirms or changes a report's round (รอบ) on the review screen; measures follow, corrections come along.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { ingestFiles } from './ingest';
import { recordMeasureOverride } from './overrides';
import { recordReportRoundOverride } from './round-override';
import { jaRangReport } from './sample-report-text';

let db: Database;
let dir: string;
beforeEach(async () => {
  db = await openDatabase(':memory:');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-round-'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const MEASURES: [string, string][] = [
  ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', ''],
  ['มาตรการตรวจสอบการใช้ดุลยพินิจ', 'ประกาศหลักเกณฑ์แล้ว'],
];

async function ingestText(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const s = await ingestFiles(db, [file], { now: () => new Date('2026-01-01T00:00:00Z') });
  const r = [...s.loaded, ...s.loadedWithWarnings][0];
  if (!r) throw new Error(`not loaded: ${JSON.stringify(s)}`);
  return r.hash;
}

const query = (sql: string) =>
  db.withConnection(async (c) => (await c.runAndReadAll(sql)).getRowsJS());

describe('recordReportRoundOverride', () => {
  it('confirms the round as read: the same round, marked confirmed', async () => {
    const hash = await ingestText('r.txt', jaRangReport(MEASURES));
    const r = await recordReportRoundOverride(db, {
      report_hash: hash,
      round: '6m',
      who: 'สมชาย',
      at: new Date('2026-01-02T00:00:00Z'),
    });
    expect(r).toEqual({ before: '6m', after: '6m' });
    expect(await query(`SELECT round, round_confirmed FROM report_current`)).toEqual([
      ['6m', true],
    ]);
    expect(
      await query(`SELECT report_hash, value_before, value_after, who FROM report_round_override`),
    ).toEqual([[hash, '6m', '6m', 'สมชาย']]);
  });

  it('moves the measures to the corrected round and carries their corrections along', async () => {
    const hash = await ingestText('r.txt', jaRangReport(MEASURES));
    await recordMeasureOverride(db, {
      report_hash: hash,
      seq: 1,
      field: 'status',
      value: 'not_possible',
      reason: { kind: 'no_staff' },
      who: 'สมชาย',
      at: new Date('2026-01-02T00:00:00Z'),
    });
    const r = await recordReportRoundOverride(db, {
      report_hash: hash,
      round: '12m',
      who: 'สมหญิง',
      at: new Date('2026-01-03T00:00:00Z'),
    });
    expect(r).toEqual({ before: '6m', after: '12m' });
    expect(
      await query(
        `SELECT seq, round, status, status_reason_kind, corrected FROM measure_current ORDER BY seq`,
      ),
    ).toEqual([
      [1, '12m', 'not_possible', 'no_staff', true],
      [2, '12m', 'completed', null, false],
    ]);
    // Changing it back does not copy the same corrections twice.
    await recordReportRoundOverride(db, { report_hash: hash, round: '6m', who: 'ก' });
    await recordReportRoundOverride(db, { report_hash: hash, round: '12m', who: 'ก' });
    expect(
      await query(`SELECT round, count(*) FROM measure_override GROUP BY round ORDER BY round`),
    ).toEqual([
      ['12m', 2n],
      ['6m', 2n],
    ]);
  });

  it('refuses a round another report holds, a round that does not exist, and an unknown report', async () => {
    const six = await ingestText('six.txt', jaRangReport(MEASURES));
    await ingestText('twelve.txt', jaRangReport(MEASURES).replace('รอบ ๖ เดือน', 'รอบ ๑๒ เดือน'));
    await expect(
      recordReportRoundOverride(db, { report_hash: six, round: '12m', who: 'ก' }),
    ).rejects.toThrow(
      /\(twelve\.txt\) is already in force for this organisation, year 2566 and round 12m/,
    );
    await expect(
      recordReportRoundOverride(db, { report_hash: six, round: '7m', who: 'ก' }),
    ).rejects.toThrow(/round: '7m' is not one of 3m, 6m, 9m, 12m/);
    await expect(
      recordReportRoundOverride(db, { report_hash: six, round: '6m', who: ' ' }),
    ).rejects.toThrow(/who: say who/);
    await expect(
      recordReportRoundOverride(db, { report_hash: 'f00', round: '6m', who: 'ก' }),
    ).rejects.toThrow(/report f00 is not in the database/);
    expect(await query(`SELECT count(*) FROM report_round_override`)).toEqual([[0n]]);
  });
});
