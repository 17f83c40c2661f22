// Names of the measure categories (this product's taxonomy, data/taxonomy/measure-categories.json) in the reader's language.
import taxonomy from '../../../../data/taxonomy/measure-categories.json';
import type { Lang } from '../../i18n/messages';

interface TaxonomyCategory {
  id: string;
  name_th: string;
  name_en: string;
}

const CATEGORIES: TaxonomyCategory[] = taxonomy.categories;

/** Category ids in the taxonomy's order ('other' last). */
export const CATEGORY_IDS: string[] = CATEGORIES.map((c) => c.id);

/** The category's name, or its id when the taxonomy no longer lists it (a renamed id in old data). */
export function categoryName(id: string, lang: Lang): string {
  const c = CATEGORIES.find((x) => x.id === id);
  if (!c) return id;
  return lang === 'th' ? c.name_th : c.name_en;
}
