// The role check of web writes: a replica refuses everyone, the public is asked to sign in, organisations are looked up in the registry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, type Actor } from '../auth/actor';
import { openDatabase, type Database } from '../db/database';
import { checkOrgs, checkWriteAccess } from './write-access';

const analyst94: Actor = { ...cliActor(), via: 'token', role: 'analyst', provinces: ['94'] };

describe('checkWriteAccess (before the body is read)', () => {
  it('refuses every write on a read-only replica, whoever asks, naming the writer', () => {
    for (const who of [null, cliActor(), analyst94]) {
      const r = checkWriteAccess(who, 'report_store', true);
      expect(r).toMatchObject({ ok: false, status: 403, code: 'read_only' });
    }
  });
  it('asks the public to sign in, lets an admin and an analyst on, stops an officer at score files', () => {
    expect(checkWriteAccess(null, 'report_store', false)).toMatchObject({
      status: 401,
      code: 'login_required',
    });
    expect(checkWriteAccess(cliActor(), 'score_import', false)).toEqual({ ok: true });
    expect(checkWriteAccess(analyst94, 'score_import', false)).toEqual({ ok: true });
    const officer: Actor = { ...analyst94, role: 'officer', provinces: [], orgs: ['6940907'] };
    expect(checkWriteAccess(officer, 'score_import', false)).toMatchObject({
      code: 'officer_scores',
    });
  });
});

describe('checkOrgs (the organisations a write touches)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(':memory:');
  }, 120_000);
  afterAll(() => db.close());

  it("looks each organisation's province up in the registry", async () => {
    expect(await checkOrgs(db, analyst94, 'report_store', ['6940907', '6940108'])).toEqual({
      ok: true,
    });
    const r = await checkOrgs(db, analyst94, 'report_store', ['6940907', '6230107']);
    expect(r).toMatchObject({ ok: false, code: 'other_province' });
    if (!r.ok) expect(r.message).toContain('องค์การบริหารส่วนตำบลวังกระแจะ (6230107, ตราด)');
  });
  it('refuses a code the registry does not know, naming it, and an unknown organisation', async () => {
    const r = await checkOrgs(db, analyst94, 'report_correct', ['9999999']);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.message).toContain('9999999');
    expect(await checkOrgs(db, analyst94, 'report_store', [null])).toMatchObject({
      code: 'org_unknown',
    });
    expect(await checkOrgs(db, cliActor(), 'report_store', [null, '9999999'])).toEqual({
      ok: true,
    });
  });
});
