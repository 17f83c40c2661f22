// The type list every page shows: the DLA's six types in a fixed order, zeros filled in, imported agencies only when present.
import { describe, expect, it } from 'vitest';
import { typeCounts } from './type-counts';

describe('typeCounts', () => {
  it('lists the six types in the registry order, 0 for those the area lacks', () => {
    const r = typeCounts([
      { type: 'pao', registered: 1, scored: 1, real: 0 },
      { type: 'sao', registered: 96, scored: 90, real: 2 },
    ]);
    expect(r.map((x) => [x.type, x.registered, x.scored, x.real])).toEqual([
      ['sao', 96, 90, 2],
      ['subdistrict_municipality', 0, 0, 0],
      ['town_municipality', 0, 0, 0],
      ['city_municipality', 0, 0, 0],
      ['pao', 1, 1, 0],
      ['special', 0, 0, 0],
    ]);
  });
  it('adds imported non-local agencies last, only when there are some', () => {
    const r = typeCounts([{ type: 'other', registered: 3, scored: 2, real: 2 }]);
    expect(r.at(-1)).toEqual({ type: 'other', registered: 3, scored: 2, real: 2 });
    expect(r).toHaveLength(7);
    expect(typeCounts([{ type: 'other', registered: 0, scored: 0, real: 0 }])).toHaveLength(6);
  });
});
