// The session cookie: HttpOnly, SameSite=Lax, Secure whenever the browser reached the site over https, for the whole site.
import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE, SESSION_HOURS } from './policy';

/**
 * Whether the browser reached the site over https: the scheme of the request's Origin (a sign-in is a POST, and
 * browsers send Origin with every POST; behind a TLS proxy it is the https address the person typed), else
 * event.url's. event.url alone cannot say: without ORIGIN, adapter-node assumes https even on plain http, and a
 * Secure cookie set over plain http (a laptop on a LAN address) is dropped by the browser.
 */
export function servedOverHttps(request: Request, url: URL): boolean {
  const origin = request.headers.get('origin');
  if (origin && /^https?:\/\//.test(origin)) return origin.startsWith('https://');
  return url.protocol === 'https:';
}

/** The session cookie: HttpOnly, SameSite=Lax, Path=/, Secure when served over https (servedOverHttps). */
export function setSessionCookie(
  cookies: Cookies,
  request: Request,
  url: URL,
  value: string,
): void {
  cookies.set(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: servedOverHttps(request, url),
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(cookies: Cookies, request: Request, url: URL): void {
  cookies.delete(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: servedOverHttps(request, url),
  });
}

export const sessionCookieValue = (cookies: Cookies): string | null =>
  cookies.get(SESSION_COOKIE) ?? null;

/** Where to go after signing in: a path on this site only (never `//other.site` or an absolute address). */
export function localPath(next: string | null, fallback = '/import'): string {
  return next && /^\/(?![/\\])/.test(next) ? next : fallback;
}
