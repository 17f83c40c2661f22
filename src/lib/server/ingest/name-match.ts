// Normalises measure names and scores how alike two are, so a plan row finds its result row despite spelling.
import { toArabicDigits } from '../../thai/digits';
import variantsDoc from './spelling-variants.json' with { type: 'json' };

const VARIANTS: [string, string][] = (variantsDoc.variants as [string, string][]).map(
  ([from, to]) => [from.toLowerCase(), to.toLowerCase()],
);

const LEADING_NUMBER = /^\s*(ข้อ|ที่)?\s*\(?\d{1,3}(\.\d{1,3})*\s*[.)]?\s*/;
const LEADING_KIND = /^(มาตรการ|กิจกรรม|โครงการ)(ที่\d+)?/;

/**
 * The form a measure name is matched and stored by (measure.name_norm): Arabic digits, lower case, agreed spellings,
 * no numbering, no leading "มาตรการ/กิจกรรม/โครงการ" or "การ", no spaces or punctuation.
 */
export function normalizeMeasureName(name: string): string {
  let s = toArabicDigits(name).toLowerCase();
  for (const [from, to] of VARIANTS) s = s.split(from).join(to);
  s = s.replace(LEADING_NUMBER, '');
  s = s.replace(/[^\u0E01-\u0E2E\u0E30-\u0E4E\u0E50-\u0E59a-z0-9]+/g, '');
  for (let i = 0; i < 3; i++) {
    const next = s.replace(LEADING_KIND, '');
    if (next === s) break;
    s = next;
  }
  s = s.replace(/^การ(?=.{4})/, '');
  return s;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let total = 0;
  for (const [g, n] of a) {
    inter += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * inter) / total;
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

function words(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const seg of segmenter.segment(s))
    if (seg.isWordLike) out.set(seg.segment, (out.get(seg.segment) ?? 0) + 1);
  return out;
}

/** 0..1: how alike two normalised names are, by Thai words and by letter pairs; containment counts as close. */
export function nameSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained = long.includes(short) && short.length / long.length >= 0.6 ? 0.9 : 0;
  return Math.max(contained, dice(bigrams(a), bigrams(b)), dice(words(a), words(b)));
}
