// Who may write through the web: until there are user accounts, whoever presents the server's ITA_ADMIN_TOKEN.
import crypto from 'node:crypto';
import { ReadOnlyError, readOnlyMode } from '../db/snapshot';

/** The request header that carries the token (the page sends it from sessionStorage). */
export const ADMIN_TOKEN_HEADER = 'x-ita-admin-token';
/** The form field that carries the token when a plain HTML form posts. */
export const ADMIN_TOKEN_FIELD = 'admin_token';
/** The server setting that enables writes. */
export const ADMIN_TOKEN_ENV = 'ITA_ADMIN_TOKEN';

export type WriteRefusal = 'writes_disabled' | 'token_missing' | 'token_wrong' | 'read_only';

export type WriteAccess =
  | { ok: true }
  | { ok: false; status: 401 | 403; code: WriteRefusal; message: string; message_th: string };

const REFUSALS: Record<
  Exclude<WriteRefusal, 'read_only'>,
  Omit<Extract<WriteAccess, { ok: false }>, 'ok'>
> = {
  writes_disabled: {
    status: 403,
    code: 'writes_disabled',
    message: `Writing is switched off on this server: start it with ${ADMIN_TOKEN_ENV} set (e.g. ${ADMIN_TOKEN_ENV}=<a long secret> node build) and enter the same token on the page. Previews work without it.`,
    message_th: `เซิร์ฟเวอร์นี้ปิดการบันทึกข้อมูลไว้: ให้ผู้ดูแลเริ่มเซิร์ฟเวอร์โดยตั้งค่า ${ADMIN_TOKEN_ENV} (เช่น ${ADMIN_TOKEN_ENV}=<รหัสลับยาว ๆ> node build) แล้วกรอกรหัสเดียวกันในหน้านี้ การดูตัวอย่างใช้ได้โดยไม่ต้องมีรหัส`,
  },
  token_missing: {
    status: 401,
    code: 'token_missing',
    message: 'Enter the admin token to store data (ask whoever runs the server).',
    message_th: 'กรอกรหัสผู้ดูแล (admin token) ก่อนบันทึกข้อมูล (ขอได้จากผู้ดูแลเซิร์ฟเวอร์)',
  },
  token_wrong: {
    status: 403,
    code: 'token_wrong',
    message: 'The admin token is not the one this server was started with; nothing was stored.',
    message_th: 'รหัสผู้ดูแลไม่ตรงกับที่เซิร์ฟเวอร์ตั้งไว้ จึงไม่ได้บันทึกข้อมูลใด ๆ',
  },
};

/** The token the server was started with, or null when writes are off (unset or blank). */
export function configuredAdminToken(
  env: Record<string, string | undefined> = process.env,
): string | null {
  const token = env[ADMIN_TOKEN_ENV]?.trim();
  return token ? token : null;
}

/**
 * Compares in constant time: both sides are hashed first, so neither the length nor the first differing byte of the
 * secret shows in the timing.
 */
export function tokensEqual(presented: string, secret: string): boolean {
  const a = crypto.createHash('sha256').update(presented, 'utf8').digest();
  const b = crypto.createHash('sha256').update(secret, 'utf8').digest();
  return crypto.timingSafeEqual(a, b);
}

/** A read-only replica (ITA_READ_ONLY) refuses every write, token or not, and says where the writer is. */
function readOnlyRefusal(): Extract<WriteAccess, { ok: false }> {
  const [message, message_th] = new ReadOnlyError().message.split(' / ');
  return { ok: false, status: 403, code: 'read_only', message: message!, message_th: message_th! };
}

export function checkWriteAccess(
  presented: string | null | undefined,
  configured: string | null,
  readOnly: boolean = readOnlyMode(),
): WriteAccess {
  if (readOnly) return readOnlyRefusal();
  if (configured === null) return { ok: false, ...REFUSALS.writes_disabled };
  const token = presented?.trim() ?? '';
  if (token === '') return { ok: false, ...REFUSALS.token_missing };
  if (!tokensEqual(token, configured)) return { ok: false, ...REFUSALS.token_wrong };
  return { ok: true };
}

/** The token a request presents: the header first, then the form field. */
export function presentedToken(
  headers: Headers,
  form?: { get(name: string): FormDataEntryValue | null } | null,
): string | null {
  const header = headers.get(ADMIN_TOKEN_HEADER);
  if (header !== null) return header;
  const field = form?.get(ADMIN_TOKEN_FIELD);
  return typeof field === 'string' ? field : null;
}
