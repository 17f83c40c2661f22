// POST /api/import/report/preview (the file as the body, name in x-file-name; or multipart): the parsed measure report and what storing it would do; writes nothing.
// Anyone may ask, so it is rate-limited per client address and its parsing waits for a heavy-job slot.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { reportPreview } from '$lib/server/import-web/handlers';
import { refusePreview } from '$lib/server/jobs/preview-limits';

export const POST: RequestHandler = async ({ request, locals, getClientAddress }) =>
  refusePreview(getClientAddress()) ?? reportPreview(request, await appImportDeps(locals.actor));
