// POST /api/import/report/preview (multipart: file): the parsed measure report and what storing it would do; writes nothing.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { reportPreview } from '$lib/server/import-web/handlers';

export const POST: RequestHandler = async ({ request }) =>
  reportPreview(request, await appImportDeps());
