// POST /api/import/report/<hash>/corrections (JSON; header x-ita-admin-token): a person's correction of a measure or of the organisation.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { reportCorrection } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request, params }) =>
  reportCorrection(request, await appImportDeps(), params.hash);
