// Thai digits (๐-๙, U+0E50..U+0E59) to Arabic digits and back, and lenient number parsing.

const THAI_ZERO = 0x0e50;

/** Replaces every Thai digit with its Arabic digit; other characters are kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Replaces every Arabic digit with its Thai digit; other characters are kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/**
 * Parses a number as people write it in Thai documents and spreadsheets:
 * Thai or Arabic digits, thousands separators, a trailing %, stray spaces.
 * Returns null for blank or unparseable text (missing is not zero).
 */
export function parseThaiNumber(text: string | null | undefined): number | null {
  if (text == null) return null;
  const cleaned = toArabicDigits(String(text))
    .replace(/[\s\u00A0]/g, '')
    .replace(/,(?=\d{3}(\D|$))/g, '')
    .replace(/%$/, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}
