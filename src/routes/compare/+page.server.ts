// The compare page: two to ten organisations side by side (see $lib/server/compare/compare-page.ts).
import type { PageServerLoad } from './$types';
import { loadComparePage } from '$lib/server/compare/compare-page';

export const load: PageServerLoad = async ({ url, locals }) => loadComparePage(url, locals.lang);
