// Accounts: create, list, disable, reset and change passwords; each account's role and the provinces or organisations it may write.
import crypto from 'node:crypto';
import { LIST, listValue, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import type { Database } from '../db/database';
import { ReadOnlyError } from '../db/snapshot';
import { recordAudit } from '../audit/record';
import { cliActor, ROLES, type Actor, type Role } from './actor';
import { hashPassword, randomPassword, verifyPassword } from './password';
import { MIN_PASSWORD_LENGTH } from './policy';
import { AccountError } from './refusal';

export interface User {
  id: string;
  login: string;
  display_name: string;
  role: Role;
  provinces: string[];
  orgs: string[];
  disabled: boolean;
  created: string;
  must_change_password: boolean;
}

export interface NewUser {
  login: string;
  displayName?: string | null;
  role: string;
  provinces?: readonly string[];
  orgs?: readonly string[];
  /** Omitted: a random password is made, returned once, and must be changed at first sign-in. */
  password?: string | null;
}

/** A Date as DuckDB TIMESTAMP text, in UTC (every account time is UTC). */
export const sqlTime = (d: Date): string => d.toISOString().replace('T', ' ').replace('Z', '');

const USER_COLUMNS = `id, login, display_name, role, provinces, orgs, disabled, strftime(created, '%Y-%m-%d %H:%M:%S') AS created, must_change_password`;

/** Account tables are not data: they are written outside db.transaction (no data version, no derived refresh). */
export async function accountWrite<T>(
  db: Database,
  fn: (conn: DuckDBConnection) => Promise<T>,
): Promise<T> {
  if (db.readOnly) throw new ReadOnlyError();
  return db.withConnection(async (conn) => {
    await conn.run('BEGIN TRANSACTION');
    try {
      const result = await fn(conn);
      await conn.run('COMMIT');
      return result;
    } catch (err) {
      await conn.run('ROLLBACK');
      throw err;
    }
  });
}

function toUser(row: Record<string, unknown>): User {
  return {
    id: String(row.id),
    login: String(row.login),
    display_name: String(row.display_name),
    role: row.role as Role,
    provinces: (row.provinces as string[]) ?? [],
    orgs: (row.orgs as string[]) ?? [],
    disabled: Boolean(row.disabled),
    created: String(row.created),
    must_change_password: Boolean(row.must_change_password),
  };
}

export const normalLogin = (login: string): string => login.trim().toLowerCase();

export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new AccountError(
      400,
      'weak_password',
      `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
      `รหัสผ่านต้องยาวอย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร`,
    );
}

async function checkScope(
  conn: DuckDBConnection,
  role: Role,
  provinces: string[],
  orgs: string[],
): Promise<void> {
  if (role === 'analyst') {
    if (provinces.length === 0)
      throw new AccountError(
        400,
        'no_scope',
        'An analyst needs at least one province (--province 94, the 2-digit province code).',
        'นักวิเคราะห์ต้องมีจังหวัดอย่างน้อยหนึ่งจังหวัด (--province 94 คือรหัสจังหวัด 2 หลัก)',
      );
    const known = new Set(
      (await conn.runAndReadAll('SELECT DISTINCT province_code FROM org'))
        .getRows()
        .map((r) => String(r[0])),
    );
    const unknown = provinces.filter((p) => !known.has(p));
    if (unknown.length)
      throw new AccountError(
        400,
        'unknown_province',
        `No organisation is registered in province ${unknown.join(', ')}: give 2-digit province codes such as 94 (ปัตตานี).`,
        `ไม่มีหน่วยงานในจังหวัดรหัส ${unknown.join(', ')}: ให้ใช้รหัสจังหวัด 2 หลัก เช่น 94 (ปัตตานี)`,
      );
  }
  if (role === 'officer') {
    if (orgs.length === 0)
      throw new AccountError(
        400,
        'no_scope',
        'An officer needs at least one organisation (--org 6940907, its 7-digit DLA code).',
        'เจ้าหน้าที่ต้องมีหน่วยงานอย่างน้อยหนึ่งแห่ง (--org 6940907 คือรหัส อปท. 7 หลัก)',
      );
    const found = new Set(
      (
        await conn.runAndReadAll(
          'SELECT code FROM org WHERE list_contains($codes, code)',
          { codes: listValue(orgs) },
          { codes: LIST(VARCHAR) },
        )
      )
        .getRows()
        .map((r) => String(r[0])),
    );
    const unknown = orgs.filter((o) => !found.has(o));
    if (unknown.length)
      throw new AccountError(
        400,
        'unknown_org',
        `Organisation ${unknown.join(', ')} is not in the registry: give 7-digit DLA codes such as 6940907.`,
        `ไม่พบหน่วยงานรหัส ${unknown.join(', ')} ในทะเบียน: ให้ใช้รหัส อปท. 7 หลัก เช่น 6940907`,
      );
  }
}

/** Creates an account. Returns it and, when no password was given, the one-time password made for it. */
export async function createUser(
  db: Database,
  input: NewUser,
  now: Date = new Date(),
  actor: Actor = cliActor(),
): Promise<{ user: User; password: string | null }> {
  const login = normalLogin(input.login);
  if (!/^[a-z0-9][a-z0-9._@-]{2,63}$/.test(login))
    throw new AccountError(
      400,
      'bad_login',
      `'${input.login}' cannot be a login: use 3-64 letters a-z, digits, '.', '_', '-' or '@'.`,
      `'${input.login}' ใช้เป็นชื่อเข้าระบบไม่ได้: ใช้ตัวอักษร a-z ตัวเลข . _ - หรือ @ ยาว 3-64 ตัว`,
    );
  if (!(ROLES as readonly string[]).includes(input.role))
    throw new AccountError(
      400,
      'bad_role',
      `The role must be admin, analyst or officer, not '${input.role}'.`,
      `บทบาทต้องเป็น admin, analyst หรือ officer ไม่ใช่ '${input.role}'`,
    );
  const role = input.role as Role;
  const provinces = role === 'analyst' ? [...new Set(input.provinces ?? [])] : [];
  const orgs = role === 'officer' ? [...new Set(input.orgs ?? [])] : [];
  const given = input.password ?? null;
  if (given !== null) checkPassword(given);
  const password = given ?? randomPassword();
  const hash = await hashPassword(password);
  const id = crypto.randomUUID();
  await accountWrite(db, async (conn) => {
    await checkScope(conn, role, provinces, orgs);
    const taken = await conn.runAndReadAll('SELECT 1 FROM app_user WHERE login = $login', {
      login,
    });
    if (taken.getRows().length)
      throw new AccountError(
        409,
        'login_taken',
        `There is already an account '${login}'.`,
        `มีบัญชีชื่อ '${login}' อยู่แล้ว`,
      );
    await conn.run(
      `INSERT INTO app_user VALUES ($id, $login, $name, $role, $provinces, $orgs, $hash, false,
         $now::TIMESTAMP, $must)`,
      {
        id,
        login,
        name: input.displayName?.trim() || login,
        role,
        provinces: listValue(provinces),
        orgs: listValue(orgs),
        hash,
        now: sqlTime(now),
        must: given === null,
      },
      { provinces: LIST(VARCHAR), orgs: LIST(VARCHAR) },
    );
    await recordAudit(conn, actor, {
      action: 'user_change',
      orgCodes: orgs,
      provinceCodes: provinces,
      before: null,
      after: { user: login, role, provinces, orgs, disabled: false },
      message: `added user ${login} (${role})`,
      at: now,
    });
  });
  return { user: (await findUser(db, login))!, password: given === null ? password : null };
}

/** The account of a login (any case), or null. */
export async function findUser(db: Database, login: string): Promise<User | null> {
  return db.withConnection(async (conn) => {
    const rows = (
      await conn.runAndReadAll(`SELECT ${USER_COLUMNS} FROM app_user WHERE login = $login`, {
        login: normalLogin(login),
      })
    ).getRowObjectsJS();
    return rows[0] ? toUser(rows[0]) : null;
  });
}

export async function userById(conn: DuckDBConnection, id: string): Promise<User | null> {
  const rows = (
    await conn.runAndReadAll(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = $id`, { id })
  ).getRowObjectsJS();
  return rows[0] ? toUser(rows[0]) : null;
}

/** The stored hash of a login's password (only the sign-in reads it). */
export async function passwordHashOf(db: Database, login: string): Promise<string | null> {
  return db.withConnection(async (conn) => {
    const rows = (
      await conn.runAndReadAll('SELECT password_hash FROM app_user WHERE login = $login', {
        login: normalLogin(login),
      })
    ).getRows();
    return rows[0] ? String(rows[0][0]) : null;
  });
}

export async function listUsers(db: Database): Promise<User[]> {
  return db.withConnection(async (conn) =>
    (await conn.runAndReadAll(`SELECT ${USER_COLUMNS} FROM app_user ORDER BY login`))
      .getRowObjectsJS()
      .map(toUser),
  );
}

export async function userCount(db: Database): Promise<number> {
  return db.withConnection(async (conn) =>
    Number((await conn.runAndReadAll('SELECT count(*) FROM app_user')).getRows()[0]![0]),
  );
}

/** The id of a login's account, or a 404 AccountError naming the login. */
export async function requireUser(conn: DuckDBConnection, login: string): Promise<string> {
  const rows = (
    await conn.runAndReadAll('SELECT id FROM app_user WHERE login = $login', {
      login: normalLogin(login),
    })
  ).getRows();
  if (!rows[0])
    throw new AccountError(
      404,
      'no_user',
      `There is no account '${login}'.`,
      `ไม่มีบัญชีชื่อ '${login}'`,
    );
  return String(rows[0][0]);
}

/** Disables (or enables) an account. A disabled account's sessions end at once and its API tokens stop working. */
export async function setDisabled(
  db: Database,
  login: string,
  disabled: boolean,
  actor: Actor = cliActor(),
): Promise<User> {
  await accountWrite(db, async (conn) => {
    const id = await requireUser(conn, login);
    const was = (await userById(conn, id))!;
    await conn.run('UPDATE app_user SET disabled = $d WHERE id = $id', { d: disabled, id });
    if (disabled) await conn.run('DELETE FROM app_session WHERE user_id = $id', { id });
    await recordAudit(conn, actor, {
      action: 'user_change',
      orgCodes: was.orgs,
      provinceCodes: was.provinces,
      before: { user: was.login, disabled: was.disabled },
      after: { user: was.login, disabled },
      message: `${disabled ? 'disabled' : 'enabled'} user ${was.login}`,
    });
  });
  return (await findUser(db, login))!;
}

/**
 * An admin's reset: a new password (given, or made and returned once) that must be changed at the next sign-in.
 * The account's sessions end.
 */
export async function resetPassword(
  db: Database,
  login: string,
  password: string | null = null,
  actor: Actor = cliActor(),
): Promise<string> {
  if (password !== null) checkPassword(password);
  const next = password ?? randomPassword();
  const hash = await hashPassword(next);
  await accountWrite(db, async (conn) => {
    const id = await requireUser(conn, login);
    await conn.run(
      'UPDATE app_user SET password_hash = $hash, must_change_password = true WHERE id = $id',
      { hash, id },
    );
    await conn.run('DELETE FROM app_session WHERE user_id = $id', { id });
    // Never the password: only that it was reset.
    await recordAudit(conn, actor, {
      action: 'user_change',
      before: { user: normalLogin(login), must_change_password: false },
      after: { user: normalLogin(login), must_change_password: true },
      message: `reset the password of ${normalLogin(login)}`,
    });
  });
  return next;
}

/** A person changes their own password: the current one is checked; the other sessions end. */
export async function changePassword(
  db: Database,
  user: User,
  current: string,
  next: string,
  keepSession: string | null = null,
  actor: Actor = cliActor(),
): Promise<void> {
  const stored = await passwordHashOf(db, user.login);
  if (!stored || !(await verifyPassword(current, stored)))
    throw new AccountError(
      403,
      'wrong_password',
      'The current password is not right; nothing was changed.',
      'รหัสผ่านปัจจุบันไม่ถูกต้อง จึงไม่ได้เปลี่ยนรหัสผ่าน',
    );
  checkPassword(next);
  if (next === current)
    throw new AccountError(
      400,
      'same_password',
      'Choose a password different from the current one.',
      'ให้ตั้งรหัสผ่านใหม่ที่ไม่ซ้ำกับรหัสเดิม',
    );
  const hash = await hashPassword(next);
  await accountWrite(db, async (conn) => {
    await conn.run(
      'UPDATE app_user SET password_hash = $hash, must_change_password = false WHERE id = $id',
      { hash, id: user.id },
    );
    await conn.run(
      'DELETE FROM app_session WHERE user_id = $id AND id_hash IS DISTINCT FROM $keep',
      { id: user.id, keep: keepSession },
    );
    await recordAudit(conn, actor, {
      action: 'user_change',
      before: null,
      after: { user: user.login, password_changed: true },
      message: `${user.login} changed their password`,
    });
  });
}

/** The Actor of a write made by this account. */
export function actorOf(user: User, via: 'session' | 'token', ip: string | null): Actor {
  return {
    via,
    userId: user.id,
    name: user.login,
    role: user.role,
    provinces: user.role === 'analyst' ? user.provinces : [],
    orgs: user.role === 'officer' ? user.orgs : [],
    ip,
  };
}
