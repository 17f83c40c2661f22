// POST /deck/pptx (JSON deck) or GET /deck/pptx?d=<encoded deck>: the meeting deck as PowerPoint.
import type { RequestHandler } from './$types';
import { appRunner } from '$lib/server/app-context';
import { deckPptxResponse } from '$lib/server/export/deck-http';

const handle: RequestHandler = async ({ request, url, locals }) =>
  deckPptxResponse(await appRunner(), request, url, { lang: locals.lang });

export const GET = handle;
export const POST = handle;
