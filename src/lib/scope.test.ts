import { describe, expect, it } from 'vitest';
import {
  areaParams,
  DEFAULT_SCOPE,
  ORG_TYPES,
  parseScope,
  scopeSearch,
  ScopeError,
  searchWithType,
  typeParam,
} from './scope';

const parse = (s: string) => parseScope(new URLSearchParams(s));

describe('parseScope', () => {
  it('reads every parameter', () => {
    expect(
      parse('year=2567&compare=2566&province=94&district=9409&type=sao&peer=similar&weak=lowest'),
    ).toEqual({
      year: 2567,
      compare: 2566,
      province: '94',
      district: '9409',
      type: 'sao',
      peer: 'similar',
      weak: 'lowest',
    });
  });
  it('gives the defaults for an empty URL', () => {
    expect(parse('')).toEqual(DEFAULT_SCOPE);
  });
  it('takes the province from a district and Thai digits in years', () => {
    expect(parse('district=9409&year=๒๕๖๗')).toMatchObject({
      province: '94',
      district: '9409',
      year: 2567,
    });
  });
  it.each([
    ['year=67', 'year'],
    ['province=940', 'province'],
    ['district=94', 'district'],
    ['province=23&district=9409', 'district'],
    ['peer=neighbours', 'peer'],
    ['weak=bad', 'weak'],
    ['type=city', 'type'],
  ])('rejects %s naming %s', (search, param) => {
    try {
      parse(search);
      throw new Error('expected a ScopeError');
    } catch (err) {
      expect(err).toBeInstanceOf(ScopeError);
      expect((err as ScopeError).param).toBe(param);
    }
  });
});

describe('scopeSearch', () => {
  it('writes only what differs from the defaults, district without its province', () => {
    expect(scopeSearch({ ...DEFAULT_SCOPE, year: 2567, province: '94', district: '9409' })).toBe(
      '?year=2567&district=9409',
    );
    expect(scopeSearch(DEFAULT_SCOPE)).toBe('');
  });
  it('round-trips through parseScope', () => {
    const scope = parse('year=2568&compare=2564&province=23&peer=district&weak=peer_median');
    expect(parse(scopeSearch(scope).slice(1))).toEqual(scope);
  });
});

describe('the type scope', () => {
  it('is SAO-first: a URL without type means อบต.', () => {
    expect(parse('year=2567').type).toBe('sao');
    expect(parse('type=').type).toBe('sao');
    expect(DEFAULT_SCOPE.type).toBe('sao');
  });
  it.each([
    'sao',
    'subdistrict_municipality',
    'town_municipality',
    'city_municipality',
    'pao',
    'special',
  ])('reads type=%s as that type, and queries filter on it', (type) => {
    const scope = parse(`type=${type}`);
    expect(scope.type).toBe(type);
    expect(typeParam(scope)).toBe(type);
    expect(areaParams(scope)).toEqual({ province: undefined, district: undefined, type });
  });
  it('knows the six DLA types and the imported agencies', () => {
    expect(ORG_TYPES).toEqual([
      'sao',
      'subdistrict_municipality',
      'town_municipality',
      'city_municipality',
      'pao',
      'special',
      'other',
    ]);
  });
  it('reads type=all as every type: queries get no type filter', () => {
    const scope = parse('type=all&province=94');
    expect(scope.type).toBe('all');
    expect(typeParam(scope)).toBeUndefined();
    expect(areaParams(scope)).toEqual({ province: '94', district: undefined, type: undefined });
  });
  it('rejects an unknown type naming the parameter and the values it takes', () => {
    expect(() => parse('type=municipality')).toThrow(ScopeError);
    try {
      parse('type=municipality');
    } catch (err) {
      expect((err as ScopeError).param).toBe('type');
      expect((err as Error).message).toBe(
        "'type' must be one of sao, subdistrict_municipality, town_municipality, city_municipality, pao, special, other, all (got 'municipality')",
      );
    }
  });
  it('leaves the default type out of URLs and keeps any other', () => {
    expect(scopeSearch({ ...DEFAULT_SCOPE, type: 'sao', year: 2567 })).toBe('?year=2567');
    expect(scopeSearch({ ...DEFAULT_SCOPE, type: 'all', province: '94' })).toBe(
      '?province=94&type=all',
    );
    expect(scopeSearch({ ...DEFAULT_SCOPE, type: 'pao' }, { sort: '-change' })).toBe(
      '?type=pao&sort=-change',
    );
    for (const type of [...ORG_TYPES, 'all'] as const) {
      const scope = { ...DEFAULT_SCOPE, type };
      expect(parse(scopeSearch(scope).slice(1))).toEqual(scope);
    }
  });
});

describe('searchWithType', () => {
  const search = (s: string) => new URLSearchParams(s);
  it('changes only the type, leaving the default out and the other parameters as written', () => {
    expect(searchWithType(search('year=2568&type=all'), 'pao')).toBe('?year=2568&type=pao');
    expect(searchWithType(search('year=2568&type=all'), 'sao')).toBe('?year=2568');
    expect(searchWithType(search(''), 'all')).toBe('?type=all');
    expect(searchWithType(search('type=pao'), 'sao')).toBe('');
    expect(searchWithType(search('province=94&sort=-change'), 'special')).toBe(
      '?province=94&sort=-change&type=special',
    );
  });
});
