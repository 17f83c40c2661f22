// POST /deck/pdf (JSON deck) or GET /deck/pdf?d=<encoded deck>: the meeting deck printed to PDF by headless Chromium.
import type { RequestHandler } from './$types';
import { appRunner } from '$lib/server/app-context';
import { deckPdfResponse } from '$lib/server/export/deck-http';
import { printOrigin } from '$lib/server/export/deck-pdf';

const handle: RequestHandler = async ({ request, url, locals }) =>
  deckPdfResponse(await appRunner(), request, url, {
    lang: locals.lang,
    origin: printOrigin(url.origin),
  });

export const GET = handle;
export const POST = handle;
