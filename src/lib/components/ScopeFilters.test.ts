// The filter bar's peer picker, rendered on the server: each group is named for what the SQL compares with under the
// weak definition in force (issue 12: it said "15 most similar" where weak=peer_median reads the same-type median).
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { translator, type Lang } from '../i18n/messages';
import { medianPeer, peerGroupName, SIMILAR_COUNT } from '../ita/peer-group';
import { DEFAULT_SCOPE, type Scope } from '../scope';
import ScopeFilters from './ScopeFilters.svelte';

vi.mock('$app/navigation', () => ({ goto: vi.fn() }));
vi.mock('$app/state', () => ({
  page: { url: new URL('http://localhost/province/94'), data: { lang: 'th' } },
}));

/** The text of each <option> of the peer picker, by value. */
function peerOptions(weak: Scope['weak'], lang: Lang): Record<string, string> {
  const scope: Scope = { ...DEFAULT_SCOPE, year: 2567, province: '94', peer: 'similar', weak };
  const { body } = render(ScopeFilters, {
    props: {
      scope,
      show: ['peer', 'weak'],
      years: [2566, 2567],
      provinces: [{ province_code: '94', province_th: 'ปัตตานี' }],
      passMark: 85,
      t: translator(lang),
    },
  });
  const select = body.match(/<select name="peer"[^>]*>([\s\S]*?)<\/select>/)?.[1] ?? '';
  return Object.fromEntries(
    [...select.matchAll(/<option value="(\w+)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]),
  );
}

describe('the peer picker', () => {
  for (const lang of ['th', 'en'] as const)
    it(`under weak=peer_median names the group the SQL reads for "similar" (${lang})`, () => {
      const t = translator(lang);
      const options = peerOptions('peer_median', lang);
      expect(Object.keys(options)).toEqual(['district', 'province', 'type', 'similar']);
      // median_peer (migration 022) reads the same-type median for the similar group: no group of 15 is used.
      expect(medianPeer('similar')).toBe('type');
      expect(options.similar).toContain(peerGroupName('type', t));
      expect(options.similar).not.toContain(String(SIMILAR_COUNT));
      expect(options.province).toBe(peerGroupName('province', t));
    });

  it('names the similar group with its count where the definition does not read a peer median', () => {
    const t = translator('th');
    for (const weak of ['pass_mark', 'lowest'] as const)
      expect(peerOptions(weak, 'th').similar).toBe(peerGroupName('similar', t));
    expect(peerGroupName('similar', t)).toContain(String(SIMILAR_COUNT));
  });
});
