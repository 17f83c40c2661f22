// Sentences the organisation page repeats: the definition of "weak" in use, score provenance.
import type { MessageKey, Translate } from '../../i18n/messages';
import type { PeerGroup, WeakDefinition } from '../../scope';
import { LOWEST_COUNT } from '../../ita/weak';
import { peerSentence } from '../../ita/peer-group';

export interface OrgPlace {
  short_name_th: string;
  type: string;
  district_th: string | null;
  province_th: string | null;
}

/** The definition of weak in use, in words; the peer group is named by peerSentence, as on every page and export. */
export function weakDefinitionText(
  weak: WeakDefinition,
  peer: PeerGroup,
  org: OrgPlace,
  passMark: number,
  t: Translate,
): string {
  if (weak === 'pass_mark') return t('org.weak.def.pass_mark', { mark: passMark });
  if (weak === 'lowest') return t('org.weak.def.lowest', { n: LOWEST_COUNT });
  return t('org.weak.def.peer_median', { group: peerSentence(peer, weak, t, org) });
}

/** Where a year's scores came from: synthetic demo data, or the files they were imported from. */
export function scoreSourceText(
  source: string,
  files: readonly string[] | null | undefined,
  t: Translate,
): string {
  if (source === 'synthetic') return t('org.source.synthetic');
  return files && files.length > 0
    ? t('org.source.files', { files: files.join(', ') })
    : t('org.source.real');
}

/** A measure's status in a round, in words ('none' when the round has no report). */
export function statusText(status: string | null, t: Translate): string {
  const key = status ?? 'none';
  return ['completed', 'in_progress', 'not_started', 'not_possible', 'unknown'].includes(key)
    ? t(`measures.status.${key}` as MessageKey)
    : t('measures.status.none');
}
