// Account and token changes are writes too: each leaves an audit row with before/after, never a password or a token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { createApiToken, revokeApiToken } from './api-tokens';
import { createUser, resetPassword, setDisabled } from './users';

let db: Database;
beforeAll(async () => {
  db = await openDatabase(':memory:');
});
afterAll(() => db.close());

const rows = async () =>
  db.withConnection(
    async (c) =>
      (
        await c.runAndReadAll(
          `SELECT action, via, actor_name, province_codes, before::VARCHAR AS before, after::VARCHAR AS after, message
           FROM audit_log ORDER BY id`,
        )
      ).getRowObjectsJS() as Record<string, unknown>[],
  );

describe('account changes in the audit log', () => {
  it('records adding, disabling and resetting a user and making and revoking a token, by the CLI user', async () => {
    const { password } = await createUser(db, {
      login: 'somchai',
      role: 'analyst',
      provinces: ['94'],
    });
    await setDisabled(db, 'somchai', true);
    const reset = await resetPassword(db, 'somchai');
    const made = await createApiToken(db, 'somchai', 'nightly import');
    await revokeApiToken(db, made.id);

    const log = await rows();
    expect(log.map((r) => r.action)).toEqual([
      'user_change',
      'user_change',
      'user_change',
      'token_change',
      'token_change',
    ]);
    expect(log.every((r) => r.via === 'cli' && String(r.actor_name).startsWith('cli:'))).toBe(true);
    expect(log[0]).toMatchObject({ province_codes: ['94'], before: null });
    expect(JSON.parse(String(log[0]!.after))).toEqual({
      user: 'somchai',
      role: 'analyst',
      provinces: ['94'],
      orgs: [],
      disabled: false,
    });
    expect(JSON.parse(String(log[1]!.before))).toEqual({ user: 'somchai', disabled: false });
    expect(JSON.parse(String(log[1]!.after))).toEqual({ user: 'somchai', disabled: true });
    expect(JSON.parse(String(log[3]!.after))).toMatchObject({ token_id: made.id, revoked: false });
    expect(JSON.parse(String(log[4]!.after))).toEqual({ token_id: made.id, revoked: true });
    // No secret reaches the log: the one-time passwords, the token, or any hash.
    const text = JSON.stringify(log);
    for (const secret of [password!, reset, made.token]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/scrypt|password_hash|\$[0-9a-f]{32}/);
  });

  it('records nothing when the change is refused', async () => {
    const before = (await rows()).length;
    await expect(setDisabled(db, 'nobody', true)).rejects.toThrow(/no account/);
    await expect(createUser(db, { login: 'somchai', role: 'admin' })).rejects.toThrow(/already/);
    expect((await rows()).length).toBe(before);
  });
});
