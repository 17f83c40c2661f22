// Who a request comes from (session cookie or API token in the header), and the refusals that come before any handler: a token in the URL or a form, a cross-origin write.
import type { Database } from '../db/database';
import type { Actor } from './actor';
import { tokenUser } from './api-tokens';
import { refuse, type Refusal } from './refusal';
import { sessionUser } from './sessions';
import { actorOf, type User } from './users';

/** Names under which a secret must never travel in a URL or a form (the old admin token's field among them). */
export const SECRET_FIELDS = ['admin_token', 'api_token', 'access_token', 'token'] as const;
/** The header of the removed ITA_ADMIN_TOKEN, answered with how to move to API tokens. */
export const OLD_ADMIN_HEADER = 'x-ita-admin-token';

export const TOKEN_IN_URL = refuse(
  400,
  'token_in_url',
  'Tokens are accepted only in the header Authorization: Bearer <token>, never in the address or a form field (addresses end up in logs and browser history). Nothing was done; revoke the token if it was shared.',
  'รับโทเคนเฉพาะในส่วนหัว Authorization: Bearer <token> เท่านั้น ห้ามใส่ในที่อยู่ (URL) หรือช่องในฟอร์ม (URL ถูกเก็บในบันทึกและประวัติเบราว์เซอร์) จึงไม่ได้ทำรายการใด ๆ หากโทเคนรั่วให้เพิกถอน',
);

const ADMIN_TOKEN_GONE = refuse(
  400,
  'admin_token_removed',
  'ITA_ADMIN_TOKEN was replaced by accounts: ask an admin for an account, make an API token (ita user token create <login> --name …) and send it as Authorization: Bearer <token>.',
  'ITA_ADMIN_TOKEN ถูกแทนที่ด้วยบัญชีผู้ใช้แล้ว: ขอบัญชีจากผู้ดูแลระบบ สร้างโทเคน API (ita user token create <login> --name …) แล้วส่งในส่วนหัว Authorization: Bearer <token>',
);

const TOKEN_INVALID = refuse(
  401,
  'token_invalid',
  'The API token is not valid (unknown, revoked, or its account disabled); nothing was done.',
  'โทเคน API ใช้ไม่ได้ (ไม่รู้จัก ถูกเพิกถอน หรือบัญชีถูกระงับ) จึงไม่ได้ทำรายการใด ๆ',
);

/** A refusal when the URL's query carries a secret. */
export function secretInUrl(url: URL): Refusal | null {
  return SECRET_FIELDS.some((f) => url.searchParams.has(f)) ? TOKEN_IN_URL : null;
}

/** A refusal when a form (multipart or urlencoded) carries a secret field. */
export function secretInForm(
  form: { get(name: string): unknown } | null | undefined,
): Refusal | null {
  return form && SECRET_FIELDS.some((f) => form.get(f) !== null) ? TOKEN_IN_URL : null;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // 'null' (a sandboxed frame) or garbage: not this site
  }
}

/**
 * The origin check of every write, forms included (svelte.config.js leaves SvelteKit's own off, see there). A write
 * that says where it comes from must come from this site's host; a write by session cookie must say it (browsers
 * send Origin with every POST, so a cookie without it is not this site's page). A token write from a script (no
 * Origin) passes: a browser cannot send another site's token for it. Hosts are compared, not schemes: without
 * ORIGIN, adapter-node cannot know whether it is reached over http or https (it assumes https).
 */
export function crossOriginRefusal(
  request: Request,
  url: URL,
  via: 'session' | 'token' | null,
): Refusal | null {
  if (!WRITE_METHODS.has(request.method)) return null;
  const origin = request.headers.get('origin');
  if (origin === null ? via !== 'session' : hostOf(origin) === url.host) return null;
  return refuse(
    403,
    'cross_origin',
    `Writes are accepted only from this site's own pages (${url.host}); this request came from ${origin ?? 'a page that did not say'}. Nothing was done.`,
    `รับการบันทึกเฉพาะจากหน้าของเว็บไซต์นี้ (${url.host}) แต่คำขอนี้มาจาก ${origin ?? 'แหล่งที่ไม่ระบุ'} จึงไม่ได้ทำรายการใด ๆ`,
  );
}

export interface Authenticated {
  actor: Actor | null;
  user: User | null;
  /** Set when the request must be refused whatever it asks (a bad token, a token in the URL, a cross-origin write). */
  refusal: Refusal | null;
}

/**
 * Who a request comes from. `Authorization: Bearer <token>` names an API token (a bad one is refused, never taken
 * as public); otherwise the session cookie's value, if any. Without either the request is public: reads only, and
 * the database is not opened for it.
 */
export async function authenticate(
  db: () => Promise<Database>,
  request: Request,
  url: URL,
  session: string | null,
  ip: string | null,
  now: Date = new Date(),
): Promise<Authenticated> {
  const none = (refusal: Refusal | null): Authenticated => ({ actor: null, user: null, refusal });
  const inUrl = secretInUrl(url);
  if (inUrl) return none(inUrl);
  if (request.headers.has(OLD_ADMIN_HEADER)) return none(ADMIN_TOKEN_GONE);
  const auth = request.headers.get('authorization');
  let user: User | null = null;
  let via: 'session' | 'token' | null = null;
  if (auth !== null) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    user = m ? await tokenUser(await db(), m[1]!, now) : null;
    if (!user) return none(TOKEN_INVALID);
    via = 'token';
  } else if (session) {
    user = await sessionUser(await db(), session, now);
    via = user ? 'session' : null;
  }
  const crossOrigin = crossOriginRefusal(request, url, via ?? (session ? 'session' : null));
  if (crossOrigin) return none(crossOrigin);
  return {
    actor: user && via ? actorOf(user, via, ip) : null,
    user,
    refusal: null,
  };
}
