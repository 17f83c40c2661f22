// POST /api/import/report/preview (the file as the body, name in x-file-name; or multipart): the parsed measure report and what storing it would do; writes nothing.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { reportPreview } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request, locals }) =>
  reportPreview(request, await appImportDeps(locals.actor));
