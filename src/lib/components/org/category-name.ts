// A measure category's name in the reader's language, from the editable taxonomy (data/taxonomy/measure-categories.json).
import taxonomy from '../../../../data/taxonomy/measure-categories.json';
import type { Lang } from '../../i18n/messages';

const NAMES = new Map(taxonomy.categories.map((c) => [c.id, c]));

/** The category's name, or its id when the taxonomy no longer lists it. */
export function categoryName(id: string | null, lang: Lang): string {
  if (!id) return '–';
  const c = NAMES.get(id);
  return c ? (lang === 'th' ? c.name_th : c.name_en) : id;
}
