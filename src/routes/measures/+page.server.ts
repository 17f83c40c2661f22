// Measures: the page's charts, the lowest-completion list and one page of the measure table, loaded on the server.
import type { PageServerLoad } from './$types';
import { loadMeasuresPage } from '$lib/server/measures/measures-page';

export const load: PageServerLoad = ({ url, locals }) => loadMeasuresPage(url, locals.lang);
