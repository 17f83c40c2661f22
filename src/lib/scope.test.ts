import { describe, expect, it } from 'vitest';
import { DEFAULT_SCOPE, parseScope, scopeSearch, ScopeError } from './scope';

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
