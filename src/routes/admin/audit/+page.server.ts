// /admin/audit: the audit log for admins, filtered and paginated (see $lib/server/audit/audit-http.ts).
import type { PageServerLoad } from './$types';
import { requireAdmin } from '$lib/server/audit/admin-guard';
import { auditPageData } from '$lib/server/audit/audit-http';
import { getDatabase } from '$lib/server/db/database';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireAdmin(locals);
  return auditPageData(await getDatabase(), url);
};
