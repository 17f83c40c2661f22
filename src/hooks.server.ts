// Chooses the interface language (Thai unless the visitor switched to English) and sets <html lang>.
import { redirect, type Handle } from '@sveltejs/kit';
import { LANGS, type Lang } from '$lib/i18n/messages';

const ONE_YEAR = 60 * 60 * 24 * 365;

export const handle: Handle = async ({ event, resolve }) => {
  const asked = event.url.searchParams.get('lang');
  if (
    asked &&
    (LANGS as readonly string[]).includes(asked) &&
    event.request.method === 'GET' &&
    !event.url.pathname.startsWith('/api/')
  ) {
    // The language is a preference, not part of the view: keep it in a cookie and out of shared URLs.
    event.cookies.set('lang', asked, {
      path: '/',
      maxAge: ONE_YEAR,
      httpOnly: false,
      sameSite: 'lax',
    });
    const clean = new URL(event.url);
    clean.searchParams.delete('lang');
    redirect(303, clean.pathname + clean.search);
  }
  const cookie = event.cookies.get('lang');
  event.locals.lang = (LANGS as readonly string[]).includes(cookie ?? '') ? (cookie as Lang) : 'th';
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang),
  });
};
