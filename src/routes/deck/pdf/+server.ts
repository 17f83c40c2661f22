// POST /deck/pdf (JSON deck) or GET /deck/pdf?d=<encoded deck>: the meeting deck printed to PDF by headless Chromium.
import { env } from '$env/dynamic/private';
import type { RequestHandler } from './$types';
import { appRunner } from '$lib/server/app-context';
import { deckPdfResponse } from '$lib/server/export/deck-http';

// Behind a proxy the public origin may not be reachable from the server itself: ITA_PRINT_ORIGIN says where it is.
const handle: RequestHandler = async ({ request, url, locals }) =>
  deckPdfResponse(await appRunner(), request, url, {
    lang: locals.lang,
    origin: env.ITA_PRINT_ORIGIN || url.origin,
  });

export const GET = handle;
export const POST = handle;
