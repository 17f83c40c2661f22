// ita user: accounts on the server's database: add, list, disable, enable, reset a password, and API tokens (create, list, revoke).
import { flag, hasFlag, UsageError, type ParsedArgs } from '../args';
import type { Command } from '../command';
import { databaseUnlessServed } from '../dashboard';
import { createApiToken, listApiTokens, revokeApiToken } from '../../lib/server/auth/api-tokens';
import type { Database } from '../../lib/server/db/database';
import {
  createUser,
  listUsers,
  resetPassword,
  setDisabled,
  type User,
} from '../../lib/server/auth/users';

/** Every value of a repeatable flag, also split at commas: --province 94 --province 23, or --province 94,23. */
const many = (args: ParsedArgs, key: string): string[] =>
  (args.flags.get(key) ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** The first line of stdin: a password given by a script without it showing in the shell history or `ps`. */
async function stdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

const scopeText = (u: User) =>
  u.role === 'analyst'
    ? `provinces ${u.provinces.join(', ')}`
    : u.role === 'officer'
      ? `organisations ${u.orgs.join(', ')}`
      : 'everything';

function needLogin(args: ParsedArgs, at = 1): string {
  const login = args.positionals[at];
  if (!login) throw new UsageError('name the account (its login)');
  return login;
}

async function withDb<T>(sub: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await databaseUnlessServed(`user ${sub}`);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

async function token(args: ParsedArgs): Promise<number> {
  const action = args.positionals[1];
  if (action === 'create') {
    const login = needLogin(args, 2);
    const name = flag(args, 'name') ?? '';
    const made = await withDb('token create', (db) => createApiToken(db, login, name));
    console.log(`token ${made.id} for ${login} / โทเคนของ ${login}:`);
    console.log(made.token);
    console.error(
      'It is shown this once: keep it in a file only you can read, and send it as Authorization: Bearer <token>. / ' +
        'แสดงครั้งเดียวเท่านั้น ให้เก็บไว้ในไฟล์ที่อ่านได้เฉพาะคุณ',
    );
    return 0;
  }
  if (action === 'list') {
    const rows = await withDb('token list', (db) => listApiTokens(db, args.positionals[2]));
    if (hasFlag(args, 'json')) console.log(JSON.stringify(rows, null, 2));
    else
      for (const t of rows)
        console.log(
          `${t.id}  ${t.login}  ${t.name}  created ${t.created}  last used ${t.last_used ?? 'never'}${t.revoked ? `  REVOKED ${t.revoked}` : ''}`,
        );
    return 0;
  }
  if (action === 'revoke') {
    const id = args.positionals[2];
    if (!id) throw new UsageError('name the token to revoke by its id (ita user token list)');
    await withDb('token revoke', (db) => revokeApiToken(db, id));
    console.log(`token ${id} revoked / เพิกถอนโทเคน ${id} แล้ว`);
    return 0;
  }
  throw new UsageError('ita user token create <login> --name NAME | list [<login>] | revoke <id>');
}

export const user: Command = {
  name: 'user',
  summary: 'Accounts and API tokens: user add|list|disable|enable|reset-password|token',
  usage: `ita user add <login> --role admin|analyst|officer [--province 94]… [--org 6940907]…
                [--name "display name"] [--password-stdin]
ita user list [--json]
ita user disable <login>          ita user enable <login>
ita user reset-password <login> [--password-stdin]
ita user token create <login> --name NAME
ita user token list [<login>] [--json]
ita user token revoke <id>

Manages who may write (roles: admin = everything and accounts; analyst = import and correct the
data of their provinces, --province with 2-digit codes; officer = store and correct their
organisation's reports, --org with 7-digit DLA codes). Reading the dashboard needs no account.

add and reset-password make a random password, print it once, and make the person choose their
own at the next sign-in; --password-stdin reads the password from the first line of stdin
instead (at least 10 characters). There is never a default password. The first admin can be
made here (ita user add <login> --role admin) or on /setup with the code the server prints.

disable ends the account's sessions at once and stops its API tokens; enable undoes it.
token create prints a token for scripts once (send it as Authorization: Bearer <token>, e.g.
ITA_API_TOKEN for the CLI beside a running dashboard); only its hash is stored.

These commands open the database file: stop the dashboard first if it is running.`,
  booleanFlags: ['json', 'password-stdin'],
  async run(args) {
    const sub = args.positionals[0];
    if (sub === 'add') {
      const login = needLogin(args);
      const role = flag(args, 'role');
      if (!role) throw new UsageError('give the role: --role admin, analyst or officer');
      const password = hasFlag(args, 'password-stdin') ? await stdinLine() : null;
      const { user: made, password: given } = await withDb('add', (db) =>
        createUser(db, {
          login,
          role,
          displayName: flag(args, 'name') ?? null,
          provinces: many(args, 'province'),
          orgs: many(args, 'org'),
          password,
        }),
      );
      console.log(
        `added ${made.login} (${made.role}: ${scopeText(made)}) / เพิ่มบัญชี ${made.login} แล้ว`,
      );
      if (given)
        console.log(
          `one-time password / รหัสผ่านครั้งแรก: ${given}\n(to be changed at the first sign-in / ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งแรก)`,
        );
      return 0;
    }
    if (sub === 'list') {
      const users = await withDb('list', listUsers);
      if (hasFlag(args, 'json')) console.log(JSON.stringify(users, null, 2));
      else
        for (const u of users)
          console.log(
            `${u.login}  ${u.role}  ${scopeText(u)}${u.disabled ? '  DISABLED' : ''}${u.must_change_password ? '  (must change password)' : ''}  created ${u.created}`,
          );
      return 0;
    }
    if (sub === 'disable' || sub === 'enable') {
      const login = needLogin(args);
      await withDb(sub, (db) => setDisabled(db, login, sub === 'disable'));
      console.log(
        sub === 'disable'
          ? `${login} disabled: its sessions ended and its tokens stopped / ระงับบัญชี ${login} แล้ว`
          : `${login} enabled / เปิดใช้บัญชี ${login} แล้ว`,
      );
      return 0;
    }
    if (sub === 'reset-password') {
      const login = needLogin(args);
      const password = hasFlag(args, 'password-stdin') ? await stdinLine() : null;
      const given = await withDb('reset-password', (db) => resetPassword(db, login, password));
      console.log(`${login}: password reset, sessions ended / ตั้งรหัสผ่านใหม่แล้ว`);
      if (password === null) console.log(`one-time password / รหัสผ่านครั้งแรก: ${given}`);
      console.log('(to be changed at the next sign-in / ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป)');
      return 0;
    }
    if (sub === 'token') return token(args);
    throw new UsageError(
      `unknown subcommand '${sub ?? ''}': add, list, disable, enable, reset-password or token`,
    );
  },
};
