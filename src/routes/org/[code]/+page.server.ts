// The organisation page: one organisation's results (any type), peers, weak indicators, measures and its charts (see $lib/server/org/org-page.ts).
import type { PageServerLoad } from './$types';
import { loadOrgPage } from '$lib/server/org/org-page';

export const load: PageServerLoad = async ({ url, params, locals }) =>
  loadOrgPage(url, params.code, locals.lang);
