// GET /export/<chart>.<png|svg|csv|xlsx>?<the page's URL parameters>: a chart rendered on the server, as on its page.
import type { RequestHandler } from './$types';
import { appRunner } from '$lib/server/app-context';
import { chartExportResponse } from '$lib/server/export/export-http';

export const GET: RequestHandler = async ({ params, url, locals }) =>
  chartExportResponse(await appRunner(), params.file, url.searchParams, {
    lang: locals.lang,
    link: url.href,
  });
