// Server hooks: advertise this server to the CLI, explain a database held by a CLI load, choose the interface language,
// say who makes each request (session or API token; refusing tokens in URLs and cross-origin writes), open the first
// admin's setup when there is no account, answer repeated page data from the page-data cache.
import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { LANGS, type Lang } from '$lib/i18n/messages';
import { openSetupIfNoUser } from '$lib/server/auth/first-admin';
import { accountOfRequest } from '$lib/server/auth/hook';
import { getDatabase } from '$lib/server/db/database';
import { DATABASE_BUSY_MESSAGE, DatabaseLockedError } from '$lib/server/db/lock';
import { cachedPageData, isCachedPageData } from '$lib/server/page-data-cache';
import { warmFileReaders } from '$lib/server/limits/file-readers';
import { notebookShelf } from '$lib/server/notebooks/notebook-store';
import { databasePath } from '$lib/server/paths';
import { advertiseOnceOpen, serverUrlFromEnv } from '$lib/server/running-server';
import { gzipped } from '$lib/server/compress';
import { injectChartSvgs } from '$lib/server/page-charts';
import { exitOnShutdown } from '$lib/server/shutdown';

// The CLI finds this server through <db>.server.json when the server holds the database (DuckDB: one process per file).
// Opening the database at start (not at the first request) makes that plain: while the dashboard runs, it holds the
// file. A failure here (a CLI load holding the file) is not fatal: requests try again.
const advertise = () => {
  if (!building) advertiseOnceOpen(getDatabase, databasePath(), serverUrlFromEnv());
};

// With no account yet, the log gets the one-time code for /setup (the first admin). A database that cannot be opened
// now is tried again when /setup is visited.
export const init: ServerInit = async () => {
  advertise();
  if (!building) {
    exitOnShutdown();
    // The budgeted file reader's worker loads exceljs and pdfjs (seconds): started now, not by the first upload.
    warmFileReaders();
    // Notebooks are read at start in production (a malformed one is listed on /notebooks, never fatal).
    notebookShelf();
    void getDatabase()
      .then((db) => openSetupIfNoUser(db))
      .catch(() => undefined);
  }
};

// While a CLI load holds the database the server cannot open it: say so instead of "Internal Error".
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  const where = `[${status}] ${event.request.method} ${event.url.pathname}`;
  if (error instanceof DatabaseLockedError) {
    console.error(`${where}: ${error.message}`);
    return { message: DATABASE_BUSY_MESSAGE };
  }
  console.error(where, error);
  return { message };
};

const ONE_YEAR = 60 * 60 * 24 * 365;

export const handle: Handle = async ({ event, resolve }) => {
  advertise();
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

  const refused = await accountOfRequest(event);
  if (refused) return refused;
  const render = () =>
    resolve(event, {
      transformPageChunk: ({ html }) =>
        injectChartSvgs(html.replace('%lang%', event.locals.lang), event.locals.chartSvgs),
    });
  const response = await (isCachedPageData(event) ? cachedPageData(event, render) : render());
  return gzipped(event.request, response);
};
