// Accounts on a real database: create and list, disable and reset, sessions, API tokens, sign-in with lock-out, the first admin.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { createApiToken, listApiTokens, revokeApiToken, tokenUser } from './api-tokens';
import { createFirstAdmin, openSetupIfNoUser, setupOpen } from './first-admin';
import {
  LOCKOUT_WINDOW_MINUTES,
  MAX_FAILURES_PER_IP,
  MAX_FAILURES_PER_LOGIN,
  SESSION_HOURS,
  SESSION_IDLE_HOURS,
} from './policy';
import { AccountError } from './refusal';
import { authenticate } from './request-auth';
import { createSession, endSession, sessionUser } from './sessions';
import { signIn } from './sign-in';
import {
  changePassword,
  createUser,
  findUser,
  listUsers,
  resetPassword,
  setDisabled,
} from './users';

let db: Database;
const PASSWORD = 'a long enough secret';
const T0 = new Date('2026-12-01T08:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  db = await openDatabase(':memory:');
}, 120_000);
afterAll(() => db.close());
beforeEach(async () => {
  await db.withConnection(async (c) => {
    for (const t of ['app_user', 'app_session', 'api_token', 'login_attempt'])
      await c.run(`DELETE FROM ${t}`);
  });
});

const refusalOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    if (err instanceof AccountError) return err.refusal;
    throw err;
  }
  throw new Error('expected an AccountError');
};

describe('users', () => {
  it('creates each role with its scope, lower-cases the login, and stores only a hash', async () => {
    await createUser(db, { login: 'Admin', role: 'admin', password: PASSWORD });
    await createUser(db, {
      login: 'somchai',
      role: 'analyst',
      provinces: ['94', '23'],
      password: PASSWORD,
    });
    const { user, password } = await createUser(db, {
      login: 'jarang',
      role: 'officer',
      orgs: ['6940907'],
    });
    expect(password).toMatch(/^\S{12,}$/);
    expect(user).toMatchObject({ role: 'officer', orgs: ['6940907'], must_change_password: true });
    expect((await listUsers(db)).map((u) => [u.login, u.role, u.provinces, u.orgs])).toEqual([
      ['admin', 'admin', [], []],
      ['jarang', 'officer', [], ['6940907']],
      ['somchai', 'analyst', ['94', '23'], []],
    ]);
    const stored = await db.withConnection(async (c) =>
      (await c.runAndReadAll('SELECT password_hash FROM app_user'))
        .getRows()
        .map((r) => String(r[0])),
    );
    for (const h of stored) {
      expect(h).toMatch(/^scrypt\$/);
      expect(h).not.toContain(PASSWORD);
      expect(h).not.toContain(password!);
    }
  });

  it.each([
    [{ login: 'x', role: 'admin', password: PASSWORD }, 'bad_login'],
    [{ login: 'someone', role: 'root', password: PASSWORD }, 'bad_role'],
    [{ login: 'someone', role: 'admin', password: 'short' }, 'weak_password'],
    [{ login: 'someone', role: 'analyst', password: PASSWORD }, 'no_scope'],
    [
      { login: 'someone', role: 'analyst', provinces: ['99'], password: PASSWORD },
      'unknown_province',
    ],
    [{ login: 'someone', role: 'officer', orgs: ['1234567'], password: PASSWORD }, 'unknown_org'],
  ])('refuses %j (%s) and creates nothing', async (input, code) => {
    expect(await refusalOf(createUser(db, input))).toMatchObject({ code });
    expect(await listUsers(db)).toEqual([]);
  });

  it('refuses a second account with the same login, in any case', async () => {
    await createUser(db, { login: 'somchai', role: 'admin', password: PASSWORD });
    expect(
      await refusalOf(createUser(db, { login: 'SomChai', role: 'admin', password: PASSWORD })),
    ).toMatchObject({
      status: 409,
      code: 'login_taken',
    });
  });
});

describe('sign-in and sessions', () => {
  it('signs in with the right password, and the session names the account until sign-out', async () => {
    await createUser(db, { login: 'somchai', role: 'admin', password: PASSWORD });
    const r = await signIn(db, { login: ' SOMCHAI ', password: PASSWORD, ip: '10.0.0.1' }, T0);
    if (!r.ok) throw new Error(r.message);
    expect((await sessionUser(db, r.session, minutes(1)))?.login).toBe('somchai');
    const stored = await db.withConnection(async (c) =>
      (await c.runAndReadAll('SELECT id_hash FROM app_session')).getRows(),
    );
    expect(stored.flat()).not.toContain(r.session);
    await endSession(db, r.session);
    expect(await sessionUser(db, r.session, minutes(2))).toBeNull();
  });

  it('ends a session after its life, after idleness, and when the account is disabled', async () => {
    const { user } = await createUser(db, { login: 'somchai', role: 'admin', password: PASSWORD });
    const s = await createSession(db, user, null, T0);
    expect(await sessionUser(db, s, minutes(SESSION_IDLE_HOURS * 60 - 1))).not.toBeNull();
    // Each request moves last_seen, so only the absolute life ends a busy session.
    for (let h = 2; h < SESSION_HOURS; h += 1)
      expect(await sessionUser(db, s, minutes(h * 60))).not.toBeNull();
    expect(await sessionUser(db, s, minutes(SESSION_HOURS * 60 + 1))).toBeNull();
    const idle = await createSession(db, user, null, T0);
    expect(await sessionUser(db, idle, minutes(SESSION_IDLE_HOURS * 60 + 1))).toBeNull();
    const live = await createSession(db, user, null, T0);
    await setDisabled(db, 'somchai', true);
    expect(await sessionUser(db, live, minutes(1))).toBeNull();
  });

  it('says the same for an unknown login and a wrong password, and names a disabled account only to its owner', async () => {
    await createUser(db, { login: 'somchai', role: 'admin', password: PASSWORD });
    const unknown = await signIn(db, { login: 'nobody', password: PASSWORD, ip: null }, T0);
    const wrong = await signIn(
      db,
      { login: 'somchai', password: 'not the password', ip: null },
      T0,
    );
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ ok: false, status: 401, code: 'wrong_login' });
    await setDisabled(db, 'somchai', true);
    expect(
      await signIn(db, { login: 'somchai', password: 'still wrong!', ip: null }, T0),
    ).toMatchObject({
      code: 'wrong_login',
    });
    expect(await signIn(db, { login: 'somchai', password: PASSWORD, ip: null }, T0)).toMatchObject({
      status: 403,
      code: 'disabled',
    });
    await setDisabled(db, 'somchai', false);
    expect((await signIn(db, { login: 'somchai', password: PASSWORD, ip: null }, T0)).ok).toBe(
      true,
    );
  });

  it(`locks a login after ${MAX_FAILURES_PER_LOGIN} failures within ${LOCKOUT_WINDOW_MINUTES} minutes, even for the right password, then lets it in`, async () => {
    await createUser(db, { login: 'somchai', role: 'admin', password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++)
      expect(
        await signIn(
          db,
          { login: 'somchai', password: `guess ${i} wrong`, ip: `10.0.0.${i}` },
          minutes(i),
        ),
      ).toMatchObject({ code: 'wrong_login' });
    const locked = await signIn(
      db,
      { login: 'somchai', password: PASSWORD, ip: '10.9.9.9' },
      minutes(5),
    );
    expect(locked).toMatchObject({ ok: false, status: 429, code: 'locked' });
    // The first failure (minute 0) leaves the window at minute 15: 10 minutes left at minute 5.
    if (!locked.ok) expect(locked.message).toContain(`${LOCKOUT_WINDOW_MINUTES - 5} more minute`);
    expect(
      (
        await signIn(
          db,
          { login: 'somchai', password: PASSWORD, ip: '10.9.9.9' },
          minutes(LOCKOUT_WINDOW_MINUTES + 1),
        )
      ).ok,
    ).toBe(true);
    // A success clears the login's count.
    expect(
      await signIn(
        db,
        { login: 'somchai', password: 'wrong again', ip: null },
        minutes(LOCKOUT_WINDOW_MINUTES + 2),
      ),
    ).toMatchObject({ code: 'wrong_login' });
  });

  it(`locks an address after ${MAX_FAILURES_PER_IP} failures over any logins`, async () => {
    await createUser(db, { login: 'somchai', role: 'admin', password: PASSWORD });
    // Recorded directly: twenty scrypt checks would only slow the test.
    await db.withConnection((c) =>
      c.run(
        `INSERT INTO login_attempt SELECT 'user' || i, '10.6.6.6', TIMESTAMP '2026-12-01 08:00:00' + INTERVAL (i) SECOND, false
         FROM range(${MAX_FAILURES_PER_IP}) t(i)`,
      ),
    );
    expect(
      await signIn(db, { login: 'somchai', password: PASSWORD, ip: '10.6.6.6' }, minutes(1)),
    ).toMatchObject({
      status: 429,
      code: 'locked',
    });
    expect(
      (await signIn(db, { login: 'somchai', password: PASSWORD, ip: '10.7.7.7' }, minutes(1))).ok,
    ).toBe(true);
  });

  it('an admin reset sets a new password that must be changed, and ends the sessions', async () => {
    const { user } = await createUser(db, { login: 'somchai', role: 'admin', password: PASSWORD });
    const s = await createSession(db, user, null, T0);
    const given = await resetPassword(db, 'somchai');
    expect(await sessionUser(db, s, minutes(1))).toBeNull();
    expect((await signIn(db, { login: 'somchai', password: PASSWORD, ip: null }, T0)).ok).toBe(
      false,
    );
    const r = await signIn(db, { login: 'somchai', password: given, ip: null }, minutes(1));
    if (!r.ok) throw new Error(r.message);
    expect(r.user.must_change_password).toBe(true);
    expect(
      await refusalOf(changePassword(db, r.user, 'not it at all', 'a brand new secret')),
    ).toMatchObject({
      code: 'wrong_password',
    });
    await changePassword(db, r.user, given, 'a brand new secret');
    expect((await findUser(db, 'somchai'))!.must_change_password).toBe(false);
    expect(
      (await signIn(db, { login: 'somchai', password: 'a brand new secret', ip: null }, minutes(2)))
        .ok,
    ).toBe(true);
  });
});

describe('API tokens', () => {
  it('works until revoked or its account is disabled; stored hashed; last use recorded', async () => {
    await createUser(db, {
      login: 'somchai',
      role: 'analyst',
      provinces: ['94'],
      password: PASSWORD,
    });
    const { id, token } = await createApiToken(db, 'somchai', 'nightly import', T0);
    expect(token).toMatch(/^ita_/);
    expect((await tokenUser(db, token, minutes(3)))?.login).toBe('somchai');
    const [info] = await listApiTokens(db, 'somchai');
    expect(info).toMatchObject({
      id,
      name: 'nightly import',
      last_used: '2026-12-01 08:03:00',
      revoked: null,
    });
    const raw = await db.withConnection(async (c) =>
      (await c.runAndReadAll('SELECT * FROM api_token')).getRows().flat().map(String),
    );
    expect(raw).not.toContain(token);
    await setDisabled(db, 'somchai', true);
    expect(await tokenUser(db, token)).toBeNull();
    await setDisabled(db, 'somchai', false);
    await revokeApiToken(db, id, minutes(5));
    expect(await tokenUser(db, token)).toBeNull();
    expect((await listApiTokens(db))[0]!.revoked).toBe('2026-12-01 08:05:00');
  });
});

describe('authenticate (every request)', () => {
  const post = (url: string, headers: Record<string, string> = {}) =>
    new Request(url, { method: 'POST', headers, body: 'x' });
  const site = 'http://127.0.0.1:3000';

  it('refuses a token in the URL, the old admin header, a bad bearer token, and cross-origin writes', async () => {
    const { user } = await createUser(db, { login: 'somchai', role: 'admin', password: PASSWORD });
    const { token } = await createApiToken(db, 'somchai', 'script');
    const session = await createSession(db, user, null);
    const open = () => Promise.resolve(db);
    const call = (req: Request, cookie: string | null = null) =>
      authenticate(open, req, new URL(req.url), cookie, '10.0.0.1');

    const inUrl = await call(post(`${site}/api/import/scores/commit?admin_token=abc`));
    expect(inUrl.refusal).toMatchObject({ status: 400, code: 'token_in_url' });
    expect(inUrl.refusal!.message).toContain('Authorization: Bearer');
    expect((await call(post(`${site}/api/x?token=${token}`))).refusal?.code).toBe('token_in_url');
    expect((await call(post(`${site}/api/x`, { 'x-ita-admin-token': 'old' }))).refusal?.code).toBe(
      'admin_token_removed',
    );
    expect(
      (await call(post(`${site}/api/x`, { authorization: 'Bearer ita_nope' }))).refusal?.code,
    ).toBe('token_invalid');

    const byToken = await call(post(`${site}/api/x`, { authorization: `Bearer ${token}` }));
    expect(byToken.actor).toMatchObject({
      via: 'token',
      name: 'somchai',
      role: 'admin',
      ip: '10.0.0.1',
    });
    const tokenElsewhere = await call(
      post(`${site}/api/x`, { authorization: `Bearer ${token}`, origin: 'https://evil.example' }),
    );
    expect(tokenElsewhere.refusal).toMatchObject({ status: 403, code: 'cross_origin' });

    const bySession = await call(post(`${site}/api/x`, { origin: site }), session);
    expect(bySession.actor).toMatchObject({ via: 'session', name: 'somchai' });
    expect(
      (await call(post(`${site}/api/x`, { origin: 'https://evil.example' }), session)).refusal
        ?.code,
    ).toBe('cross_origin');
    // A cookie without an Origin is not this site's page (browsers send Origin with every POST).
    expect((await call(post(`${site}/api/x`), session)).refusal?.code).toBe('cross_origin');
    // Reads are not writes: a GET from anywhere is answered.
    const read = await call(
      new Request(`${site}/api/query/x`, { headers: { origin: 'https://a.example' } }),
      session,
    );
    expect(read.refusal).toBeNull();
  });

  it('does not open the database for a public request', async () => {
    let opened = 0;
    const r = await authenticate(
      () => ((opened += 1), Promise.resolve(db)),
      post(`${site}/api/import/scores/preview`),
      new URL(`${site}/api/import/scores/preview`),
      null,
      null,
    );
    expect(r).toEqual({ actor: null, user: null, refusal: null });
    expect(opened).toBe(0);
  });
});

describe('the first admin', () => {
  it('prints a one-time code when there is no account; the code creates one admin, then is dead', async () => {
    const log: string[] = [];
    expect(await openSetupIfNoUser(db, (l) => log.push(l))).toBe(true);
    const code = /setup code ([A-Z0-9-]+)/.exec(log[0]!)![1]!;
    expect(log[0]).toContain('/setup');
    expect(
      await refusalOf(
        createFirstAdmin(db, {
          code: 'AAAA-BBBB-CCCC-DDDD',
          login: 'first',
          displayName: null,
          password: PASSWORD,
        }),
      ),
    ).toMatchObject({ code: 'bad_setup_code' });
    const admin = await createFirstAdmin(db, {
      code: code.toLowerCase(),
      login: 'first',
      displayName: 'ผู้ดูแล',
      password: PASSWORD,
    });
    expect(admin).toMatchObject({
      login: 'first',
      role: 'admin',
      display_name: 'ผู้ดูแล',
      must_change_password: false,
    });
    expect(setupOpen()).toBe(false);
    expect(
      await refusalOf(
        createFirstAdmin(db, { code, login: 'second', displayName: null, password: PASSWORD }),
      ),
    ).toMatchObject({ code: 'bad_setup_code' });
    expect(await openSetupIfNoUser(db, (l) => log.push(l))).toBe(false);
    expect(log).toHaveLength(1);
  });
});
