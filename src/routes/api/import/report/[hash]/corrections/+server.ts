// POST /api/import/report/<hash>/corrections (JSON; a signed-in writer or an API token): a person's correction of a measure or of the organisation.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { reportCorrection } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request, params, locals }) =>
  reportCorrection(request, await appImportDeps(locals.actor), params.hash);
