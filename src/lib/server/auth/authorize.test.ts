// The account rules as a table: each role may do what it may, and is refused what it may not, with the organisations named.
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { cliActor } from './actor';
import { authorize, type OrgTarget } from './authorize';

const actor = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({
  via: 'session',
  userId: 'u1',
  name: role,
  role,
  provinces: [],
  orgs: [],
  ip: '127.0.0.1',
  ...scope,
});
const JA_RANG: OrgTarget = {
  code: '6940907',
  name_th: 'องค์การบริหารส่วนตำบลจะรัง',
  province_code: '94',
  province_th: 'ปัตตานี',
};
const WANG_TRAT: OrgTarget = {
  code: '6230107',
  name_th: 'องค์การบริหารส่วนตำบลวังกระแจะ',
  province_code: '23',
  province_th: 'ตราด',
};
const analyst94 = actor('analyst', { provinces: ['94'] });
const officerJaRang = actor('officer', { orgs: ['6940907'] });

describe('authorize', () => {
  it.each([
    ['admin', actor('admin'), 'score_import', [JA_RANG, WANG_TRAT], true],
    ['admin', actor('admin'), 'user_admin', [], true],
    ['the command line', cliActor('root'), 'report_correct', [WANG_TRAT], true],
    ['analyst, own province', analyst94, 'score_import', [JA_RANG], true],
    ['analyst, own province', analyst94, 'report_store', [JA_RANG], true],
    ['analyst, own province', analyst94, 'report_correct', [JA_RANG], true],
    ['analyst, another province', analyst94, 'score_import', [JA_RANG, WANG_TRAT], false],
    ['analyst, another province', analyst94, 'report_store', [WANG_TRAT], false],
    ['analyst', analyst94, 'user_admin', [], false],
    ['officer, own organisation', officerJaRang, 'report_store', [JA_RANG], true],
    ['officer, own organisation', officerJaRang, 'report_correct', [JA_RANG], true],
    ['officer, another organisation', officerJaRang, 'report_store', [WANG_TRAT], false],
    ['officer, another organisation', officerJaRang, 'report_correct', [JA_RANG, WANG_TRAT], false],
    ['officer, scores of their own', officerJaRang, 'score_import', [JA_RANG], false],
    ['officer', officerJaRang, 'user_admin', [], false],
    ['the public', null, 'report_store', [JA_RANG], false],
    ['the public', null, 'score_import', [], false],
  ] as const)('%s: %s on %j → %s', (_who, a, action, target, allowed) => {
    expect(authorize(a, action, target).ok).toBe(allowed);
  });

  it('tells the public to sign in (401) and says reading needs no account', () => {
    const r = authorize(null, 'report_store', [JA_RANG]);
    expect(r).toMatchObject({ ok: false, status: 401, code: 'login_required' });
    if (!r.ok)
      expect(r.message).toMatch(/Sign in.*Authorization: Bearer.*Reading needs no account/);
  });

  it('names the organisation outside an analyst’s provinces, its province and theirs, in Thai and English', () => {
    const r = authorize(analyst94, 'score_import', [JA_RANG, WANG_TRAT]);
    expect(r).toMatchObject({ ok: false, status: 403, code: 'other_province' });
    if (r.ok) return;
    expect(r.message).toContain('องค์การบริหารส่วนตำบลวังกระแจะ (6230107, ตราด)');
    expect(r.message).toContain('(ปัตตานี)');
    expect(r.message).not.toContain('6940907');
    expect(r.message_th).toContain('ไม่อยู่ในจังหวัดที่คุณได้รับสิทธิ์ (ปัตตานี)');
  });

  it('names the organisation that is not an officer’s own', () => {
    const r = authorize(officerJaRang, 'report_store', [WANG_TRAT]);
    expect(r).toMatchObject({ ok: false, status: 403, code: 'other_org' });
    if (!r.ok) {
      expect(r.message).toContain(
        'องค์การบริหารส่วนตำบลวังกระแจะ (6230107, ตราด) is not your organisation (6940907)',
      );
      expect(r.message_th).toContain('ไม่ใช่หน่วยงานของคุณ');
    }
  });

  it('counts past five refused organisations instead of listing them all', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...WANG_TRAT, code: `623010${i}` }));
    const r = authorize(analyst94, 'score_import', many);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.message).toContain('and 3 more');
    expect(r.message_th).toContain('และอีก 3 แห่ง');
  });

  it('refuses a report whose organisation is unknown to anyone but an admin', () => {
    expect(authorize(officerJaRang, 'report_store', [null])).toMatchObject({ code: 'org_unknown' });
    expect(authorize(analyst94, 'report_store', [null])).toMatchObject({ code: 'org_unknown' });
    expect(authorize(actor('admin'), 'report_store', [null]).ok).toBe(true);
  });
});
