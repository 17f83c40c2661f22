// The peer sentences: the similar group is named for what weak=peer_median compares with, every other group as chosen.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { PEER_GROUPS, WEAK_DEFINITIONS } from '../scope';
import { medianPeer, peerGroupName, peerSentence, SIMILAR_COUNT } from './peer-group';

const th = translator('th');
const en = translator('en');
const chaRang = { type: 'sao', district_th: 'ยะหริ่ง', province_th: 'ปัตตานี' };

describe('peerSentence', () => {
  it('says that weak=peer_median with the similar group compares with the same type nationwide', () => {
    expect(medianPeer('similar')).toBe('type');
    expect(peerSentence('similar', 'peer_median', en)).toBe(
      'Same type, nationwide (instead of the most similar organisations, which have no shared median)',
    );
    expect(peerSentence('similar', 'peer_median', th)).toBe(
      'ประเภทเดียวกันทั้งประเทศ (ใช้แทนกลุ่มหน่วยงานที่มีลักษณะใกล้เคียง ซึ่งไม่มีค่ามัธยฐานร่วมกันของกลุ่ม)',
    );
    expect(peerSentence('similar', 'peer_median', th, chaRang)).toBe(
      'อบต.ทั่วประเทศ (ใช้แทนกลุ่มหน่วยงานที่มีลักษณะใกล้เคียง ซึ่งไม่มีค่ามัธยฐานร่วมกันของกลุ่ม)',
    );
    // The SQL compares with no group of SIMILAR_COUNT there, so the sentence gives no count.
    for (const t of [th, en])
      expect(peerSentence('similar', 'peer_median', t)).not.toContain(String(SIMILAR_COUNT));
  });
  it('names the similar group itself where its members are compared (the benchmark, other definitions)', () => {
    expect(peerSentence('similar', 'pass_mark', en)).toBe('Most similar organisations (15)');
    expect(peerSentence('similar', 'lowest', en, chaRang)).toBe(
      'the 15 most similar organisations',
    );
    expect(peerGroupName('similar', th)).toContain(String(SIMILAR_COUNT));
  });
  it('names district, province and type groups the same under every definition', () => {
    for (const peer of PEER_GROUPS.filter((p) => p !== 'similar'))
      for (const weak of WEAK_DEFINITIONS) {
        expect(medianPeer(peer)).toBe(peer);
        expect(peerSentence(peer, weak, en)).toBe(en(`peer.${peer}`));
        expect(peerSentence(peer, weak, th, chaRang)).toBe(peerGroupName(peer, th, chaRang));
      }
    expect(peerSentence('district', 'peer_median', th, chaRang)).toBe('หน่วยงานในอำเภอยะหริ่ง');
    expect(peerSentence('type', 'peer_median', en, chaRang)).toBe('SAOs nationwide');
  });
});
