// The admin page's reading of the log (filters, order, pages, exports, the admin-only door) and the org page's org_last_change.
import ExcelJS from 'exceljs';
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../i18n/messages';
import { cliActor, type Actor } from '../auth/actor';
import { openDatabase, type Database } from '../db/database';
import { tableToRows } from '../queries/query-format';
import { queryRunner } from '../queries/query-runner';
import { requireAdmin } from './admin-guard';
import { auditCsv } from './audit-export';
import { auditExport, auditPageData } from './audit-http';
import {
  AUDIT_PAGE_SIZE,
  AuditFilterError,
  auditExportRows,
  auditFilter,
  auditPage,
} from './audit-list';
import { recordAudit, type AuditEntry } from './record';

const person = (name: string, via: Actor['via'] = 'session', role: Actor['role'] = 'analyst') =>
  ({
    via,
    userId: via === 'cli' ? null : `id-${name}`,
    name,
    role,
    provinces: [],
    orgs: [],
    ip: via === 'cli' ? null : '198.51.100.7',
  }) satisfies Actor;

const somchai = person('Somchai');
const malee = person('malee', 'token');
const cli = cliActor('root');

let db: Database;

async function record(actor: Actor, entry: AuditEntry): Promise<void> {
  await db.transaction((c) => recordAudit(c, actor, entry), 'touched');
}

const search = (q: string) => new URLSearchParams(q);
const list = async (q: string, page = 1) => auditPage(db, auditFilter(search(q)), page);
const ids = async (q: string) => (await list(q)).rows.map((r) => r.message);

beforeAll(async () => {
  db = await openDatabase(':memory:');
  // UTC times chosen around Bangkok midnight (UTC+7): 16:59 UTC on 1 March is 23:59 on 1 March in Bangkok,
  // 17:00 UTC is 00:00 on 2 March.
  await record(cli, {
    action: 'demo_load',
    orgCodes: ['6940907', '6230107'],
    message: 'a',
    at: new Date('2026-03-01T16:59:00Z'),
  });
  await record(somchai, {
    action: 'score_import',
    orgCodes: ['6940907'],
    file: { hash: 'f'.repeat(64), name: 'pattani.xlsx' },
    counts: { new: 1 },
    message: 'b',
    at: new Date('2026-03-01T17:00:00Z'),
  });
  await record(malee, {
    action: 'measure_correction',
    orgCodes: ['6230107'],
    before: { status: 'not_started' },
    after: { status: 'completed' },
    message: 'c',
    at: new Date('2026-03-03T02:00:00Z'),
  });
  await record(somchai, {
    action: 'user_change',
    provinceCodes: ['94'],
    after: { user: 'malee' },
    message: '=HYPERLINK("http://x")',
    at: new Date('2026-03-04T02:00:00Z'),
  });
}, 60_000);
afterAll(() => db?.close());

describe('the audit page', () => {
  it('lists newest first, with the organisation names of the rows', async () => {
    const p = await list('');
    expect(p.rows.map((r) => r.message)).toEqual(['=HYPERLINK("http://x")', 'c', 'b', 'a']);
    expect(p).toMatchObject({ total: 4, page: 1, pages: 1 });
    expect(p.orgNames).toEqual({ '6940907': 'อบต.จะรัง', '6230107': 'อบต.วังกระแจะ' });
    expect(p.rows[1]).toMatchObject({
      via: 'token',
      actor_name: 'malee',
      user_id: 'id-malee',
      ip: '198.51.100.7',
      province_codes: ['23'],
      before: '{"status":"not_started"}',
      after: '{"status":"completed"}',
    });
  });

  it('filters by Bangkok dates, actor (any case, any part), action, via, organisation and province', async () => {
    expect(await ids('to=2026-03-01')).toEqual(['a']);
    expect(await ids('from=2026-03-02&to=2026-03-03')).toEqual(['c', 'b']);
    expect(await ids('actor=SOM')).toEqual(['=HYPERLINK("http://x")', 'b']);
    expect(await ids('action=measure_correction')).toEqual(['c']);
    expect(await ids('via=cli')).toEqual(['a']);
    expect(await ids('org=6230107')).toEqual(['c', 'a']);
    expect(await ids('province=94')).toEqual(['=HYPERLINK("http://x")', 'b', 'a']);
    expect(await ids('province=94&action=score_import&actor=somchai')).toEqual(['b']);
    expect(await ids('org=6940108')).toEqual([]);
  });

  it('refuses a bad filter naming it', () => {
    for (const [q, param] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['action=delete_everything', 'action'],
      ['province=9', 'province'],
      ["org=1' OR 1=1", 'org'],
    ] as const) {
      try {
        auditFilter(search(q));
        expect.unreachable(q);
      } catch (err) {
        expect(err).toBeInstanceOf(AuditFilterError);
        expect((err as AuditFilterError).param).toBe(param);
      }
    }
  });

  it('answers a bad filter or page with a 400 that names it', async () => {
    for (const [q, param] of [
      ['from=2026-13-01', 'from'],
      ['page=0', 'page'],
    ]) {
      const err = await auditPageData(db, new URL(`http://x/admin/audit?${q}`)).catch((e) => e);
      expect(isHttpError(err) && err.status).toBe(400);
      expect(err.body.param).toBe(param);
    }
  });

  it('pages by AUDIT_PAGE_SIZE, and the exports hold every filtered row', async () => {
    const other = await openDatabase(':memory:');
    const saved = db;
    db = other;
    try {
      const base = Date.parse('2026-05-01T00:00:00Z');
      await db.transaction((c) =>
        recordAudit(
          c,
          somchai,
          Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
            action: 'report_store' as const,
            message: `r${i}`,
            at: new Date(base + i * 60_000),
          })),
        ),
      );
      const second = await list('', 2);
      expect(second).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, page: 2, pages: 2 });
      expect(second.rows.map((r) => r.message)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
      const all = await auditExportRows(db, {});
      expect(all.rows).toHaveLength(AUDIT_PAGE_SIZE + 5);
    } finally {
      db = saved;
      other.close();
    }
  });
});

describe('the exports', () => {
  it('write the filtered rows as CSV, with lists and JSON as text', async () => {
    const res = await auditExport(
      db,
      new URL('http://x/admin/audit/export?format=csv&org=6230107'),
      'th',
    );
    expect(res.headers.get('content-disposition')).toMatch(/audit-log-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,changed_at_utc,via,actor_name,user_id,ip,action,org_count,org_codes_first_20,province_codes,file_name,file_hash,counts,before,after,message',
    );
    expect(lines.slice(1).map((l) => l.split(',')[6])).toEqual(['measure_correction', 'demo_load']);
    expect(lines[1]).toContain('2026-03-03T02:00:00Z,token,malee,id-malee,198.51.100.7');
    expect(lines[1]).toContain('"{""status"":""not_started""}"');
  });

  it('write XLSX with typed cells: numbers as numbers, text as text', async () => {
    const res = await auditExport(db, new URL('http://x/e?format=xlsx&action=score_import'), 'en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Audit log');
    expect(ws.rowCount).toBe(2);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const row = (ws.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('action')).toBe('score_import');
    expect(cell('org_count')).toBe(1);
    expect(cell('file_name')).toBe('pattani.xlsx');
    expect(cell('counts')).toBe('{"new":1}');
  });

  it('keep the words a person typed, through the shared CSV writer', async () => {
    const { rows } = await auditExportRows(db, { action: 'user_change' });
    const csv = auditCsv(rows);
    // One row: its message is the text a person typed; the quoting is the shared writer's (query-format.ts).
    expect(csv).toContain('HYPERLINK(""http://x"")');
  });

  it('refuse an unknown format', async () => {
    const res = await auditExport(db, new URL('http://x/e?format=pdf'), 'th');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ param: 'format' });
  });
});

describe('the admin-only door', () => {
  const refusal = (locals: Parameters<typeof requireAdmin>[0]) => {
    try {
      requireAdmin(locals);
      return null;
    } catch (err) {
      return isHttpError(err) ? { status: err.status, message: err.body.message } : err;
    }
  };

  it('refuses nobody signed in (401) and a signed-in user who is not an admin (403), in the reader language', () => {
    const t = translator('th');
    expect(refusal({ lang: 'th' })).toEqual({ status: 401, message: t('audit.refused.signin') });
    expect(refusal({ lang: 'en', actor: somchai })).toEqual({
      status: 403,
      message: translator('en')('audit.refused.role'),
    });
    expect(refusal({ lang: 'th', actor: person('boss', 'session', 'admin') })).toBeNull();
  });
});

describe('org_last_change', () => {
  const last = async (code: string) =>
    tableToRows((await queryRunner(db).run('org_last_change', { code })).table);

  it('names the newest write of an organisation: who, how, what and when', async () => {
    expect(await last('6940907')).toEqual([
      {
        changed_at: '2026-03-01T17:00:00Z',
        actor_name: 'Somchai',
        via: 'session',
        action: 'score_import',
      },
    ]);
    expect(await last('6230107')).toEqual([
      {
        changed_at: '2026-03-03T02:00:00Z',
        actor_name: 'malee',
        via: 'token',
        action: 'measure_correction',
      },
    ]);
  });

  it('gives no row for an organisation nobody wrote', async () => {
    expect(await last('6940108')).toEqual([]);
  });

  it('follows a later write', async () => {
    await record(cli, {
      action: 'round_correction',
      orgCodes: ['6940907'],
      at: new Date('2026-04-01T00:00:00Z'),
    });
    expect(await last('6940907')).toMatchObject([
      { actor_name: 'cli:root', via: 'cli', action: 'round_correction' },
    ]);
  });
});
