// POST /api/import/scores/commit (file as the body, options in the query; a signed-in writer or an API token): imports the scores in one transaction.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { scoreCommit } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request, locals }) =>
  scoreCommit(request, await appImportDeps(locals.actor));
