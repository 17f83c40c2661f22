// POST /api/import/scores/preview (file as the body, ?add_orgs=on&year=&strict=on): the dry run of import-scores; writes nothing.
// Anyone may ask, so it is rate-limited per client address and its parsing waits for a heavy-job slot.
import type { RequestHandler } from './$types';
import { appImportDeps } from '$lib/server/import-web/app-deps';
import { scorePreview } from '$lib/server/import-web/handlers';
import { refusePreview } from '$lib/server/jobs/preview-limits';

export const POST: RequestHandler = async ({ request, locals, getClientAddress }) =>
  refusePreview(getClientAddress()) ?? scorePreview(request, await appImportDeps(locals.actor));
