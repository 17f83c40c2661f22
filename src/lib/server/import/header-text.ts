// Normalises header and label text so that spelling variants compare equal: digits, case, spaces, punctuation.
import { toArabicDigits } from '../../thai/digits';

/** Lower case, Arabic digits, single spaces; keeps dots and parentheses (codes such as 9.1 need them). */
export function normaliseText(text: string): string {
  return toArabicDigits(text)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00A0\u200B]+/g, ' ')
    .trim();
}

/**
 * The form keywords are compared in: no parenthesised notes ("IIT (30%)"), no punctuation, no spaces.
 * "ชื่อ อปท." and "ชื่ออปท" become the same word.
 */
export function compactText(text: string): string {
  return normaliseText(text)
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s.:*#_\-–/\\'"“”‘’]/g, '');
}
