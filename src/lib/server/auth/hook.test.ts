// The account part of the server hook: a signed-in writer gets an actor; one who must change a password reads only and is sent to /account.
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { accountOfRequest } from './hook';
import { SESSION_COOKIE } from './policy';
import { createSession } from './sessions';
import { createUser, resetPassword } from './users';

let db: Database;
const SITE = 'http://127.0.0.1:3000';

beforeAll(async () => {
  db = await openDatabase(':memory:');
}, 120_000);
afterAll(() => db.close());

function event(path: string, method: string, cookie: string | null): RequestEvent {
  const jar = new Map(cookie ? [[SESSION_COOKIE, cookie]] : []);
  return {
    url: new URL(path, SITE),
    request: new Request(new URL(path, SITE), {
      method,
      headers: method === 'GET' ? {} : { origin: SITE },
    }),
    cookies: {
      get: (name: string) => jar.get(name),
      set: (name: string, value: string) => jar.set(name, value),
      delete: (name: string) => jar.delete(name),
    },
    getClientAddress: () => '10.1.1.1',
    locals: {},
  } as unknown as RequestEvent;
}

const run = async (e: RequestEvent) => {
  try {
    return { response: await accountOfRequest(e, async () => db), redirect: null };
  } catch (err) {
    if (isRedirect(err)) return { response: null, redirect: err.location };
    throw err;
  }
};

describe('accountOfRequest', () => {
  it('gives a live session its actor; a dead cookie is dropped and the request is public', async () => {
    const { user } = await createUser(db, {
      login: 'writer',
      role: 'officer',
      orgs: ['6940907'],
      password: 'a long enough secret',
    });
    const session = await createSession(db, user, null);
    const ok = event('/api/import/report/store', 'POST', session);
    expect(await run(ok)).toEqual({ response: null, redirect: null });
    expect(ok.locals.actor).toMatchObject({
      via: 'session',
      name: 'writer',
      role: 'officer',
      orgs: ['6940907'],
      ip: '10.1.1.1',
    });

    const dead = event('/import', 'GET', 'not-a-session');
    expect(await run(dead)).toEqual({ response: null, redirect: null });
    expect(dead.locals.actor).toBeNull();
    expect(dead.cookies.get(SESSION_COOKIE)).toBeUndefined();
  });

  it('after an admin reset: reads only, writes refused, pages sent to /account (which still opens)', async () => {
    const { user } = await createUser(db, {
      login: 'reset-me',
      role: 'admin',
      password: 'a long enough secret',
    });
    await resetPassword(db, 'reset-me');
    const session = await createSession(db, { ...user, must_change_password: true }, null);

    const write = await run(event('/api/import/scores/commit', 'POST', session));
    expect(write.response?.status).toBe(403);
    expect((await write.response!.json()).error.code).toBe('must_change_password');
    expect((await run(event('/import', 'GET', session))).redirect).toBe('/account');
    const account = event('/account', 'GET', session);
    expect(await run(account)).toEqual({ response: null, redirect: null });
    expect(account.locals.actor).toBeNull();
    expect(account.locals.user).toMatchObject({ login: 'reset-me', must_change_password: true });
  });
});
