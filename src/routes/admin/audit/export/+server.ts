// GET /admin/audit/export?format=csv|xlsx&<filters>: the filtered audit log as a file, for admins.
import type { RequestHandler } from './$types';
import { requireAdmin } from '$lib/server/audit/admin-guard';
import { auditExport } from '$lib/server/audit/audit-http';
import { getDatabase } from '$lib/server/db/database';

export const GET: RequestHandler = async ({ locals, url }) => {
  requireAdmin(locals);
  return auditExport(await getDatabase(), url, locals.lang);
};
