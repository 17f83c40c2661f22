// The peer groups in words: one sentence per group, and which group "below the peer median" really compares with.
import type { Translate } from '../i18n/messages';
import type { PeerGroup, WeakDefinition } from '../scope';

/** How many organisations the similar group holds: similar_count() in migration 022 (a test holds the two equal). */
export const SIMILAR_COUNT = 15;

/**
 * The group whose median weak=peer_median compares with (median_peer in migration 022). The similar group has no
 * median of its own: each organisation's 15 nearest differ, and finding them for a whole year costs seconds, so its
 * weak indicators read the median of the organisation's type nationwide.
 */
export function medianPeer(peer: PeerGroup): Exclude<PeerGroup, 'similar'> {
  return peer === 'similar' ? 'type' : peer;
}

/** Where an organisation is, for naming its groups ("หน่วยงานในอำเภอยะหริ่ง", "อบต. ทั่วประเทศ"). */
export interface PeerPlace {
  type: string;
  district_th: string | null;
  province_th: string | null;
}

/** A peer group's name: of one organisation when given ("organisations in Yaring district"), else generic. */
export function peerGroupName(peer: PeerGroup, t: Translate, org?: PeerPlace): string {
  if (!org) return t(`peer.${peer}`, { n: SIMILAR_COUNT });
  switch (peer) {
    case 'district':
      return t('org.group.district', { district: org.district_th ?? '–' });
    case 'province':
      return t('org.group.province', { province: org.province_th ?? '–' });
    case 'type':
      return t('org.group.type', { type: t(`type.${org.type}` as Parameters<Translate>[0]) });
    case 'similar':
      return t('org.group.similar', { n: SIMILAR_COUNT });
  }
}

/**
 * Who a view compares with under the weak definition in use, as every page, picker and export says it: the chosen
 * group, except that under weak=peer_median the similar group is named for what the SQL does (the same type
 * nationwide). That sentence gives no count: the SQL compares with no group of SIMILAR_COUNT there.
 */
export function peerSentence(
  peer: PeerGroup,
  weak: WeakDefinition,
  t: Translate,
  org?: PeerPlace,
): string {
  if (weak !== 'peer_median' || medianPeer(peer) === peer) return peerGroupName(peer, t, org);
  return t('peer.median_instead', { group: peerGroupName(medianPeer(peer), t, org) });
}
