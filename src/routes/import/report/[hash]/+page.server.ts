// /import/report/<hash>: one stored report's measures, as parsed and as corrected, with the history of corrections.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import taxonomy from '../../../../../data/taxonomy/measure-categories.json';
import { getDatabase } from '$lib/server/db/database';
import { loadReportReview } from '$lib/server/import-web/report-review';
import { pageAccount } from '$lib/server/auth/page-account';
import { readOnlyMode } from '$lib/server/db/snapshot';

export const load: PageServerLoad = async ({ params, locals }) => {
  if (!/^[0-9a-f]{64}$/.test(params.hash))
    error(400, { message: 'A report is named by its SHA-256 (64 hex digits)', param: 'hash' });
  const db = await getDatabase();
  const review = await loadReportReview(db, params.hash);
  if (!review) error(404, { message: `No report ${params.hash}` });
  return {
    review,
    writesEnabled: !readOnlyMode(),
    account: await pageAccount(db, locals.user),
    categories: taxonomy.categories.map(({ id, name_th, name_en }) => ({ id, name_th, name_en })),
  };
};
