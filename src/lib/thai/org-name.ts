// Splits Thai organisation names into type, core name, district and province, and makes and compares matching keys.
import { toArabicDigits } from './digits';

export type OrgType =
  | 'sao'
  | 'subdistrict_municipality'
  | 'town_municipality'
  | 'city_municipality'
  | 'pao'
  | 'special'
  | 'other';

export interface ParsedOrgName {
  type: OrgType | null;
  core: string;
  district: string | null;
  province: string | null;
}

/** Zero-width space/joiners, word joiner, BOM and soft hyphen: invisible in documents, but break matching. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Thai vowel and tone marks that stack on a consonant (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ). */
const THAI_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]{2,}/g;

/**
 * Stacking order of the marks: vowels above or below first, then tone marks. Text converted from PDF
 * often has them swapped, which looks the same on screen but compares different.
 */
function markRank(ch: string): number {
  return /[\u0E31\u0E34-\u0E3A\u0E47]/.test(ch) ? 0 : 1;
}

/**
 * Tidies text as it comes from documents: NFC, Thai digits to Arabic, SARA AM typed as NIKHAHIT + SARA AA
 * recomposed, marks in stacking order, invisible characters removed, any whitespace (NBSP included)
 * collapsed to one space.
 */
export function cleanThaiText(text: string): string {
  return toArabicDigits(text.normalize('NFC'))
    .replace(INVISIBLE, '')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(THAI_MARKS, (marks) =>
      [...new Set(marks)].sort((a, b) => markRank(a) - markRank(b)).join(''),
    )
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A matching key for Thai names: NFC, Thai digits→Arabic, no spaces/zero-width chars/punctuation, lower-case Latin. */
export function normalizeThaiName(text: string): string {
  return cleanThaiText(text)
    .replace(/[^\p{L}\p{M}\p{N}]/gu, '')
    .toLowerCase();
}

/** A keyword as a pattern that tolerates spaces anywhere inside it ("องค์การ บริหารส่วน ตำบล"). */
function spaced(word: string): string {
  return [...word].join('\\s*');
}

/** An abbreviation with optional dots and spaces between its letters ("อบต", "อบต.", "อ.บ.ต."). */
function dotted(letters: string): string {
  return [...letters].join('\\s*\\.?\\s*') + '\\s*\\.?';
}

/**
 * Type prefixes, longest first so that เทศบาลตำบล wins over a bare word. The two-letter municipal
 * abbreviations need their dot: tambon names such as ทมอ and ทมนางาม begin with the same letters.
 */
const TYPE_PREFIXES: [OrgType, string][] = [
  ['sao', spaced('องค์การบริหารส่วนตำบล')],
  ['pao', spaced('องค์การบริหารส่วนจังหวัด')],
  ['subdistrict_municipality', spaced('เทศบาลตำบล')],
  ['town_municipality', spaced('เทศบาลเมือง')],
  ['city_municipality', spaced('เทศบาลนคร')],
  ['sao', dotted('อบต')],
  ['pao', dotted('อบจ')],
  ['subdistrict_municipality', 'ทต\\s*\\.'],
  ['town_municipality', 'ทม\\s*\\.'],
  ['city_municipality', 'ทน\\s*\\.'],
];
const TYPE_PATTERNS = TYPE_PREFIXES.map(
  ([type, src]) => [type, new RegExp(`^(?:${src})\\s*`, 'u')] as const,
);

type LocationKind = 'tambon' | 'district' | 'province';

/** Location words (ตำบล/อำเภอ/จังหวัด) and their one-letter abbreviations; full words first. */
const LOCATION_WORDS: [LocationKind, string, boolean][] = [
  ['district', spaced('กิ่งอำเภอ'), true],
  ['district', spaced('อำเภอ'), true],
  ['province', spaced('จังหวัด'), true],
  ['tambon', spaced('ตำบล'), true],
  ['district', 'อ\\s*\\.', false],
  ['province', 'จ\\s*\\.', false],
  ['tambon', 'ต\\s*\\.', false],
];
const LOCATION_PATTERN = new RegExp(LOCATION_WORDS.map(([, src]) => `(${src})`).join('|'), 'gu');

/** Thai acronyms written letter-dot-letter-dot (the tambon จ.ป.ร.): their letters are not location abbreviations. */
const ACRONYM = /(?:[\u0E01-\u0E2E]\.){2,}/gu;

interface Marker {
  kind: LocationKind;
  fullWord: boolean;
  start: number;
  end: number;
}

function findMarkers(text: string): Marker[] {
  const acronyms = [...text.matchAll(ACRONYM)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  const markers: Marker[] = [];
  for (const m of text.matchAll(LOCATION_PATTERN)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const [kind, , fullWord] = LOCATION_WORDS[group];
    const start = m.index;
    if (!fullWord && acronyms.some(([a, b]) => start >= a && start < b)) continue;
    markers.push({ kind, fullWord, start, end: start + m[0].length });
  }
  // A full location word with nothing after it belongs to the name (อบต.สามตำบล), not to a location.
  return markers.filter((mk, i) => {
    if (!mk.fullWord) return true;
    const next = markers[i + 1]?.start ?? text.length;
    return text.slice(mk.end, next).trim() !== '';
  });
}

/** Tidies a name or location value: no trailing postcode, separators or spaces ("ปัตตานี 94150," → "ปัตตานี"). */
function tidyValue(value: string): string | null {
  const v = value
    .replace(/\s*\b\d{5}\s*[,;:]?\s*$/u, '')
    .replace(/^[\s,;:]+|[\s,;:]+$/gu, '')
    .trim();
  return v === '' ? null : v;
}

/** Removes the type word at the start ("อบต. จะรัง อ.ยะหริ่ง" → 'sao', "จะรัง อ.ยะหริ่ง"); the rest comes back cleaned. */
export function stripOrgType(text: string): { type: OrgType | null; rest: string } {
  const clean = cleanThaiText(text);
  for (const [type, pattern] of TYPE_PATTERNS) {
    const m = pattern.exec(clean);
    if (m) return { type, rest: clean.slice(m[0].length) };
  }
  return { type: null, rest: clean };
}

/** Splits "องค์การบริหารส่วนตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี" into type 'sao', core 'จะรัง', district 'ยะหริ่ง', province 'ปัตตานี'. */
export function parseOrgName(text: string): ParsedOrgName {
  const { type, rest } = stripOrgType(text);
  const markers = findMarkers(rest);
  const values: Record<LocationKind, string | null> = {
    tambon: null,
    district: null,
    province: null,
  };
  markers.forEach((mk, i) => {
    const value = tidyValue(rest.slice(mk.end, markers[i + 1]?.start ?? rest.length));
    values[mk.kind] ??= value;
  });
  let core = (tidyValue(rest.slice(0, markers[0]?.start ?? rest.length)) ?? '').replace(
    /\s+/g,
    ' ',
  );
  // "ตำบลจะรัง อำเภอยะหริ่ง" names the tambon only: for an SAO that is its name.
  if (core === '' && values.tambon) core = values.tambon;
  return { type, core, district: values.district, province: values.province };
}

const LEADING_LOCATION_WORD = {
  district: new RegExp(`^(?:${spaced('กิ่งอำเภอ')}|${spaced('อำเภอ')}|อ\\s*\\.)\\s*`, 'u'),
  province: new RegExp(`^(?:${spaced('จังหวัด')}|จ\\s*\\.)\\s*`, 'u'),
};

/** Strips a leading location word from a district or province given on its own ("อ.ยะหริ่ง" → "ยะหริ่ง"). */
export function stripLocationWord(text: string, kind: 'district' | 'province'): string {
  return cleanThaiText(text).replace(LEADING_LOCATION_WORD[kind], '');
}

/** Scratch rows reused by every call: the resolver compares thousands of names per lookup. */
let distanceRows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, swaps of neighbours: Thai
 * typists often swap a mark and a letter, "จะรงั" for "จะรัง"). Returns max + 1 as soon as it must exceed max.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (distanceRows[0].length <= m) distanceRows = distanceRows.map(() => new Int32Array(m + 1));
  let [before, prev, cur] = distanceRows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, before[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return Math.min(prev[m], max + 1);
}

/**
 * Every string made by deleting up to max characters from s, s itself included. Two strings within max
 * edits share one, which lets an index of variants find near names without comparing against all.
 */
export function deletionVariants(s: string, max: number): Set<string> {
  const out = new Set([s]);
  let frontier = [s];
  for (let round = 0; round < max; round++) {
    const next: string[] = [];
    for (const t of frontier) {
      for (let i = 0; i < t.length; i++) {
        const d = t.slice(0, i) + t.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    frontier = next;
  }
  return out;
}
