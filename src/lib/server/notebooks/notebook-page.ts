// What /notebooks and /notebooks/<slug> load: the shelf's list, or one notebook run for the URL's view.
import { error } from '@sveltejs/kit';
import type { Lang } from '../../i18n/messages';
import type { BrokenNotebook, NotebookMeta } from '../../features/notebooks/notebook-types';
import { getDatabase } from '../db/database';
import { pageLoadContext } from '../page-charts';
import { loadScopeContext } from '../scope-context';
import { findNotebook, notebookShelf } from './notebook-store';
import { ORG_PARAM, renderNotebook, withDefaults } from './run-notebook';

export function notebookList(): {
  notebooks: { slug: string; meta: NotebookMeta }[];
  broken: BrokenNotebook[];
} {
  const { notebooks, broken } = notebookShelf();
  return { notebooks: notebooks.map(({ slug, meta }) => ({ slug, meta })), broken };
}

export async function notebookPage(slug: string, url: URL, lang: Lang) {
  const nb = findNotebook(slug);
  if (!nb) error(404, { message: `There is no notebook '${slug}' / ไม่มีสมุดวิเคราะห์ '${slug}'` });
  if (!('blocks' in nb)) return { broken: nb, notebook: null };
  const { search, defaulted } = withDefaults(nb, url.searchParams);
  const { runner, dataVersion, ...context } = await loadScopeContext(
    new URL(`${url.pathname}?${search}`, url),
  );
  const params: Record<string, string> = { ...defaulted };
  const org = search.get('org');
  if (nb.meta.params.some((p) => p.name === 'org') && org) {
    if (!ORG_PARAM.pattern.test(org))
      error(400, { message: `'org' must be ${ORG_PARAM.expected} (got '${org}')` });
    params.org = org;
  }
  const ctx = pageLoadContext({ ...context, runner }, lang, params);
  const rendered = await renderNotebook(nb, ctx, () => getDatabase(), dataVersion);
  return {
    ...context,
    params,
    broken: null,
    notebook: { slug: nb.slug, file: nb.file, meta: nb.meta, blocks: rendered.blocks },
  };
}
