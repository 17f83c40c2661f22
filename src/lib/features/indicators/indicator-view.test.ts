import { describe, expect, it } from 'vitest';
import { DEFAULT_SCOPE, ScopeError } from '../../scope';
import {
  DEFAULT_VIEW,
  effectiveSort,
  indicatorParams,
  indicatorSearch,
  parseIndicatorView,
} from './indicator-view';

const parse = (s: string) => parseIndicatorView(new URLSearchParams(s));

describe('indicator page view state', () => {
  it('reads drill, sort and direction, with the weakest total first by default', () => {
    expect(parse('')).toEqual({ drill: null, sort: 'TOTAL', dir: 'asc' });
    expect(parse('drill=9&sort=9.2&dir=desc')).toEqual({ drill: '9', sort: '9.2', dir: 'desc' });
    expect(parse('sort=total')).toMatchObject({ sort: 'TOTAL' });
    expect(parse('sort=name')).toMatchObject({ sort: 'name' });
  });
  it('names the parameter that is malformed', () => {
    expect(() => parse('drill=x')).toThrow(ScopeError);
    expect(() => parse('sort=7;drop')).toThrow(/'sort'/);
    expect(() => parse('dir=up')).toThrow(/'dir'/);
  });
  it('writes only what differs from the defaults, after the scope', () => {
    const scope = { ...DEFAULT_SCOPE, province: '94' };
    expect(indicatorSearch(scope, { drill: null, sort: 'TOTAL', dir: 'asc' })).toBe('?province=94');
    expect(indicatorSearch(scope, { drill: '9', sort: '9.1', dir: 'desc' })).toBe(
      '?province=94&drill=9&sort=9.1&dir=desc',
    );
  });
  it('falls back to the first column when the sort column is not shown', () => {
    expect(effectiveSort({ drill: '9', sort: 'TOTAL', dir: 'asc' }, ['9', '9.1'])).toBe('9');
    expect(effectiveSort({ drill: null, sort: '7', dir: 'asc' }, ['TOTAL', '7'])).toBe('7');
    expect(effectiveSort({ drill: null, sort: 'name', dir: 'asc' }, [])).toBe('name');
  });
  it('gives the charts their parameters without the defaults, and reads them back', () => {
    expect(indicatorParams(DEFAULT_VIEW)).toEqual({});
    const view = { drill: '9', sort: 'TOTAL', dir: 'desc' } as const;
    expect(indicatorParams(view)).toEqual({ drill: '9', dir: 'desc' });
    expect(parseIndicatorView(indicatorParams(view))).toEqual(view);
    expect(parseIndicatorView({ sort: 'total' })).toEqual(DEFAULT_VIEW);
    expect(() => parseIndicatorView({ drill: '9a' })).toThrow(/'drill'/);
  });
});
