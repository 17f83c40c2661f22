// The name of a reporting round (รอบ) for the reader, or "not stated".
import type { MessageKey, Translate } from '../../i18n/messages';

export function roundLabel(round: string | null, t: Translate): string {
  if (round && ['3m', '6m', '9m', '12m'].includes(round))
    return t(`measures.round.${round}` as MessageKey);
  return t('import.report.unknown');
}
