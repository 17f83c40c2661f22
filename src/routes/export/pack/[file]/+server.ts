// GET /export/pack/<province>.zip?year=&compare=&type=&weak=&peer=: a province's meeting pack (PPTX deck + XLSX tables).
import type { RequestHandler } from './$types';
import { appRunner } from '$lib/server/app-context';
import { meetingPackResponse } from '$lib/server/export/deck-http';

export const GET: RequestHandler = async ({ params, url, locals }) =>
  meetingPackResponse(await appRunner(), params.file, url.searchParams, { lang: locals.lang });
