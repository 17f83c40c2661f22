// POST /api/import/scores/preview (file as the body, ?add_orgs=on&year=&strict=on): the dry run of import-scores; writes nothing.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { scorePreview } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request, locals }) =>
  scorePreview(request, await appImportDeps(locals.actor));
