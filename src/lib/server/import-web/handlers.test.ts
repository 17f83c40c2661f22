// The import endpoints end to end on an in-memory database: who may write what, size limit, previews that write nothing, idempotent stores.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { openDatabase, type Database } from '../db/database';
import { rebuildDerived } from '../db/derived';
import { jaRangReport } from '../ingest/sample-report-text';
import { projectPath } from '../paths';
import { loadResolver, type OrgResolver } from '../registry/resolver';
import type { ImportDeps } from './handlers';
import {
  reportCorrection,
  reportPreview,
  reportStore,
  scoreCommit,
  scorePreview,
} from './handlers';
import { loadReportReview } from './report-review';
import { MAX_UPLOAD_BYTES } from './upload';

let db: Database;
let resolver: OrgResolver;

// One database for the file (opening one and building the resolver take seconds); each test starts from no data.
beforeAll(async () => {
  db = await openDatabase(':memory:');
  resolver = await db.withConnection((c) => loadResolver(c));
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.withConnection(async (c) => {
    for (const table of [
      'measure_override',
      'report_org_override',
      'report_round_override',
      'claim',
      'measure',
      'report',
      'score',
      'import_batch',
    ])
      await c.run(`DELETE FROM ${table}`);
    // The derived tables follow the data only through writes that refresh them; rows deleted here behind their back
    // would leave a moved report's measures in measure_current for the next test that stores the same file.
    await rebuildDerived(c);
  });
});

/** The actor of a request (hooks.server.ts makes it from a session or an API token); the name is recorded as who. */
const as = (name: string, role: Actor['role'] = 'admin', scope: Partial<Actor> = {}): Actor => ({
  via: 'session',
  userId: `id-${name}`,
  name,
  role,
  provinces: [],
  orgs: [],
  ip: '127.0.0.1',
  ...scope,
});
const ADMIN = as('สมชาย');

const deps = (actor: Actor | null = ADMIN): ImportDeps => ({
  db,
  actor,
  resolver: async () => resolver,
  now: () => new Date('2026-03-01T09:00:00Z'),
});

const JA_RANG = '000_7b65a3b7a86215a5.txt';
const reportBytes = (name = JA_RANG) => fs.readFileSync(projectPath('data', 'reports', name));
const scoreBytes = (name: string) =>
  fs.readFileSync(projectPath('data', 'fixtures', 'scores', name));

function upload(
  path: string,
  file: { name: string; bytes: Uint8Array },
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
): Request {
  const form = new FormData();
  form.set('file', new File([file.bytes as BlobPart], file.name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return new Request(`http://local${path}`, { method: 'POST', body: form, headers });
}

/** The way the page sends a file: the raw body, its name in x-file-name, options in the query. */
function rawUpload(
  file: { name: string; bytes: Uint8Array },
  query: Record<string, string> = {},
  headers: Record<string, string> = {},
): Request {
  return new Request(`http://local/x?${new URLSearchParams(query)}`, {
    method: 'POST',
    body: file.bytes as BodyInit,
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      ...headers,
    },
  });
}

/** Everything a write could touch, so a test can check that nothing changed. */
async function footprint(): Promise<Record<string, number>> {
  return db.withConnection(async (c) => {
    const r = await c.runAndReadAll(
      `SELECT (SELECT count(*) FROM report)::INTEGER AS report, (SELECT count(*) FROM measure)::INTEGER AS measure,
         (SELECT count(*) FROM claim)::INTEGER AS claim, (SELECT count(*) FROM score)::INTEGER AS score,
         (SELECT count(*) FROM org)::INTEGER AS org, (SELECT count(*) FROM import_batch)::INTEGER AS import_batch,
         (SELECT count(*) FROM measure_override)::INTEGER AS measure_override,
         (SELECT count(*) FROM report_org_override)::INTEGER AS report_org_override,
         (SELECT count(*) FROM report_round_override)::INTEGER AS report_round_override,
         (SELECT CAST(value AS INTEGER) FROM db_meta WHERE key = 'data_version') AS data_version`,
    );
    return r.getRowObjectsJS()[0] as Record<string, number>;
  });
}

describe('report upload: preview', () => {
  it('shows the organisation, year and measures of อบต.จะรัง and writes nothing', async () => {
    const before = await footprint();
    const res = await reportPreview(
      upload('/api/import/report/preview', { name: JA_RANG, bytes: reportBytes() }),
      deps(),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      ok: true,
      file: JA_RANG,
      org: { code: '6940907', district_th: 'ยะหริ่ง', province_th: 'ปัตตานี' },
      detection: { status: 'resolved' },
      fiscal_year: 2565,
      round: null,
      round_evidence: null,
      already: null,
      replaces: [],
    });
    expect(body.measures.every((m: { status_reason: unknown }) => m.status_reason === null)).toBe(
      true,
    );
    // Read from the document: four measures, the last one's ผลผลิต empty.
    expect(body.measures.map((m: { status: string }) => m.status)).toEqual([
      'completed',
      'completed',
      'completed',
      'in_progress',
    ]);
    expect(await footprint()).toEqual(before);
  });

  it('says what decided the round: words in the title of a report that states it', async () => {
    const text = jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว']]);
    const res = await reportPreview(
      rawUpload({ name: 'six.txt', bytes: new TextEncoder().encode(text) }),
      deps(),
    );
    const body = await res.json();
    // The title reads "รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖".
    expect(body).toMatchObject({ round: '6m', round_evidence: { kind: 'stated' } });
  });

  it('previews without any token, even when the server has writes switched off', async () => {
    const res = await reportPreview(
      upload('/api/import/report/preview', { name: JA_RANG, bytes: reportBytes() }),
      deps(null),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).ok).toBe(true);
  });

  it('says clearly that a damaged PDF cannot be read, in Thai and English', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n');
    const body = await (
      await reportPreview(upload('/x', { name: 'report.pdf', bytes: pdf }), deps())
    ).json();
    expect(body).toMatchObject({ ok: false, file: 'report.pdf', error: { code: 'unreadable' } });
    expect(body.error.message).toMatch(/report\.pdf: this PDF is damaged and cannot be read/);
    expect(body.error.message_th).toMatch(/ไฟล์ PDF เสียหาย/);
  });

  it('tells a scanned PDF to go through OCR first, in Thai and English', async () => {
    const scan = fs.readFileSync(projectPath('data', 'fixtures', 'reports', 'pdf', 'scanned.pdf'));
    const body = await (
      await reportPreview(upload('/x', { name: 'scan.pdf', bytes: scan }), deps())
    ).json();
    expect(body).toMatchObject({ ok: false, file: 'scan.pdf', error: { code: 'unsupported' } });
    expect(body.error.message).toBe(
      'scan.pdf: this PDF has 1 page of images and no text; run OCR first',
    );
    expect(body.error.message_th).toBe(
      'ไฟล์ PDF นี้มี 1 หน้าที่เป็นภาพสแกน ไม่มีข้อความ: ให้ทำ OCR ก่อน แล้วอัปโหลดใหม่',
    );
  }, 60_000);

  it('previews a PDF report like its text version', async () => {
    const pdf = fs.readFileSync(
      projectPath('data', 'fixtures', 'reports', 'pdf', '000_7b65a3b7a86215a5.libreoffice.pdf'),
    );
    const body = await (
      await reportPreview(upload('/x', { name: 'report.pdf', bytes: pdf }), deps())
    ).json();
    expect(body).toMatchObject({ ok: true, format: 'pdf', fiscal_year: 2565 });
    expect(body.org.code).toBe('6940907');
    expect(body.measures).toHaveLength(4);
  }, 60_000);

  it('lists the candidates of an ambiguous name (วังกระแจะ is in ตราด and in กาญจนบุรี)', async () => {
    const text = jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว']]).replace(
      'องค์การบริหารส่วนตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี',
      'องค์การบริหารส่วนตำบลวังกระแจะ',
    );
    const body = await (
      await reportPreview(
        upload('/x', { name: 'wk.txt', bytes: new TextEncoder().encode(text) }),
        deps(),
      )
    ).json();
    expect(body.org.code).toBeNull();
    expect(body.detection.status).toBe('ambiguous');
    expect(body.detection.candidates.map((c: { code: string }) => c.code).sort()).toEqual([
      '6230107',
      '6710207',
    ]);
  });
});

describe('report upload: store needs a writer', () => {
  const store = (headers: Record<string, string>, fields: Record<string, string> = {}) =>
    upload('/api/import/report/store', { name: JA_RANG, bytes: reportBytes() }, fields, headers);

  it('asks the public to sign in (401), before reading the file, and stores nothing', async () => {
    const before = await footprint();
    const res = await reportStore(store({}), deps(null));
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body.error.code).toBe('login_required');
    expect(body.error.message).toContain('/login');
    expect(body.error.message).toContain('Authorization: Bearer');
    expect(await footprint()).toEqual(before);
  });

  it('refuses a token in a form field or the query (400: use the header), storing nothing', async () => {
    const before = await footprint();
    for (const res of [
      await reportStore(store({}, { admin_token: 'nope' }), deps()),
      await reportStore(rawUpload({ name: 'a.txt', bytes: reportBytes() }, { token: 'x' }), deps()),
    ]) {
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('token_in_url');
      expect(body.error.message).toContain('Authorization: Bearer');
    }
    expect(await footprint()).toEqual(before);
  });

  it('stores for a writer, once: the same file again changes nothing', async () => {
    const res = await reportStore(store({}), deps());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      ok: true,
      status: 'stored',
      org_code: '6940907',
      fiscal_year: 2565,
      measures: 4,
      superseded: [],
    });
    const after = await footprint();
    expect(after).toMatchObject({ report: 1, measure: 4, import_batch: 1 });

    const again = await (await reportStore(store({}), deps())).json();
    expect(again).toMatchObject({ ok: true, status: 'unchanged', hash: body.hash });
    expect(await footprint()).toEqual(after);

    const preview = await (
      await reportPreview(upload('/x', { name: 'copy.txt', bytes: reportBytes() }), deps())
    ).json();
    expect(preview.already).toMatchObject({ file_name: JA_RANG });
  });

  it('takes the raw body the page sends: Thai file name, options in the query', async () => {
    const name = 'รายงาน จะรัง.txt';
    const refused = await reportStore(rawUpload({ name, bytes: reportBytes() }), deps(null));
    expect(refused.status).toBe(401);
    const res = await reportStore(
      rawUpload({ name, bytes: reportBytes() }, { org_code: '6940907' }, {}),
      deps(),
    );
    expect(await res.json()).toMatchObject({
      ok: true,
      status: 'stored',
      file: name,
      org_code: '6940907',
      org_code_parsed: null,
    });
    // The parser already said 6940907: no correction is recorded.
    expect((await footprint()).report_org_override).toBe(0);
  });

  it('stores the organisation a person picked, with the account that picked it', async () => {
    const text = jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว']]).replace(
      'องค์การบริหารส่วนตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี',
      'องค์การบริหารส่วนตำบลวังกระแจะ',
    );
    const file = { name: 'wk.txt', bytes: new TextEncoder().encode(text) };
    const res = await (
      await reportStore(
        // The form's `who` is not believed: the account is who.
        upload('/x', file, { org_code: '6230107', who: 'someone else' }, {}),
        deps(as('สมศรี')),
      )
    ).json();
    expect(res).toMatchObject({ status: 'stored', org_code: '6230107', org_code_parsed: null });
    const review = await loadReportReview(db, res.hash);
    expect(review?.report).toMatchObject({ org_code: '6230107', editable: true });
    expect(review?.report.org?.province_th).toBe('ตราด');
    expect(review?.history).toEqual([
      {
        kind: 'org',
        seq: null,
        name_th: null,
        field: 'org_code',
        before: null,
        after: '6230107',
        who: 'สมศรี',
        at: '2026-03-01T09:00:00Z',
      },
    ]);
  });

  it('previews which stored report a new version would supersede', async () => {
    const v1 = jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว']]);
    const first = await (
      await reportStore(
        upload('/x', { name: 'v1.txt', bytes: new TextEncoder().encode(v1) }, {}, {}),
        deps(),
      )
    ).json();
    expect(first).toMatchObject({
      status: 'stored',
      org_code: '6940907',
      fiscal_year: 2566,
      round: '6m',
    });
    const v2 = jaRangReport([
      ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว'],
      ['มาตรการจัดทำคู่มือการปฏิบัติงาน', ''],
    ]);
    const file = { name: 'v2.txt', bytes: new TextEncoder().encode(v2) };
    const preview = await (await reportPreview(upload('/x', file), deps())).json();
    expect(preview.replaces).toEqual([
      { hash: first.hash, file_name: 'v1.txt', parsed_at: '2026-03-01T09:00:00Z' },
    ]);
    const second = await (await reportStore(upload('/x', file, {}, {}), deps())).json();
    expect(second.superseded).toEqual([first.hash]);
    expect((await loadReportReview(db, first.hash))?.report).toMatchObject({
      superseded_at: '2026-03-01T09:00:00Z',
      superseded_by: second.hash,
      editable: false,
    });
  });
});

describe('upload size limit', () => {
  it(`refuses a file over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB with 413 and a clear message`, async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    const res = await reportPreview(upload('/x', { name: 'big.txt', bytes: big }), deps());
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.error.code).toBe('too_large');
    expect(body.error.message).toMatch(/big\.txt is 20\.00 MB; files up to 20 MB/);
    expect(body.error.message_th).toMatch(/รับได้ไม่เกิน 20 MB/);
  });
  it('refuses an upload announced as too large before reading it', async () => {
    const req = new Request('http://local/x', {
      method: 'POST',
      body: 'x',
      headers: {
        'content-length': String(MAX_UPLOAD_BYTES * 2),
        'content-type': 'multipart/form-data; boundary=b',
      },
    });
    const res = await scorePreview(req, deps());
    expect(res.status).toBe(413);
  });
  it('refuses a raw body over the limit too', async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    const res = await scorePreview(rawUpload({ name: 'big.csv', bytes: big }), deps());
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toMatch(/^big\.csv is 20\.00 MB/);
  });
  it('asks for a file when none was sent', async () => {
    const form = new FormData();
    form.set('year', '2567');
    const res = await scorePreview(
      new Request('http://local/x', { method: 'POST', body: form }),
      deps(),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('no_file');
  });
});

describe('score upload', () => {
  const file = { name: 'wide-thai-be.csv', bytes: scoreBytes('wide-thai-be.csv') };

  it('previews the dry run (four new organisation-years, no problems) and writes nothing', async () => {
    const before = await footprint();
    const body = await (await scorePreview(upload('/x', file), deps(null))).json();
    expect(body).toMatchObject({
      ok: true,
      shape: 'wide',
      year_basis: 'BE',
      counts: { new: 4, changed: 0, unchanged: 0, rejected: 0 },
      problems: [],
      committed: false,
    });
    expect(await footprint()).toEqual(before);
  });

  it('shows each problem with its row and column, in Thai and English', async () => {
    const body = await (
      await scorePreview(
        upload('/x', { name: 'wide-problems.csv', bytes: scoreBytes('wide-problems.csv') }),
        deps(),
      )
    ).json();
    // Row 9 (บางปู): indicator 3 = 105 in column H.
    const p = body.problems.find(
      (x: { row: number; column: string }) => x.row === 9 && x.column === 'H',
    );
    expect(p).toMatchObject({ severity: 'error', file: 'wide-problems.csv', sheet: null });
    expect(p.message).toMatch(/105/);
    expect(p.message_th).toMatch(/105/);
  });

  it('commits only for a writer; a second commit of the same file finds everything unchanged', async () => {
    expect((await scoreCommit(upload('/x', file), deps(null))).status).toBe(401);
    expect((await footprint()).score).toBe(0);
    const first = await (await scoreCommit(upload('/x', file, {}, {}), deps())).json();
    expect(first).toMatchObject({ ok: true, committed: true, counts: { new: 4 } });
    const again = await (await scoreCommit(upload('/x', file, {}, {}), deps())).json();
    expect(again).toMatchObject({ committed: false, counts: { new: 0, unchanged: 4 } });
  });

  it('names a malformed year option', async () => {
    const res = await scorePreview(rawUpload(file, { year: '25x7' }), deps());
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe('year');
  });

  it('explains a file it cannot read (an old .xls)', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const body = await (
      await scorePreview(upload('/x', { name: 'old.xls', bytes: xls }), deps())
    ).json();
    expect(body).toMatchObject({ ok: false, file: 'old.xls', error: { code: 'unreadable' } });
    expect(body.error.message).toMatch(/\.xlsx or CSV/);
    expect(body.error.message_th).toMatch(/บันทึกเป็น \.xlsx/);
  });
});

describe('corrections on the review screen', () => {
  async function stored(): Promise<string> {
    const res = await reportStore(
      upload('/x', { name: JA_RANG, bytes: reportBytes() }, {}, {}),
      deps(),
    );
    return (await res.json()).hash;
  }
  const correction = (body: unknown) =>
    new Request('http://local/x', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it('needs a writer, records who changed what, and the measure shows the corrected value', async () => {
    const hash = await stored();
    const change = { kind: 'measure', seq: 4, field: 'status', value: 'completed' };
    expect((await reportCorrection(correction(change), deps(null), hash)).status).toBe(401);
    const res = await reportCorrection(correction(change), deps(as('สมชาย')), hash);
    expect(await res.json()).toEqual({ ok: true, before: 'in_progress', after: 'completed' });

    const review = await loadReportReview(db, hash);
    const m4 = review!.measures.find((m) => m.seq === 4)!;
    expect(m4.parsed.status).toBe('in_progress');
    expect(m4.current?.status).toBe('completed');
    expect(m4.corrected).toBe(true);
    expect(review!.history).toEqual([
      {
        kind: 'measure',
        seq: 4,
        name_th: m4.name_th,
        field: 'status',
        before: 'in_progress',
        after: 'completed',
        who: 'สมชาย',
        at: '2026-03-01T09:00:00Z',
      },
    ]);
  });

  it('runs writes sent together one after the other, so neither fails on a conflict', async () => {
    const hash = await stored();
    const other = jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว']]);
    const results = await Promise.all([
      reportCorrection(
        correction({ kind: 'measure', seq: 1, field: 'status', value: 'not_started' }),
        deps(),
        hash,
      ),
      reportStore(
        rawUpload({ name: 'v1.txt', bytes: new TextEncoder().encode(other) }, {}, {}),
        deps(),
      ),
      scoreCommit(
        rawUpload({ name: 'wide-thai-be.csv', bytes: scoreBytes('wide-thai-be.csv') }, {}),
        deps(),
      ),
      reportCorrection(
        correction({ kind: 'measure', seq: 2, field: 'indicators', value: '9.1, 7' }),
        deps(),
        hash,
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(await footprint()).toMatchObject({ report: 2, measure_override: 2, import_batch: 3 });
  });

  it('refuses a value outside the taxonomy with the reason', async () => {
    const hash = await stored();
    const res = await reportCorrection(
      correction({ kind: 'measure', seq: 1, field: 'category', value: 'nonsense' }),
      deps(),
      hash,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/nonsense/);
  });

  it('moves the report to another organisation', async () => {
    const hash = await stored();
    const res = await reportCorrection(
      correction({ kind: 'org', org_code: '6940108' }),
      deps(),
      hash,
    );
    expect(await res.json()).toEqual({ ok: true, before: '6940907', after: '6940108' });
    const review = await loadReportReview(db, hash);
    expect(review!.report).toMatchObject({ org_code_stored: '6940907', org_code: '6940108' });
  });
  it('sets a measure to not_possible with its reason, shown on the review as corrected', async () => {
    const hash = await stored();
    const res = await reportCorrection(
      correction({
        kind: 'measure',
        seq: 4,
        field: 'status',
        value: 'not_possible',
        reason: { kind: 'no_budget', text: 'ไม่ได้รับการจัดสรรงบประมาณ' },
      }),
      deps(),
      hash,
    );
    expect(await res.json()).toEqual({
      ok: true,
      before: 'in_progress',
      after: 'not_possible',
      reason: { before: null, after: 'no_budget: ไม่ได้รับการจัดสรรงบประมาณ' },
    });
    const review = await loadReportReview(db, hash);
    const m4 = review!.measures.find((m) => m.seq === 4)!;
    expect(m4.parsed).toMatchObject({ status: 'in_progress', status_reason: null });
    expect(m4.current).toMatchObject({
      status: 'not_possible',
      status_reason: { kind: 'no_budget', text: 'ไม่ได้รับการจัดสรรงบประมาณ' },
    });
    expect(review!.history.map((h) => [h.field, h.after])).toEqual([
      ['status', 'not_possible'],
      ['status_reason', 'no_budget: ไม่ได้รับการจัดสรรงบประมาณ'],
    ]);
    const bad = await reportCorrection(
      correction({
        kind: 'measure',
        seq: 3,
        field: 'status',
        value: 'not_possible',
        reason: { kind: 'other' },
      }),
      deps(),
      hash,
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message_th).toMatch(
      /บันทึกการแก้ไขไม่ได้: .*say what the reason was/,
    );
  });

  it('sets the round of a report that states none, and the review shows who set it', async () => {
    const hash = await stored();
    expect((await loadReportReview(db, hash))!.report).toMatchObject({
      round: null,
      round_stored: null,
      round_evidence: null,
      round_checked: null,
    });
    const res = await reportCorrection(
      correction({ kind: 'round', round: '12m' }),
      deps(as('สมศรี')),
      hash,
    );
    expect(await res.json()).toEqual({ ok: true, before: null, after: '12m' });
    const review = await loadReportReview(db, hash);
    expect(review!.report).toMatchObject({
      round: '12m',
      round_stored: null,
      round_checked: { who: 'สมศรี', at: '2026-03-01T09:00:00Z' },
    });
    expect(review!.history[0]).toMatchObject({ kind: 'round', before: null, after: '12m' });
    const bad = await reportCorrection(
      correction({ kind: 'round', round: 'six months' }),
      deps(),
      hash,
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/'six months' is not one of 3m, 6m, 9m, 12m/);
    expect(await footprint()).toMatchObject({ report_round_override: 1 });
  });
});

describe('each role writes only its own', () => {
  const JA_RANG_CODE = '6940907'; // ปัตตานี (94)
  const analyst = (...provinces: string[]) => as('นักวิเคราะห์', 'analyst', { provinces });
  const officer = (...orgs: string[]) => as('เจ้าหน้าที่', 'officer', { orgs });
  const report = () => upload('/x', { name: JA_RANG, bytes: reportBytes() });
  const scores = () =>
    upload('/x', { name: 'wide-thai-be.csv', bytes: scoreBytes('wide-thai-be.csv') });
  const json = (body: unknown) =>
    new Request('http://local/x', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it("lets an analyst store and correct their province's report", async () => {
    const res = await (await reportStore(report(), deps(analyst('94')))).json();
    expect(res).toMatchObject({ ok: true, status: 'stored', org_code: JA_RANG_CODE });
    const fix = await reportCorrection(
      json({ kind: 'measure', seq: 4, field: 'status', value: 'completed' }),
      deps(analyst('94')),
      res.hash,
    );
    expect(fix.status).toBe(200);
  });

  it('refuses an analyst writing another province, naming the organisation, and stores nothing', async () => {
    const before = await footprint();
    const res = await reportStore(report(), deps(analyst('23')));
    expect(res.status).toBe(403);
    const { error } = await res.json();
    expect(error.code).toBe('other_province');
    expect(error.message).toContain(`(${JA_RANG_CODE}, ปัตตานี)`);
    expect(error.message).toContain('(ตราด)');
    expect(error.message_th).toContain('ไม่อยู่ในจังหวัดที่คุณได้รับสิทธิ์');
    expect(await footprint()).toEqual(before);
  });

  it('refuses an analyst a score file with organisations of another province, naming them; all of it when allowed', async () => {
    const before = await footprint();
    // The file holds จะรัง and ตะลุโบะ (ปัตตานี, 94), วังกระแจะ and เขาสมิง (ตราด, 23).
    const res = await scoreCommit(scores(), deps(analyst('94')));
    expect(res.status).toBe(403);
    const { error } = await res.json();
    expect(error.code).toBe('other_province');
    expect(error.message).toContain('วังกระแจะ');
    expect(error.message).toContain('เขาสมิง');
    expect(error.message).not.toContain('จะรัง');
    expect(await footprint()).toEqual(before);
    const both = await (await scoreCommit(scores(), deps(analyst('94', '23')))).json();
    expect(both).toMatchObject({ ok: true, committed: true, counts: { new: 4 } });
  });

  it("lets an officer store and correct their organisation's report, and refuses another's", async () => {
    const before = await footprint();
    const refused = await reportStore(report(), deps(officer('6230107')));
    expect(refused.status).toBe(403);
    const { error } = await refused.json();
    expect(error.code).toBe('other_org');
    expect(error.message).toContain(`${JA_RANG_CODE}, ปัตตานี) is not your organisation (6230107)`);
    expect(await footprint()).toEqual(before);

    const res = await (await reportStore(report(), deps(officer(JA_RANG_CODE)))).json();
    expect(res).toMatchObject({ status: 'stored', org_code: JA_RANG_CODE });
    const other = await reportCorrection(
      json({ kind: 'measure', seq: 4, field: 'status', value: 'completed' }),
      deps(officer('6230107')),
      res.hash,
    );
    expect(other.status).toBe(403);
    expect((await other.json()).error.code).toBe('other_org');
    // Moving their report to an organisation that is not theirs is refused too.
    const move = await reportCorrection(
      json({ kind: 'org', org_code: '6230107' }),
      deps(officer(JA_RANG_CODE)),
      res.hash,
    );
    expect(move.status).toBe(403);
    expect((await move.json()).error.message).toContain('6230107');
    const own = await reportCorrection(
      json({ kind: 'measure', seq: 4, field: 'status', value: 'completed' }),
      deps(officer(JA_RANG_CODE)),
      res.hash,
    );
    expect(await own.json()).toMatchObject({ ok: true, after: 'completed' });
    const review = await loadReportReview(db, res.hash);
    expect(review!.history[0]).toMatchObject({ who: 'เจ้าหน้าที่', after: 'completed' });
  });

  it('refuses an officer any score file, even of their own organisation, before reading it', async () => {
    const before = await footprint();
    const res = await scoreCommit(scores(), deps(officer(JA_RANG_CODE)));
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('officer_scores');
    expect(await footprint()).toEqual(before);
  });

  it('lets the public preview but not write', async () => {
    expect((await scorePreview(scores(), deps(null))).status).toBe(200);
    expect((await reportPreview(report(), deps(null))).status).toBe(200);
    expect((await scoreCommit(scores(), deps(null))).status).toBe(401);
    expect((await reportStore(report(), deps(null))).status).toBe(401);
  });
});
