// People's corrections: recorded with who/when/before/after, applied by the views, kept across re-ingestion.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { ingestFiles } from './ingest';
import { OverrideError, recordMeasureOverride, recordReportOrgOverride } from './overrides';
import { jaRangReport } from './sample-report-text';

let db: Database;
let dir: string;

beforeEach(async () => {
  db = await openDatabase(':memory:');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-override-'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function ingestText(name: string, text: string, at: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const s = await ingestFiles(db, [file], { now: () => new Date(at) });
  const r = [...s.loaded, ...s.loadedWithWarnings][0];
  if (!r) throw new Error(`not loaded: ${JSON.stringify(s)}`);
  return r.hash;
}

async function current(): Promise<unknown[][]> {
  return db.withConnection(async (c) =>
    (
      await c.runAndReadAll(
        `SELECT file_name, seq, status, category, indicators, indicator_source, corrected FROM measure_current ORDER BY seq`,
      )
    ).getRowsJS(),
  );
}

const MEASURES: [string, string][] = [
  ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', ''],
  ['มาตรการตรวจสอบการใช้ดุลยพินิจ', 'ประกาศหลักเกณฑ์แล้ว'],
];

describe('recordMeasureOverride', () => {
  it('records who changed what from what, and the views apply it', async () => {
    const hash = await ingestText('v1.txt', jaRangReport(MEASURES), '2026-01-01T00:00:00Z');
    const r = await recordMeasureOverride(db, {
      report_hash: hash,
      seq: 1,
      field: 'status',
      value: 'completed',
      who: 'สมชาย',
      at: new Date('2026-01-02T08:00:00Z'),
    });
    expect(r).toEqual({ before: 'not_started', after: 'completed' });
    const rows = await db.withConnection(async (c) =>
      (await c.runAndReadAll(`SELECT * FROM measure_override`)).getRowsJS(),
    );
    expect(rows).toEqual([
      [
        '6940907',
        2566,
        '6m',
        'เผยแพร่ข้อมูลต่อสาธารณะ',
        'status',
        'not_started',
        'completed',
        'สมชาย',
        new Date('2026-01-02T08:00:00Z'),
      ],
    ]);
    expect((await current())[0]).toEqual([
      'v1.txt',
      1,
      'completed',
      'public_disclosure',
      ['9', '9.1', '7'],
      'inferred',
      true,
    ]);
  });

  it('survives ingesting a newer version of the report', async () => {
    const v1 = await ingestText('v1.txt', jaRangReport(MEASURES), '2026-01-01T00:00:00Z');
    await recordMeasureOverride(db, {
      report_hash: v1,
      seq: 1,
      field: 'status',
      value: 'in_progress',
      who: 'a',
    });
    await recordMeasureOverride(db, {
      report_hash: v1,
      seq: 2,
      field: 'category',
      value: 'work_standards',
      who: 'b',
    });
    await recordMeasureOverride(db, {
      report_hash: v1,
      seq: 2,
      field: 'indicators',
      value: ['3', '9.2'],
      who: 'b',
    });

    // The newer version lists the measures in another order and adds one.
    const newer = jaRangReport([
      MEASURES[1]!,
      ['มาตรการป้องกันการรับสินบน', 'ประกาศนโยบายแล้ว'],
      MEASURES[0]!,
    ]);
    await ingestText('v2.txt', newer, '2026-02-01T00:00:00Z');
    expect(await current()).toEqual([
      ['v2.txt', 1, 'completed', 'work_standards', ['3', '9.2'], 'corrected', true],
      ['v2.txt', 2, 'completed', 'anti_bribery', ['10', '10.2', '1'], 'inferred', false],
      ['v2.txt', 3, 'in_progress', 'public_disclosure', ['9', '9.1', '7'], 'inferred', true],
    ]);
  });

  it('keeps the latest correction and the earlier one as history', async () => {
    const hash = await ingestText('v1.txt', jaRangReport(MEASURES), '2026-01-01T00:00:00Z');
    await recordMeasureOverride(db, {
      report_hash: hash,
      seq: 2,
      field: 'status',
      value: 'in_progress',
      who: 'a',
      at: new Date('2026-01-02T00:00:00Z'),
    });
    const second = await recordMeasureOverride(db, {
      report_hash: hash,
      seq: 2,
      field: 'status',
      value: 'not_started',
      who: 'b',
      at: new Date('2026-01-03T00:00:00Z'),
    });
    expect(second.before).toBe('in_progress');
    expect((await current())[1]![2]).toBe('not_started');
  });

  it('refuses corrections it cannot apply, saying why', async () => {
    const hash = await ingestText('v1.txt', jaRangReport(MEASURES), '2026-01-01T00:00:00Z');
    const base = { report_hash: hash, seq: 1, who: 'a' } as const;
    await expect(
      recordMeasureOverride(db, { ...base, field: 'status', value: 'done' }),
    ).rejects.toThrow(/status: 'done' is not one of completed/);
    await expect(
      recordMeasureOverride(db, { ...base, field: 'category', value: 'nonsense' }),
    ).rejects.toThrow(/not in data\/taxonomy/);
    await expect(
      recordMeasureOverride(db, { ...base, field: 'indicators', value: '4, 11' }),
    ).rejects.toThrow(/11 is not an indicator code/);
    await expect(
      recordMeasureOverride(db, { ...base, field: 'status', value: 'completed', who: ' ' }),
    ).rejects.toThrow(OverrideError);
    await expect(
      recordMeasureOverride(db, { ...base, seq: 9, field: 'status', value: 'completed' }),
    ).rejects.toThrow(/has no measure 9/);
    await expect(
      recordMeasureOverride(db, {
        ...base,
        report_hash: 'f00',
        field: 'status',
        value: 'completed',
      }),
    ).rejects.toThrow(/not in the database/);
  });
});

describe('not_possible with its reason', () => {
  const reasons = async () =>
    db.withConnection(async (c) =>
      (
        await c.runAndReadAll(
          `SELECT seq, status, status_reason_kind, status_reason_text, corrected FROM measure_current ORDER BY seq`,
        )
      ).getRowsJS(),
    );

  it('sets the status and its reason in one correction, and a later reason replaces it', async () => {
    const hash = await ingestText('v1.txt', jaRangReport(MEASURES), '2026-01-01T00:00:00Z');
    const r = await recordMeasureOverride(db, {
      report_hash: hash,
      seq: 1,
      field: 'status',
      value: 'not_possible',
      reason: { kind: 'no_budget', text: '  ไม่ได้รับ\nงบประมาณ ' },
      who: 'สมชาย',
      at: new Date('2026-01-02T00:00:00Z'),
    });
    expect(r).toEqual({
      before: 'not_started',
      after: 'not_possible',
      reason: { before: null, after: 'no_budget: ไม่ได้รับ งบประมาณ' },
    });
    expect((await reasons())[0]).toEqual([1, 'not_possible', 'no_budget', 'ไม่ได้รับ งบประมาณ', true]);
    await recordMeasureOverride(db, {
      report_hash: hash,
      seq: 1,
      field: 'status_reason',
      value: 'policy_changed',
      who: 'สมหญิง',
      at: new Date('2026-01-03T00:00:00Z'),
    });
    expect((await reasons())[0]).toEqual([1, 'not_possible', 'policy_changed', null, true]);
    // Back to completed: the reason no longer shows, without a second correction.
    await recordMeasureOverride(db, {
      report_hash: hash,
      seq: 1,
      field: 'status',
      value: 'completed',
      who: 'สมหญิง',
      at: new Date('2026-01-04T00:00:00Z'),
    });
    expect((await reasons())[0]).toEqual([1, 'completed', null, null, true]);
  });

  it('refuses a reason it cannot keep, saying why, and writes nothing', async () => {
    const hash = await ingestText('v1.txt', jaRangReport(MEASURES), '2026-01-01T00:00:00Z');
    const base = { report_hash: hash, seq: 1, who: 'a' } as const;
    await expect(
      recordMeasureOverride(db, {
        ...base,
        field: 'status',
        value: 'not_possible',
        reason: { kind: 'weather' },
      }),
    ).rejects.toThrow(/'weather' is not one of no_budget, policy_changed, no_staff, other/);
    await expect(
      recordMeasureOverride(db, {
        ...base,
        field: 'status',
        value: 'not_possible',
        reason: { kind: 'other', text: ' ' },
      }),
    ).rejects.toThrow(/with reason 'other', say what the reason was/);
    await expect(
      recordMeasureOverride(db, {
        ...base,
        field: 'status',
        value: 'completed',
        reason: { kind: 'no_budget' },
      }),
    ).rejects.toThrow(/only with status not_possible/);
    await expect(
      recordMeasureOverride(db, { ...base, field: 'status_reason', value: 'no_budget' }),
    ).rejects.toThrow(/has status not_started; a reason is kept only for not_possible/);
    const n = await db.withConnection(async (c) =>
      (await c.runAndReadAll(`SELECT count(*) FROM measure_override`)).getRowsJS(),
    );
    expect(n).toEqual([[0n]]);
  });
});

describe('recordReportOrgOverride', () => {
  /** วังกระแจะ without district or province: two SAOs fit, so the parser leaves the organisation empty. */
  const ambiguous = () =>
    jaRangReport(MEASURES).replaceAll('จะรัง', 'วังกระแจะ').replace('อำเภอยะหริ่ง จังหวัดปัตตานี', '');

  it('sets the organisation of an unresolved report, which brings its measures and scores in', async () => {
    const hash = await ingestText('amb.txt', ambiguous(), '2026-01-01T00:00:00Z');
    expect(await current()).toEqual([]);
    const r = await recordReportOrgOverride(db, {
      report_hash: hash,
      org_code: '6230107',
      who: 'สมหญิง',
    });
    expect(r).toEqual({ before: null, after: '6230107' });
    expect((await current()).map((row) => row[0])).toEqual(['amb.txt', 'amb.txt']);
    const scores = await db.withConnection(async (c) =>
      (
        await c.runAndReadAll(`SELECT org_code, fiscal_year, code, value FROM score_current`)
      ).getRowsJS(),
    );
    expect(scores).toEqual([['6230107', 2565, 'TOTAL', 88.12]]);
  });

  it('moves the scores when the organisation is corrected again, and survives re-ingesting the same file', async () => {
    const hash = await ingestText('amb.txt', ambiguous(), '2026-01-01T00:00:00Z');
    await recordReportOrgOverride(db, {
      report_hash: hash,
      org_code: '6230107',
      who: 'a',
      at: new Date('2026-01-02T00:00:00Z'),
    });
    const again = await recordReportOrgOverride(db, {
      report_hash: hash,
      org_code: '6710207',
      who: 'b',
      at: new Date('2026-01-03T00:00:00Z'),
    });
    expect(again.before).toBe('6230107');
    const s = await ingestFiles(db, [path.join(dir, 'amb.txt')]);
    expect(s.unchanged).toHaveLength(1);
    const live = await db.withConnection(async (c) =>
      (
        await c.runAndReadAll(`SELECT org_code, superseded_at IS NULL FROM score ORDER BY org_code`)
      ).getRowsJS(),
    );
    expect(live).toEqual([
      ['6230107', false],
      ['6710207', true],
    ]);
    const org = await db.withConnection(async (c) =>
      (await c.runAndReadAll(`SELECT org_code FROM report_current`)).getRowsJS(),
    );
    expect(org).toEqual([['6710207']]);
  });

  it('asks for the organisation before a measure of such a report can be corrected', async () => {
    const hash = await ingestText('amb.txt', ambiguous(), '2026-01-01T00:00:00Z');
    const fix = {
      report_hash: hash,
      seq: 1,
      field: 'status',
      value: 'completed',
      who: 'a',
    } as const;
    await expect(recordMeasureOverride(db, fix)).rejects.toThrow(
      /organisation is unknown; set the organisation first/,
    );
    await recordReportOrgOverride(db, { report_hash: hash, org_code: '6230107', who: 'a' });
    await expect(recordMeasureOverride(db, fix)).resolves.toEqual({
      before: 'not_started',
      after: 'completed',
    });
  });

  it('refuses an organisation that is not in the registry', async () => {
    const hash = await ingestText('amb.txt', ambiguous(), '2026-01-01T00:00:00Z');
    await expect(
      recordReportOrgOverride(db, { report_hash: hash, org_code: '999999', who: 'a' }),
    ).rejects.toThrow(/organisation 999999 is not in the registry/);
  });
});
