// Why a measure could not be done (ไม่สามารถดำเนินการได้), in the reader's language: the reason kind, then the report's words.
import type { MessageKey, Translate } from '../../i18n/messages';
import { STATUS_REASON_KINDS } from '../../ita/measure-status';

export function reasonText(
  kind: string | null | undefined,
  text: string | null | undefined,
  t: Translate,
): string | null {
  if (!kind && !text) return null;
  const label =
    kind && (STATUS_REASON_KINDS as readonly string[]).includes(kind)
      ? t(`measures.reason.${kind}` as MessageKey)
      : null;
  // The report's words often repeat the kind's name (ไม่ได้รับงบประมาณ): say it once.
  if (label && text && text !== label) return `${label}: ${text}`;
  return label ?? text ?? null;
}
