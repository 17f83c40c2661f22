// Numbers, shares, fiscal years and dates formatted the way Thai readers expect (and the English equivalents).
import type { Lang } from '../i18n/messages';
import { toCE } from './years';

const locale = (lang: Lang) => (lang === 'th' ? 'th-TH' : 'en-GB');

// Making an Intl.NumberFormat costs ~100 times formatting with one: a page formats thousands of table cells.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(x: number | null | undefined, lang: Lang, fractionDigits = 2): string {
  if (x == null || Number.isNaN(x)) return '–';
  return numberFormat(lang, fractionDigits).format(x);
}

export function formatCount(x: number | null | undefined, lang: Lang): string {
  return formatNumber(x, lang, 0);
}

/** A share 0-1 as a percentage: 0.5222 → "52.2%" (Thai writes the sign the same way, without a space). */
export function formatShare(
  share: number | null | undefined,
  lang: Lang,
  fractionDigits = 1,
): string {
  if (share == null || Number.isNaN(share)) return '–';
  return `${formatNumber(share * 100, lang, fractionDigits)}%`;
}

/** Fiscal years stay in BE in both languages (that is how the data is published); English adds the CE span. */
export function formatFiscalYear(fy: number, lang: Lang): string {
  if (lang === 'th') return `ปีงบประมาณ ${fy}`;
  const ce = toCE(fy);
  return `FY ${fy} (${ce - 1}/${String(ce).slice(2)})`;
}

/** A date in the Thai calendar for Thai readers: 22 พ.ย. 2569. */
export function formatDate(date: Date, lang: Lang): string {
  const loc = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
  return new Intl.DateTimeFormat(loc, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Asia/Bangkok',
  }).format(date);
}
