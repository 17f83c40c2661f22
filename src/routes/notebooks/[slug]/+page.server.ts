// /notebooks/<slug>: one notebook run on the server for the view in the URL (its declared parameters).
import type { PageServerLoad } from './$types';
import { notebookPage } from '$lib/server/notebooks/notebook-page';

export const load: PageServerLoad = ({ params, url, locals }) =>
  notebookPage(params.slug, url, locals.lang);
