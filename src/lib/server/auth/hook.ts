// The account part of the server hook: who makes the request, into event.locals; a refusal answered before any route.
import { json, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDatabase, type Database } from '../db/database';
import { refuse, type Refusal } from './refusal';
import { authenticate } from './request-auth';
import { clearSessionCookie, sessionCookieValue } from './session-cookie';

/** Pages a person who must change their password may still open. */
const PASSWORD_CHANGE_PAGES = ['/account', '/logout', '/login', '/setup'];

const MUST_CHANGE = refuse(
  403,
  'must_change_password',
  'Choose your own password on /account before storing data.',
  'ให้ตั้งรหัสผ่านของคุณเองที่หน้า /account ก่อนบันทึกข้อมูล',
);

const answer = ({ ok: _ok, status, ...error }: Refusal) =>
  json({ ok: false, error }, { status, headers: { 'cache-control': 'no-store' } });

/**
 * Sets locals.actor, locals.user and locals.session, or returns the refusal to send instead of the page. Until a
 * password an admin gave is changed, the account reads like the public, its writes are refused, and its page
 * visits are sent to /account.
 */
export async function accountOfRequest(
  event: RequestEvent,
  db: () => Promise<Database> = getDatabase,
): Promise<Response | null> {
  const session = sessionCookieValue(event.cookies);
  const who = await authenticate(db, event.request, event.url, session, event.getClientAddress());
  if (who.refusal) return answer(who.refusal);
  // A cookie that names no live session (signed out, expired, account disabled) is dropped.
  if (session && !who.user) clearSessionCookie(event.cookies, event.request, event.url);
  event.locals.user = who.user;
  event.locals.session = who.user && who.actor?.via === 'session' ? session : null;
  event.locals.actor = who.actor;
  if (who.user?.must_change_password && who.actor?.via === 'session') {
    event.locals.actor = null;
    const path = event.url.pathname;
    if (path.startsWith('/api/'))
      return event.request.method === 'GET' ? null : answer(MUST_CHANGE);
    if (!PASSWORD_CHANGE_PAGES.some((p) => path.startsWith(p))) redirect(303, '/account');
  }
  return null;
}
