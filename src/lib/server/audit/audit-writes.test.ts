// Every write kind leaves one audit row with its actor, organisations, file, counts and before/after; a failed write leaves none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliActor, type Actor } from '../auth/actor';
import { openDatabase, type Database } from '../db/database';
import { loadDemo } from '../demo/load';
import { commitScoreImport, type ScoreFile } from '../import/import-scores';
import { ingestFiles, ingestReport } from '../ingest/ingest';
import { recordMeasureOverride, recordReportOrgOverride } from '../ingest/overrides';
import { recordReportRoundOverride } from '../ingest/round-override';
import { jaRangReport } from '../ingest/sample-report-text';
import { storeUploadedReport } from '../ingest/web-store';
import { recordAudit } from './record';

const scoreFixture = (name: string): ScoreFile => ({
  name,
  bytes: fs.readFileSync(new URL(`../../../../data/fixtures/scores/${name}`, import.meta.url)),
});

const analyst: Actor = {
  via: 'session',
  userId: 'u-17',
  name: 'somchai',
  role: 'analyst',
  provinces: ['94'],
  orgs: [],
  ip: '203.0.113.9',
};

/** An actor the audit table refuses (via is checked): recording it must fail the write it belongs to. */
const refused = { ...analyst, via: 'carrier-pigeon' } as unknown as Actor;

let db: Database;
let dir: string;
beforeEach(async () => {
  db = await openDatabase(':memory:');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-audit-'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface AuditRow {
  at: string;
  via: string;
  actor_name: string;
  user_id: string | null;
  ip: string | null;
  action: string;
  org_codes: string[];
  province_codes: string[];
  file_hash: string | null;
  file_name: string | null;
  counts: Record<string, unknown> | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  message: string | null;
}

async function audit(): Promise<AuditRow[]> {
  return db.withConnection(async (c) => {
    const rows = (
      await c.runAndReadAll(
        `SELECT strftime(changed_at, '%Y-%m-%dT%H:%M:%SZ') AS at, via, actor_name, user_id, ip, action, org_codes,
           province_codes, file_hash, file_name, counts::VARCHAR AS counts, before::VARCHAR AS before,
           after::VARCHAR AS after, message
         FROM audit_log ORDER BY id`,
      )
    ).getRowObjectsJS() as Record<string, unknown>[];
    const parse = (v: unknown) => (v === null ? null : (JSON.parse(String(v)) as object));
    return rows.map(
      (r) =>
        ({
          ...r,
          counts: parse(r.counts),
          before: parse(r.before),
          after: parse(r.after),
        }) as AuditRow,
    );
  });
}

/** Every table of the database (derived ones included) and the data version, to prove a failed write left no trace. */
async function everything(): Promise<string> {
  return db.withConnection(async (c) => {
    const tables = (
      await c.runAndReadAll(
        `SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND database_name = current_database() ORDER BY 1`,
      )
    )
      .getRows()
      .map((r) => String(r[0]));
    const out: Record<string, unknown> = {};
    for (const t of tables)
      out[t] = (await c.runAndReadAll(`SELECT * FROM "${t}" ORDER BY ALL`)).getRowsJS();
    return JSON.stringify(out, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
  });
}

function reportFile(name: string, measures: [string, string][]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, jaRangReport(measures));
  return file;
}

const MEASURES: [string, string][] = [
  ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', ''],
  ['มาตรการตรวจสอบการใช้ดุลยพินิจ', 'ประกาศหลักเกณฑ์แล้ว'],
];

async function ingestOne(file: string, at = '2026-01-01T00:00:00Z'): Promise<string> {
  const s = await ingestFiles(db, [file], { threads: 0, now: () => new Date(at) });
  const r = [...s.loaded, ...s.loadedWithWarnings][0];
  if (!r) throw new Error(`not loaded: ${JSON.stringify(s.failed)}`);
  return r.hash;
}

describe('score_import', () => {
  it('records the command line user, the file, its organisations and provinces, and the counts', async () => {
    const file = scoreFixture('wide-thai-be.csv');
    const s = await commitScoreImport(db, file);
    expect(s.committed).toBe(true);
    const [row, ...rest] = await audit();
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      via: 'cli',
      actor_name: `cli:${os.userInfo().username}`,
      user_id: null,
      ip: null,
      action: 'score_import',
      // จะรัง and ตะลุโบะ (ปัตตานี, 94), วังกระแจะ (ตราด, named without a code) and เขาสมิง (ตราด, 23).
      org_codes: ['6230107', '6230303', '6940108', '6940907'],
      province_codes: ['23', '94'],
      file_hash: s.hash,
      file_name: 'wide-thai-be.csv',
      before: null,
      after: null,
    });
    // Four organisation-years, all new; three rows of ten indicators and a total, one row of a total alone.
    expect(row!.counts).toMatchObject({
      new: 4,
      changed: 0,
      written: 4,
      orgs_added: 0,
      score_rows: await db.withConnection(async (c) =>
        Number((await c.runAndReadAll(`SELECT count(*) FROM score`)).getRows()[0]![0]),
      ),
    });
  });

  it('records the web actor given, with its user and address', async () => {
    await commitScoreImport(db, scoreFixture('wide-thai-be.csv'), { actor: analyst });
    expect((await audit())[0]).toMatchObject({
      via: 'session',
      actor_name: 'somchai',
      user_id: 'u-17',
      ip: '203.0.113.9',
    });
  });

  it('records nothing when the import fails part-way, and writes nothing when the audit row fails', async () => {
    const before = await everything();
    await expect(
      commitScoreImport(db, scoreFixture('wide-thai-be.csv'), {
        onBeforeWrite: (_y, i) => {
          if (i === 2) throw new Error('disk full (simulated)');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await everything()).toBe(before);
    await expect(
      commitScoreImport(db, scoreFixture('wide-thai-be.csv'), { actor: refused }),
    ).rejects.toThrow();
    expect(await everything()).toBe(before);
  });

  it('records nothing when the file changes nothing', async () => {
    await commitScoreImport(db, scoreFixture('wide-thai-be.csv'));
    await commitScoreImport(db, scoreFixture('wide-thai-be.csv'));
    expect(await audit()).toHaveLength(1);
  });
});

describe('report_store', () => {
  it('records one row per report stored, with its organisation, round and counts', async () => {
    const a = reportFile('a.txt', MEASURES);
    const b = reportFile('b.txt', [['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว']]);
    await ingestFiles(db, [a, b], { threads: 0, now: () => new Date('2026-03-01T04:05:06Z') });
    const rows = await audit();
    expect(rows.map((r) => [r.action, r.file_name, r.actor_name, r.at])).toEqual([
      ['report_store', 'a.txt', `cli:${os.userInfo().username}`, '2026-03-01T04:05:06Z'],
      ['report_store', 'b.txt', `cli:${os.userInfo().username}`, '2026-03-01T04:05:06Z'],
    ]);
    // jaRangReport: อบต.จะรัง (6940907, ปัตตานี), FY 2566, round 6m, one claimed total (2565).
    expect(rows[0]).toMatchObject({
      org_codes: ['6940907'],
      province_codes: ['94'],
      counts: { fiscal_year: 2566, round: '6m', measures: 2, claims: 1, scores: 1, superseded: 0 },
    });
    // b.txt is the same organisation, year and round: it supersedes a.txt.
    expect(rows[1]!.counts).toMatchObject({ measures: 1, superseded: 1 });
  });

  it('records the actor of ingestReport and of a web upload', async () => {
    const bytes = new TextEncoder().encode(jaRangReport(MEASURES));
    await ingestReport(db, { name: 'x.txt', bytes }, { actor: analyst });
    const other = new TextEncoder().encode(jaRangReport(MEASURES, '๘๐.๐๐'));
    await storeUploadedReport(db, { name: 'y.txt', bytes: other }, { actor: analyst });
    expect((await audit()).map((r) => [r.action, r.file_name, r.actor_name, r.ip])).toEqual([
      ['report_store', 'x.txt', 'somchai', '203.0.113.9'],
      ['report_store', 'y.txt', 'somchai', '203.0.113.9'],
    ]);
  });

  it('records the organisation a person chose on upload as an organisation correction too', async () => {
    const bytes = new TextEncoder().encode(jaRangReport(MEASURES));
    await storeUploadedReport(
      db,
      { name: 'chosen.txt', bytes },
      { orgCode: '6940108', who: 'สมชาย', actor: analyst },
    );
    const rows = await audit();
    expect(rows.map((r) => r.action)).toEqual(['report_store', 'org_correction']);
    expect(rows[1]).toMatchObject({
      org_codes: ['6940108', '6940907'],
      before: { org_code: '6940907' },
      after: { org_code: '6940108' },
      file_name: 'chosen.txt',
    });
  });

  it('records nothing for a report whose write fails, even at the last step', async () => {
    const before = await everything();
    const s = await ingestFiles(db, [reportFile('a.txt', MEASURES)], {
      threads: 0,
      afterWrite: (what) => {
        if (what === 'audit') throw new Error('disk full (simulated)');
      },
    });
    expect(s.failed).toHaveLength(1);
    expect(await everything()).toBe(before);
    const refusedRun = await ingestFiles(db, [reportFile('b.txt', MEASURES)], {
      threads: 0,
      actor: refused,
    });
    expect(refusedRun.failed).toHaveLength(1);
    expect(await everything()).toBe(before);
  });
});

describe('corrections', () => {
  it('record a measure correction with before and after, at the correction time', async () => {
    const hash = await ingestOne(reportFile('v1.txt', MEASURES));
    await recordMeasureOverride(db, {
      report_hash: hash,
      seq: 1,
      field: 'status',
      value: 'not_possible',
      reason: { kind: 'no_budget' },
      who: 'สมชาย',
      at: new Date('2026-01-02T08:00:00Z'),
      actor: analyst,
    });
    const row = (await audit()).at(-1)!;
    expect(row).toMatchObject({
      action: 'measure_correction',
      actor_name: 'somchai',
      at: '2026-01-02T08:00:00Z',
      org_codes: ['6940907'],
      province_codes: ['94'],
      file_hash: hash,
      file_name: 'v1.txt',
      // The first measure has no result in the report: not started.
      before: { status: 'not_started', status_reason: null },
      after: { status: 'not_possible', status_reason: 'no_budget' },
    });
    expect(row.message).toContain('สมชาย');
  });

  it('record an organisation correction under both organisations', async () => {
    const hash = await ingestOne(reportFile('v1.txt', MEASURES));
    await recordReportOrgOverride(db, {
      report_hash: hash,
      org_code: '6230107',
      who: 'สมชาย',
      actor: analyst,
    });
    expect((await audit()).at(-1)).toMatchObject({
      action: 'org_correction',
      org_codes: ['6230107', '6940907'],
      province_codes: ['23', '94'],
      before: { org_code: '6940907' },
      after: { org_code: '6230107' },
    });
  });

  it('record a round correction, by the command line when no actor is given', async () => {
    const hash = await ingestOne(reportFile('v1.txt', MEASURES));
    await recordReportRoundOverride(db, { report_hash: hash, round: '12m', who: 'สมชาย' });
    expect((await audit()).at(-1)).toMatchObject({
      action: 'round_correction',
      via: 'cli',
      actor_name: cliActor().name,
      before: { round: '6m' },
      after: { round: '12m' },
    });
  });

  it('leave the database exactly as it was when the audit row cannot be written', async () => {
    const hash = await ingestOne(reportFile('v1.txt', MEASURES));
    const before = await everything();
    const input = { report_hash: hash, who: 'สมชาย', actor: refused };
    await expect(
      recordMeasureOverride(db, { ...input, seq: 1, field: 'status', value: 'completed' }),
    ).rejects.toThrow();
    await expect(recordReportOrgOverride(db, { ...input, org_code: '6230107' })).rejects.toThrow();
    await expect(recordReportRoundOverride(db, { ...input, round: '12m' })).rejects.toThrow();
    // A correction refused for its own reasons records nothing either.
    await expect(
      recordMeasureOverride(db, { ...input, actor: analyst, seq: 9, field: 'status', value: 'x' }),
    ).rejects.toThrow();
    expect(await everything()).toBe(before);
  });
});

describe('demo_load', () => {
  it('records the organisations, provinces and counts of a load, and nothing for a failed one', async () => {
    const before = await everything();
    await expect(
      loadDemo(db, {
        seed: 3,
        provinces: ['23'],
        onProgress: () => {
          throw new Error('stopped (simulated)');
        },
      }),
    ).rejects.toThrow('stopped');
    expect(await everything()).toBe(before);

    const r = await loadDemo(db, { seed: 3, provinces: ['23'] });
    const [row, ...rest] = await audit();
    expect(rest).toEqual([]);
    // Every local government of ตราด in data/registry/dla-lao-registry.csv (44 rows with province_code 23).
    expect(row!.org_codes).toHaveLength(44);
    expect(row).toMatchObject({
      action: 'demo_load',
      via: 'cli',
      province_codes: ['23'],
      file_name: 'demo seed 3',
      counts: { ...r.counts, orgs: 44 },
    });
    await loadDemo(db, { seed: 3, provinces: ['23'] });
    expect(await audit()).toHaveLength(1); // already loaded: nothing written, nothing recorded
  }, 120_000);
});

describe('recordAudit for user and token changes', () => {
  it('keeps the before and after given, and the provinces of a user change', async () => {
    const admin: Actor = { ...analyst, role: 'admin', name: 'admin', userId: 'u-1' };
    await db.transaction(async (c) =>
      recordAudit(c, admin, {
        action: 'user_change',
        provinceCodes: ['94'],
        before: null,
        after: { user: 'somchai', role: 'analyst', provinces: ['94'], disabled: false },
        message: 'added user somchai',
      }),
    );
    expect((await audit())[0]).toMatchObject({
      action: 'user_change',
      actor_name: 'admin',
      org_codes: [],
      province_codes: ['94'],
      after: { user: 'somchai', role: 'analyst' },
    });
  });
});
