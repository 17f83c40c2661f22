// Signing in with a login and password: lock-out after repeated failures per login and per address, every attempt recorded.
import type { Database } from '../db/database';
import { decoyHash, verifyPassword } from './password';
import { LOCKOUT_WINDOW_MINUTES, MAX_FAILURES_PER_IP, MAX_FAILURES_PER_LOGIN } from './policy';
import { refuse, type Refusal } from './refusal';
import { createSession } from './sessions';
import { accountWrite, findUser, normalLogin, passwordHashOf, sqlTime, type User } from './users';

export type SignInResult = { ok: true; user: User; session: string } | Refusal;

const MINUTE = 60_000;

/** Minutes until a lock lifts: when the oldest failure that still counts leaves the window. */
const minutesLeft = (oldest: Date, now: Date) =>
  Math.max(
    1,
    Math.ceil((oldest.getTime() + LOCKOUT_WINDOW_MINUTES * MINUTE - now.getTime()) / MINUTE),
  );

interface Failures {
  count: number;
  /** The oldest of the failures that make up the lock (the window's last N). */
  oldest: Date | null;
}

/**
 * Failures within the window, for a login (only those after its last successful sign-in) or for an address. The lock
 * is held by the newest `max` of them, so it lifts when the oldest of those leaves the window.
 */
async function failures(
  db: Database,
  column: 'login' | 'ip',
  value: string,
  max: number,
  now: Date,
): Promise<Failures> {
  return db.withConnection(async (conn) => {
    const since = sqlTime(new Date(now.getTime() - LOCKOUT_WINDOW_MINUTES * MINUTE));
    const afterSuccess =
      column === 'login'
        ? `AND attempted_at > coalesce((SELECT max(attempted_at) FROM login_attempt WHERE login = $v AND ok), TIMESTAMP '1970-01-01')`
        : '';
    const rows = (
      await conn.runAndReadAll(
        `SELECT strftime(attempted_at, '%Y-%m-%dT%H:%M:%S.%gZ') FROM login_attempt
         WHERE ${column} = $v AND NOT ok AND attempted_at > $since::TIMESTAMP ${afterSuccess}
         ORDER BY attempted_at DESC LIMIT $max`,
        { v: value, since, max },
      )
    ).getRows();
    return {
      count: rows.length,
      oldest: rows.length ? new Date(String(rows[rows.length - 1]![0])) : null,
    };
  });
}

function lockedOut(who: 'login' | 'ip', f: Failures, now: Date): Refusal {
  const minutes = minutesLeft(f.oldest!, now);
  return who === 'login'
    ? refuse(
        429,
        'locked',
        `Too many failed sign-ins for this login: it is locked for ${minutes} more minute(s). Wait, or ask an admin to reset the password.`,
        `เข้าสู่ระบบผิดหลายครั้งเกินไป บัญชีนี้ถูกล็อกอีก ${minutes} นาที ให้รอ หรือขอให้ผู้ดูแลตั้งรหัสผ่านใหม่`,
      )
    : refuse(
        429,
        'locked',
        `Too many failed sign-ins from your address: try again in ${minutes} minute(s).`,
        `มีการเข้าสู่ระบบผิดจากที่อยู่ของคุณหลายครั้งเกินไป ให้ลองใหม่ในอีก ${minutes} นาที`,
      );
}

const WRONG = refuse(
  401,
  'wrong_login',
  'The login or the password is not right.',
  'ชื่อเข้าระบบหรือรหัสผ่านไม่ถูกต้อง',
);

async function record(db: Database, login: string, ip: string | null, ok: boolean, now: Date) {
  await accountWrite(db, (conn) =>
    conn.run('INSERT INTO login_attempt VALUES ($login, $ip, $at::TIMESTAMP, $ok)', {
      login,
      ip,
      at: sqlTime(now),
      ok,
    }),
  );
}

/**
 * Checks a login and password and starts a session. A locked login or address is refused before the password is
 * looked at; an unknown login costs as much time as a wrong password; a disabled account is named as such only to
 * whoever knows its password.
 */
export async function signIn(
  db: Database,
  input: { login: string; password: string; ip: string | null },
  now: Date = new Date(),
): Promise<SignInResult> {
  const login = normalLogin(input.login);
  if (!login || !input.password) return WRONG;
  const byLogin = await failures(db, 'login', login, MAX_FAILURES_PER_LOGIN, now);
  if (byLogin.count >= MAX_FAILURES_PER_LOGIN) return lockedOut('login', byLogin, now);
  if (input.ip) {
    const byIp = await failures(db, 'ip', input.ip, MAX_FAILURES_PER_IP, now);
    if (byIp.count >= MAX_FAILURES_PER_IP) return lockedOut('ip', byIp, now);
  }
  const stored = await passwordHashOf(db, login);
  const right = await verifyPassword(input.password, stored ?? (await decoyHash()));
  await record(db, login, input.ip, right && stored !== null, now);
  if (!right || stored === null) return WRONG;
  const user = (await findUser(db, login))!;
  if (user.disabled)
    return refuse(
      403,
      'disabled',
      'This account is disabled. Ask an admin to enable it.',
      'บัญชีนี้ถูกระงับการใช้งาน ให้ติดต่อผู้ดูแลระบบเพื่อเปิดใช้',
    );
  return { ok: true, user, session: await createSession(db, user, input.ip, now) };
}
