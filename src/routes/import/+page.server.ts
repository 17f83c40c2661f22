// /import: whether this server accepts writes and who is signed in, the upload limit, the taxonomy for the previews, and the download's choices.
import type { PageServerLoad } from './$types';
import taxonomy from '../../../data/taxonomy/measure-categories.json';
import { parseScope } from '$lib/scope';
import { loadScopeContext } from '$lib/server/scope-context';
import { MAX_UPLOAD_BYTES } from '$lib/server/import-web/upload';
import { pageAccount } from '$lib/server/auth/page-account';
import { getDatabase } from '$lib/server/db/database';
import { readOnlyMode } from '$lib/server/db/snapshot';

export const load: PageServerLoad = async ({ url, locals }) => {
  const { provinces, years } = await loadScopeContext(url);
  // The download takes the URL's year only when one was given: no year means every year.
  const asked = parseScope(url.searchParams);
  return {
    writesEnabled: !readOnlyMode(),
    account: await pageAccount(await getDatabase(), locals.user),
    maxBytes: MAX_UPLOAD_BYTES,
    categories: taxonomy.categories.map(({ id, name_th, name_en }) => ({ id, name_th, name_en })),
    provinces,
    years,
    download: { province: asked.province ?? '', year: asked.year ? String(asked.year) : '' },
  };
};
