// A measure category's name in the reader's language, from the taxonomy the page was given.
import type { Lang } from '../../i18n/messages';
import type { CategoryOption } from './import-types';

export function categoryLabel(categories: CategoryOption[], id: string, lang: Lang): string {
  const c = categories.find((x) => x.id === id);
  if (!c) return id;
  return lang === 'th' ? c.name_th : c.name_en;
}
