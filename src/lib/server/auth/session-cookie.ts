// The session cookie: HttpOnly, SameSite=Lax, Secure whenever the site is served over https, for the whole site.
import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE, SESSION_HOURS } from './policy';

/**
 * Secure is decided by the address the server believes it is served at (event.url): https when it is, which under
 * adapter-node means ORIGIN=https://… or PROTOCOL_HEADER=x-forwarded-proto behind a TLS proxy. Plain http (a laptop,
 * the tests on 127.0.0.1) gets a cookie without Secure, which browsers would otherwise drop.
 */
export function setSessionCookie(cookies: Cookies, url: URL, value: string): void {
  cookies.set(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
  });
}

export const sessionCookieValue = (cookies: Cookies): string | null =>
  cookies.get(SESSION_COOKIE) ?? null;

/** Where to go after signing in: a path on this site only (never `//other.site` or an absolute address). */
export function localPath(next: string | null, fallback = '/import'): string {
  return next && /^\/(?![/\\])/.test(next) ? next : fallback;
}
