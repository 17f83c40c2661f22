// POST /api/import/token (header x-ita-admin-token): 200 when the token would be accepted for writes, else the refusal.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { tokenCheck } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request }) =>
  tokenCheck(request, await appImportDeps());
