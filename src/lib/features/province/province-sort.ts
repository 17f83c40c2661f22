// Sorting the province table: the sort key lives in the URL as `sort=<column>` or `sort=-<column>` (descending).
import { ORG_TYPES, type OrgType } from '../../scope';
import type { ProvinceOrgRow } from './province-rows';

export const SORT_KEYS = [
  'name',
  'type',
  'district',
  'total',
  'change',
  'weakest',
  'measures',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  desc: boolean;
}

export const DEFAULT_SORT: Sort = { key: 'total', desc: true };

/** Reads `sort`; anything unknown falls back to the default (highest total first) rather than failing the page. */
export function parseSort(raw: string | null): Sort {
  if (!raw) return DEFAULT_SORT;
  const desc = raw.startsWith('-');
  const key = (desc ? raw.slice(1) : raw) as SortKey;
  return SORT_KEYS.includes(key) ? { key, desc } : DEFAULT_SORT;
}

export function sortParam(sort: Sort): string | null {
  if (sort.key === DEFAULT_SORT.key && sort.desc === DEFAULT_SORT.desc) return null;
  return `${sort.desc ? '-' : ''}${sort.key}`;
}

/** Clicking a column: the same column flips direction; a new one starts with its natural order. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, desc: !current.desc };
  return { key, desc: key === 'total' || key === 'change' || key === 'measures' };
}

const value = (r: ProvinceOrgRow, key: SortKey): number | string | null => {
  switch (key) {
    case 'name':
      return r.short_name_th;
    case 'type':
      // The registry's order (อบต., เทศบาลตำบล, …, อบจ.), not the alphabet.
      return ORG_TYPES.indexOf(r.type as OrgType);
    case 'district':
      return r.district_th;
    case 'total':
      return r.total;
    case 'change':
      return r.change;
    case 'weakest':
      return r.weakest_value;
    case 'measures':
      return r.measure_share;
  }
};

/** Rows in the chosen order; missing values (no comparison score, no weak indicator, no report) always go last. */
export function sortRows(rows: ProvinceOrgRow[], sort: Sort): ProvinceOrgRow[] {
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a, sort.key), value(b, sort.key)];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      const c = typeof x === 'string' ? x.localeCompare(y as string, 'th') : x - (y as number);
      if (c !== 0) return sign * c;
    }
    return b.total - a.total || a.org_code.localeCompare(b.org_code);
  });
}
