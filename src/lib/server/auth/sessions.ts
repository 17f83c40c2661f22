// Browser sessions: a random cookie value, stored only as its SHA-256, ended by sign-out, expiry, idleness or a disabled account.
import type { Database } from '../db/database';
import { randomSecret, sha256 } from './password';
import { LAST_SEEN_EVERY_SECONDS, SESSION_HOURS, SESSION_IDLE_HOURS } from './policy';
import { accountWrite, sqlTime, userById, type User } from './users';

const HOUR = 3_600_000;

/** Starts a session for user; returns the cookie's value (shown to nobody else, kept nowhere in clear). */
export async function createSession(
  db: Database,
  user: User,
  ip: string | null,
  now: Date = new Date(),
): Promise<string> {
  const secret = randomSecret();
  await accountWrite(db, (conn) =>
    conn.run(
      `INSERT INTO app_session VALUES ($h, $user, $now::TIMESTAMP, $expires::TIMESTAMP, $now::TIMESTAMP, $ip)`,
      {
        h: sha256(secret),
        user: user.id,
        now: sqlTime(now),
        expires: sqlTime(new Date(now.getTime() + SESSION_HOURS * HOUR)),
        ip,
      },
    ),
  );
  return secret;
}

/** The account of a live session, or null (unknown, expired, idle too long, or its account disabled). */
export async function sessionUser(
  db: Database,
  secret: string,
  now: Date = new Date(),
): Promise<User | null> {
  const hash = sha256(secret);
  const found = await db.withConnection(async (conn) => {
    const row = (
      await conn.runAndReadAll(
        `SELECT user_id, expires > $now::TIMESTAMP AND last_seen > $idle::TIMESTAMP AS live,
                last_seen < $stale::TIMESTAMP AS stale
         FROM app_session WHERE id_hash = $h`,
        {
          h: hash,
          now: sqlTime(now),
          idle: sqlTime(new Date(now.getTime() - SESSION_IDLE_HOURS * HOUR)),
          stale: sqlTime(new Date(now.getTime() - LAST_SEEN_EVERY_SECONDS * 1000)),
        },
      )
    ).getRows()[0];
    if (!row || !row[1]) return null;
    const user = await userById(conn, String(row[0]));
    return user && !user.disabled ? { user, stale: Boolean(row[2]) } : null;
  });
  if (!found) return null;
  if (found.stale && !db.readOnly)
    await accountWrite(db, (conn) =>
      conn.run('UPDATE app_session SET last_seen = $now::TIMESTAMP WHERE id_hash = $h', {
        h: hash,
        now: sqlTime(now),
      }),
    );
  return found.user;
}

/** Signs out: the session is deleted (the cookie is worthless from then on). */
export async function endSession(db: Database, secret: string): Promise<void> {
  await accountWrite(db, (conn) =>
    conn.run('DELETE FROM app_session WHERE id_hash = $h', { h: sha256(secret) }),
  );
}
