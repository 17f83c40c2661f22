// The first admin: while no account exists, a one-time setup code printed to the server log lets /setup create it.
import crypto from 'node:crypto';
import type { Actor } from './actor';
import type { Database } from '../db/database';
import { sha256 } from './password';
import { AccountError } from './refusal';
import { createUser, userCount, type User } from './users';

/** The code's hash while setup is open (this process only: a restart prints a new code, the old one is dead). */
let codeHash: string | null = null;

/** A code easy to copy from a log: 4 groups of 4 characters without look-alikes (no 0/O, 1/l/I). */
function newCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/**
 * At server start: when there is no account, makes a setup code and prints it (with where to use it) through log.
 * Returns whether setup is open. Never a default password: the code only lets someone who reads the log choose one.
 */
export async function openSetupIfNoUser(
  db: Database,
  log: (line: string) => void = console.log,
): Promise<boolean> {
  if (db.readOnly || (await userCount(db)) > 0) {
    codeHash = null;
    return false;
  }
  if (codeHash !== null) return true;
  const code = newCode();
  codeHash = sha256(code);
  log(
    `[ita] No account exists yet. To create the first admin, open /setup and enter the one-time setup code ${code} ` +
      `(valid until the first admin is created or the server stops), or stop the server and run: ita user add <login> --role admin`,
  );
  return true;
}

export const setupOpen = (): boolean => codeHash !== null;

let creating: Promise<unknown> = Promise.resolve();

/** Creates the first admin with the setup code; the code dies with it. Refused once any account exists. */
export function createFirstAdmin(
  db: Database,
  input: { code: string; login: string; displayName: string | null; password: string },
): Promise<User> {
  // One at a time, so two forms sent together cannot both see "no account yet".
  const run = creating.then(async () => {
    const given = sha256(input.code.trim().toUpperCase());
    if (
      codeHash === null ||
      !crypto.timingSafeEqual(Buffer.from(given, 'hex'), Buffer.from(codeHash, 'hex')) ||
      (await userCount(db)) > 0
    )
      throw new AccountError(
        403,
        'bad_setup_code',
        'The setup code is not right, or the first admin already exists (the code is printed in the server log when the server starts without any account).',
        'รหัสตั้งค่าไม่ถูกต้อง หรือมีผู้ดูแลระบบคนแรกแล้ว (รหัสจะแสดงในบันทึกของเซิร์ฟเวอร์เมื่อเริ่มโดยยังไม่มีบัญชี)',
      );
    // Recorded as made through /setup: nobody is signed in yet.
    const setup: Actor = {
      via: 'session',
      userId: null,
      name: 'setup',
      role: 'admin',
      provinces: [],
      orgs: [],
      ip: null,
    };
    const { user } = await createUser(
      db,
      {
        login: input.login,
        displayName: input.displayName,
        role: 'admin',
        password: input.password,
      },
      new Date(),
      setup,
    );
    codeHash = null;
    return user;
  });
  creating = run.catch(() => undefined);
  return run;
}
