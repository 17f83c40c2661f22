// /import/report/<hash>: one stored report's measures, as parsed and as corrected, with the history of corrections.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import taxonomy from '../../../../../data/taxonomy/measure-categories.json';
import { getDatabase } from '$lib/server/db/database';
import { loadReportReview } from '$lib/server/import-web/report-review';
import { configuredAdminToken } from '$lib/server/import-web/write-access';

export const load: PageServerLoad = async ({ params }) => {
  if (!/^[0-9a-f]{64}$/.test(params.hash))
    error(400, { message: 'A report is named by its SHA-256 (64 hex digits)', param: 'hash' });
  const review = await loadReportReview(await getDatabase(), params.hash);
  if (!review) error(404, { message: `No report ${params.hash}` });
  return {
    review,
    writesEnabled: configuredAdminToken() !== null,
    categories: taxonomy.categories.map(({ id, name_th, name_en }) => ({ id, name_th, name_en })),
  };
};
