// POST /api/import/scores/preview (multipart: file, add_orgs?, year?, strict?): the dry run of import-scores; writes nothing.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { scorePreview } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request }) =>
  scorePreview(request, await appImportDeps());
