// The compare page's orgs parameter (/compare?orgs=6940907,6940108): how a written list becomes organisation codes.
import { ORG_CODE } from '../org/org-code';
import { toArabicDigits } from '../../thai/digits';

/** The most organisations a comparison shows side by side. */
export const MAX_COMPARED = 10;

/** Splits the orgs parameter: trimmed, Thai digits allowed, repeats dropped, in the order written. */
export function parseOrgList(raw: string | null): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const part of (raw ?? '').split(/[,\s]+/)) {
    const code = toArabicDigits(part.trim());
    if (!code) continue;
    if (!ORG_CODE.test(code)) invalid.push(part.trim());
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}
