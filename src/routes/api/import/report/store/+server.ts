// POST /api/import/report/store (file as the body, ?org_code=; a signed-in writer or an API token): stores the report in one transaction.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { reportStore } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request, locals }) =>
  reportStore(request, await appImportDeps(locals.actor));
