// API tokens for scripts: made for one account, shown once, stored as SHA-256, accepted only in the Authorization header, revocable.
import crypto from 'node:crypto';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { cliActor, type Actor } from './actor';
import { randomSecret, sha256 } from './password';
import { AccountError } from './refusal';
import { accountWrite, normalLogin, requireUser, sqlTime, userById, type User } from './users';

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'ita_';

export interface ApiTokenInfo {
  id: string;
  login: string;
  name: string;
  created: string;
  last_used: string | null;
  revoked: string | null;
}

/** Makes a token for login; the token itself is returned here and never again. */
export async function createApiToken(
  db: Database,
  login: string,
  name: string,
  now: Date = new Date(),
  actor: Actor = cliActor(),
): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + randomSecret();
  const id = crypto.randomUUID().slice(0, 8);
  const label = name.trim();
  if (!label)
    throw new AccountError(
      400,
      'no_name',
      'Give the token a name that says where it is used (--name "nightly import").',
      'ตั้งชื่อโทเคนว่าใช้ที่ไหน (--name "นำเข้าทุกคืน")',
    );
  await accountWrite(db, async (conn) => {
    const user = await requireUser(conn, login);
    await conn.run(
      `INSERT INTO api_token VALUES ($id, $user, $name, $hash, $now::TIMESTAMP, NULL, NULL)`,
      { id, user, name: label, hash: sha256(token), now: sqlTime(now) },
    );
    // Never the token: its id and label.
    await recordAudit(conn, actor, {
      action: 'token_change',
      before: null,
      after: { user: normalLogin(login), token_id: id, label, revoked: false },
      message: `created API token ${id} for ${normalLogin(login)}`,
      at: now,
    });
  });
  return { id, token };
}

/** The tokens of one account (or of all), newest first; never the tokens themselves. */
export async function listApiTokens(db: Database, login?: string): Promise<ApiTokenInfo[]> {
  const fmt = (c: string) => `strftime(t.${c}, '%Y-%m-%d %H:%M:%S') AS ${c}`;
  return db.withConnection(
    async (conn) =>
      (
        await conn.runAndReadAll(
          `SELECT t.id, u.login, t.name, ${fmt('created')}, ${fmt('last_used')}, ${fmt('revoked')}
         FROM api_token t JOIN app_user u ON u.id = t.user_id
         WHERE $login IS NULL OR u.login = $login ORDER BY t.created DESC, t.id`,
          { login: login === undefined ? null : normalLogin(login) },
        )
      ).getRowObjectsJS() as unknown as ApiTokenInfo[],
  );
}

/** Revokes a token by its id (as `ita user token list` shows it); at once and for good. */
export async function revokeApiToken(
  db: Database,
  id: string,
  now: Date = new Date(),
  actor: Actor = cliActor(),
): Promise<void> {
  await accountWrite(db, async (conn) => {
    const rows = (
      await conn.runAndReadAll('SELECT revoked FROM api_token WHERE id = $id', { id })
    ).getRows();
    if (!rows[0])
      throw new AccountError(404, 'no_token', `There is no token ${id}.`, `ไม่มีโทเคน ${id}`);
    await conn.run(
      'UPDATE api_token SET revoked = coalesce(revoked, $now::TIMESTAMP) WHERE id = $id',
      { id, now: sqlTime(now) },
    );
    await recordAudit(conn, actor, {
      action: 'token_change',
      before: { token_id: id, revoked: rows[0][0] !== null },
      after: { token_id: id, revoked: true },
      message: `revoked API token ${id}`,
      at: now,
    });
  });
}

/** The account a token belongs to, when the token is live and the account enabled; records its use. */
export async function tokenUser(
  db: Database,
  token: string,
  now: Date = new Date(),
): Promise<User | null> {
  const hash = sha256(token.trim());
  const user = await db.withConnection(async (conn) => {
    const row = (
      await conn.runAndReadAll(
        'SELECT user_id FROM api_token WHERE token_hash = $h AND revoked IS NULL',
        { h: hash },
      )
    ).getRows()[0];
    if (!row) return null;
    const u = await userById(conn, String(row[0]));
    return u && !u.disabled ? u : null;
  });
  if (user && !db.readOnly)
    await accountWrite(db, (conn) =>
      conn.run('UPDATE api_token SET last_used = $now::TIMESTAMP WHERE token_hash = $h', {
        h: hash,
        now: sqlTime(now),
      }),
    );
  return user;
}
