// ita user as a person runs it: accounts and tokens made, listed, disabled and reset in a database file; bad input in one sentence.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenUser } from '../../lib/server/auth/api-tokens';
import { signIn } from '../../lib/server/auth/sign-in';
import { openDatabase } from '../../lib/server/db/database';
import { projectPath } from '../../lib/server/paths';

let dir: string;
let dbFile: string;

function ita(
  command: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/cli/ita.ts', ...command],
      {
        cwd: projectPath(),
        env: { ...process.env, ITA_DB: dbFile },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Opens the file between two commands, as the server would, and closes it again (one process at a time). */
async function inDatabase<T>(
  fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(dbFile);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-user-'));
  dbFile = path.join(dir, 'ita.duckdb');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ita user', { timeout: 300_000 }, () => {
  it('adds an admin with a password from stdin and an analyst with a one-time password; lists both', async () => {
    const admin = await ita(
      ['user', 'add', 'Boss', '--role', 'admin', '--name', 'ผู้ดูแล', '--password-stdin'],
      'a long admin secret\n',
    );
    expect(admin.stderr).toBe('');
    expect(admin.code).toBe(0);
    expect(admin.stdout).toContain('added boss (admin: everything)');
    expect(admin.stdout).not.toContain('one-time password');

    const analyst = await ita([
      'user',
      'add',
      'somchai',
      '--role',
      'analyst',
      '--province',
      '94,23',
    ]);
    expect(analyst.code).toBe(0);
    expect(analyst.stdout).toContain('added somchai (analyst: provinces 94, 23)');
    const given = /one-time password \/ รหัสผ่านครั้งแรก: (\S+)/.exec(analyst.stdout)![1]!;

    const list = await ita(['user', 'list', '--json']);
    const users = JSON.parse(list.stdout) as {
      login: string;
      role: string;
      provinces: string[];
      must_change_password: boolean;
    }[];
    expect(users.map((u) => [u.login, u.role, u.provinces, u.must_change_password])).toEqual([
      ['boss', 'admin', [], false],
      ['somchai', 'analyst', ['94', '23'], true],
    ]);
    const signedIn = await inDatabase((db) =>
      signIn(db, { login: 'somchai', password: given, ip: null }),
    );
    expect(signedIn).toMatchObject({ ok: true, user: { must_change_password: true } });
  });

  it('refuses bad input in one sentence with exit code 2, and writes nothing', async () => {
    const role = await ita(['user', 'add', 'x-person', '--role', 'root']);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain("The role must be admin, analyst or officer, not 'root'");
    const org = await ita(['user', 'add', 'officer1', '--role', 'officer', '--org', '1234567']);
    expect(org.code).toBe(2);
    expect(org.stderr).toContain('Organisation 1234567 is not in the registry');
    const short = await ita(
      ['user', 'add', 'boss2', '--role', 'admin', '--password-stdin'],
      'short\n',
    );
    expect(short.stderr).toContain('at least 10 characters');
    const again = await ita(['user', 'add', 'BOSS', '--role', 'admin']);
    expect(again.stderr).toContain("There is already an account 'boss'");
    const list = JSON.parse((await ita(['user', 'list', '--json'])).stdout) as unknown[];
    expect(list).toHaveLength(2);
  });

  it('makes a token that works until revoked, and a disabled account stops it', async () => {
    const made = await ita(['user', 'token', 'create', 'somchai', '--name', 'nightly import']);
    expect(made.code).toBe(0);
    const [, id, token] = /token (\S+) for somchai[^\n]*\n(ita_\S+)/.exec(made.stdout)!;
    expect(made.stderr).toContain('shown this once');
    expect(await inDatabase(async (db) => (await tokenUser(db, token!))?.login)).toBe('somchai');

    expect((await ita(['user', 'disable', 'somchai'])).code).toBe(0);
    expect(await inDatabase((db) => tokenUser(db, token!))).toBeNull();
    expect((await ita(['user', 'enable', 'somchai'])).code).toBe(0);

    const listed = JSON.parse((await ita(['user', 'token', 'list', 'somchai', '--json'])).stdout);
    expect(listed).toEqual([
      expect.objectContaining({ id, login: 'somchai', name: 'nightly import', revoked: null }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await ita(['user', 'token', 'revoke', id!])).stdout).toContain(`token ${id} revoked`);
    expect(await inDatabase((db) => tokenUser(db, token!))).toBeNull();
  });

  it('resets a password: the old one stops working, the new one must be changed', async () => {
    const r = await ita(['user', 'reset-password', 'boss']);
    expect(r.code).toBe(0);
    const given = /one-time password \/ รหัสผ่านครั้งแรก: (\S+)/.exec(r.stdout)![1]!;
    await inDatabase(async (db) => {
      expect(
        (await signIn(db, { login: 'boss', password: 'a long admin secret', ip: null })).ok,
      ).toBe(false);
      expect(await signIn(db, { login: 'boss', password: given, ip: null })).toMatchObject({
        ok: true,
        user: { must_change_password: true },
      });
    });
  });
});
