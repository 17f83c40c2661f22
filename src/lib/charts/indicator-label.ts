// How an indicator is named on a chart axis: its code, then its name in the reader's language, marked when unconfirmed.
import type { Lang } from '../i18n/messages';

export type IndicatorName = {
  code: string;
  name_th: string;
  name_en: string;
  /** The weight or the name is not confirmed in that year's framework. */
  unconfirmed?: boolean;
};

/** The marker put after an indicator whose weight or name is unconfirmed; the page explains it in a footnote. */
export const UNCONFIRMED_MARK = '*';

/** "7 ประสิทธิภาพการสื่อสาร*"; with short = true only "7*" (narrow screens), names stay in the tooltip. */
export function indicatorLabel(
  ind: IndicatorName,
  lang: Lang,
  short = false,
  maxChars = 28,
): string {
  const mark = ind.unconfirmed ? UNCONFIRMED_MARK : '';
  if (short) return `${ind.code}${mark}`;
  const name = lang === 'th' ? ind.name_th : ind.name_en;
  const cut = name.length > maxChars ? `${name.slice(0, maxChars - 1)}…` : name;
  return `${ind.code} ${cut}${mark}`;
}
