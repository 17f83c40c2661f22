// The view state every page shares, read from and written to the URL: year, comparison year, area, type, peers, "weak".
// Parameter names are short because people edit and paste them: year, compare, province, district, type, peer, weak.
import { toArabicDigits } from './thai/digits';
import type { OrgType } from './thai/org-name';

export const PEER_GROUPS = ['district', 'province', 'type', 'similar'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];

/** How "weak indicator" is defined: below the pass mark, the organisation's lowest, or below the peer median. */
export const WEAK_DEFINITIONS = ['pass_mark', 'lowest', 'peer_median'] as const;
export type WeakDefinition = (typeof WEAK_DEFINITIONS)[number];

/** Organisation types as org.type stores them, in the order pickers and counts list them (the DLA's six, then imports). */
export const ORG_TYPES: readonly OrgType[] = [
  'sao',
  'subdistrict_municipality',
  'town_municipality',
  'city_municipality',
  'pao',
  'special',
  'other',
];
export type { OrgType };

/** The type scope: one organisation type, or every type ('all'). Pages are SAO-first: no `type` in the URL = sao. */
export type TypeScope = OrgType | 'all';
export const TYPE_SCOPES: readonly TypeScope[] = [...ORG_TYPES, 'all'];

export interface Scope {
  year: number | null;
  compare: number | null;
  province: string | null;
  district: string | null;
  type: TypeScope;
  peer: PeerGroup;
  weak: WeakDefinition;
}

export const DEFAULT_SCOPE: Scope = {
  year: null,
  compare: null,
  province: null,
  district: null,
  type: 'sao',
  peer: 'province',
  weak: 'pass_mark',
};

export class ScopeError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

export const SCOPE_KEYS = [
  'year',
  'compare',
  'province',
  'district',
  'type',
  'peer',
  'weak',
] as const;

function year(param: string, raw: string | null): number | null {
  if (raw === null || raw === '') return null;
  const text = toArabicDigits(raw);
  if (!/^\d{4}$/.test(text))
    throw new ScopeError(
      param,
      `'${param}' must be a fiscal year in BE such as 2567 (got '${raw}')`,
    );
  return Number(text);
}

function oneOf<T extends string>(
  param: string,
  raw: string | null,
  values: readonly T[],
  fallback: T,
): T {
  if (raw === null || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw))
    throw new ScopeError(param, `'${param}' must be one of ${values.join(', ')} (got '${raw}')`);
  return raw as T;
}

/** Reads the scope from URL parameters; a malformed value throws ScopeError naming the parameter. */
export function parseScope(search: URLSearchParams): Scope {
  const province = search.get('province') || null;
  const district = search.get('district') || null;
  if (province !== null && !/^\d{2}$/.test(province))
    throw new ScopeError(
      'province',
      `'province' must be a 2-digit province code such as 94 (got '${province}')`,
    );
  if (district !== null && !/^\d{4}$/.test(district))
    throw new ScopeError(
      'district',
      `'district' must be a 4-digit district code such as 9409 (got '${district}')`,
    );
  if (district && province && !district.startsWith(province))
    throw new ScopeError('district', `district ${district} is not in province ${province}`);
  return {
    year: year('year', search.get('year')),
    compare: year('compare', search.get('compare')),
    province: province ?? (district ? district.slice(0, 2) : null),
    district,
    type: oneOf('type', search.get('type'), TYPE_SCOPES, DEFAULT_SCOPE.type),
    peer: oneOf('peer', search.get('peer'), PEER_GROUPS, DEFAULT_SCOPE.peer),
    weak: oneOf('weak', search.get('weak'), WEAK_DEFINITIONS, DEFAULT_SCOPE.weak),
  };
}

/** The URL search string for a scope: only what differs from the defaults, in a fixed order. */
export function scopeSearch(
  scope: Scope,
  extra: Record<string, string | null | undefined> = {},
): string {
  const p = new URLSearchParams();
  for (const k of SCOPE_KEYS) {
    const v = scope[k];
    if (v === null || v === DEFAULT_SCOPE[k]) continue;
    // A district implies its province; keep the URL short.
    if (k === 'province' && scope.district) continue;
    p.set(k, String(v));
  }
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * A URL's search string with only the type changed (the default type leaves the URL), for links that switch type
 * without writing the defaults a server filled in (the comparison year) into the address.
 */
export function searchWithType(search: URLSearchParams, type: TypeScope): string {
  const p = new URLSearchParams([...search].filter(([k]) => k !== 'type'));
  if (type !== DEFAULT_SCOPE.type) p.set('type', type);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The `type` parameter of named queries: the type, or absent (every type) for 'all'. */
export function typeParam(scope: Pick<Scope, 'type'>): OrgType | undefined {
  return scope.type === 'all' ? undefined : scope.type;
}

/** The area parameters named queries take (a type alias, so it also passes as a plain record of strings). */
export type AreaParams = { province?: string; district?: string; type?: OrgType };

/** The area parameters named queries take. */
export function areaParams(scope: Scope): AreaParams {
  return {
    province: scope.province ?? undefined,
    district: scope.district ?? undefined,
    type: typeParam(scope),
  };
}
