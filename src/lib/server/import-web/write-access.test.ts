// The token rule for web writes: off without ITA_ADMIN_TOKEN, 401 without a token, 403 with a wrong one, constant-time equality.
import { describe, expect, it } from 'vitest';
import {
  checkWriteAccess,
  configuredAdminToken,
  presentedToken,
  tokensEqual,
} from './write-access';

describe('configuredAdminToken', () => {
  it.each([
    [{}, null],
    [{ ITA_ADMIN_TOKEN: '' }, null],
    [{ ITA_ADMIN_TOKEN: '   ' }, null],
    [{ ITA_ADMIN_TOKEN: ' s3cret ' }, 's3cret'],
  ])('%j → %s', (env, expected) => {
    expect(configuredAdminToken(env)).toBe(expected);
  });
});

describe('tokensEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['', 'abc', false],
    ['รหัสลับ', 'รหัสลับ', true],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(tokensEqual(a, b)).toBe(expected);
  });
});

describe('checkWriteAccess', () => {
  it('refuses every write, whatever is presented, when the server has no token, and says how to enable writes', () => {
    for (const presented of [null, '', 'anything']) {
      const r = checkWriteAccess(presented, null);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.status).toBe(403);
      expect(r.code).toBe('writes_disabled');
      expect(r.message).toContain('ITA_ADMIN_TOKEN');
      expect(r.message_th).toContain('ITA_ADMIN_TOKEN');
      expect(r.message_th).toMatch(/ตั้งค่า/);
    }
  });
  it('asks for the token (401) when none is presented, refuses a wrong one (403), accepts the right one', () => {
    expect(checkWriteAccess(null, 'tok')).toMatchObject({
      ok: false,
      status: 401,
      code: 'token_missing',
    });
    expect(checkWriteAccess('  ', 'tok')).toMatchObject({
      ok: false,
      status: 401,
      code: 'token_missing',
    });
    expect(checkWriteAccess('tok2', 'tok')).toMatchObject({
      ok: false,
      status: 403,
      code: 'token_wrong',
    });
    expect(checkWriteAccess(' tok ', 'tok')).toEqual({ ok: true });
  });
});

describe('presentedToken', () => {
  it('takes the header first, then the form field', () => {
    const form = new FormData();
    form.set('admin_token', 'from-form');
    expect(presentedToken(new Headers({ 'x-ita-admin-token': 'from-header' }), form)).toBe(
      'from-header',
    );
    expect(presentedToken(new Headers(), form)).toBe('from-form');
    expect(presentedToken(new Headers(), null)).toBeNull();
  });
});
