// Answers the header search box: organisations by Thai name (with or without อบต.), code or district, best first.
import type { OrgResolver, OrgRecord } from './resolver';

export interface OrgSearchHit {
  code: string;
  short_name_th: string;
  name_th: string;
  district_th: string | null;
  province_th: string | null;
  type: string;
  /** Another organisation in the hits has the same short name: show district and province to tell them apart. */
  ambiguous: boolean;
}

export const SEARCH_LIMIT = 12;

export function searchOrgs(
  resolver: OrgResolver,
  query: string,
  limit = SEARCH_LIMIT,
): OrgSearchHit[] {
  const q = query.trim().slice(0, 100);
  if (q.length === 0) return [];
  const hits: OrgRecord[] = resolver.search(q, limit);
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.short_name_th, (counts.get(h.short_name_th) ?? 0) + 1);
  return hits.map((h) => ({
    code: h.code,
    short_name_th: h.short_name_th,
    name_th: h.name_th,
    district_th: h.district_th,
    province_th: h.province_th,
    type: h.type,
    ambiguous: (counts.get(h.short_name_th) ?? 0) > 1,
  }));
}
