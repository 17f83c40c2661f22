// /notebooks: every notebook in notebooks/, and the files that could not be read with their error.
import type { PageServerLoad } from './$types';
import { notebookList } from '$lib/server/notebooks/notebook-page';

export const load: PageServerLoad = () => notebookList();
