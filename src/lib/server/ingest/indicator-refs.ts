// Finds ITA indicators named in text, by number ("ตัวชี้วัดที่ ๙.๔") or by name ("ตัวชี้วัดประสิทธิภาพการสื่อสาร"), using the framework files.
import { toArabicDigits } from '../../thai/digits';
import { frameworksByYear } from '../frameworks/load';

export interface IndicatorRef {
  code: string;
  /** Position in the text (Thai and Arabic digits take one character each, so positions agree). */
  start: number;
  end: number;
}

interface Vocabulary {
  /** Names and aliases, longest first, without spaces. */
  names: { text: string; code: string }[];
}

const vocabularies = new Map<number, Vocabulary>();
let allCodes: Set<string> | null = null;

/** The framework year whose names apply: the year itself, else the nearest year on file. */
function nearestYear(year: number | null): number {
  const years = [...frameworksByYear().keys()];
  if (years.length === 0) throw new Error('No ITA framework files in data/frameworks/');
  if (year === null) return Math.max(...years);
  return years.reduce(
    (best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best),
    years[0]!,
  );
}

/** Indicator names of one framework year: 9.3 and 9.4 changed names in 2567, so names are read by year. */
function vocab(year: number | null): Vocabulary {
  const y = nearestYear(year);
  let v = vocabularies.get(y);
  if (v) return v;
  const byName = new Map<string, string>();
  for (const i of frameworksByYear().get(y)!.indicators) {
    // Reports write "ของทางราชการ" as often as the framework's "ของราชการ".
    const spellings = [i.name_th, ...i.aliases_th].flatMap((n) => [
      n,
      n.replace('ของราชการ', 'ของทางราชการ'),
    ]);
    for (const n of spellings) {
      const key = n.replace(/\s+/g, '');
      if (key.length >= 6 && !byName.has(key)) byName.set(key, i.code);
    }
  }
  v = {
    names: [...byName]
      .map(([text, code]) => ({ text, code }))
      .sort((a, b) => b.text.length - a.text.length),
  };
  vocabularies.set(y, v);
  return v;
}

/** Whether code is an indicator of any framework year. */
export function isIndicatorCode(code: string): boolean {
  allCodes ??= new Set(
    [...frameworksByYear().values()].flatMap((fw) => fw.indicators.map((i) => i.code)),
  );
  return allCodes.has(code);
}

const BY_NUMBER = /ตัวชี้วัด\s*(?:ย่อย)?\s*(?:ที่)?\s*(\d{1,2}(?:\.\d{1,2})?)(?![\d])/g;
const MORE_NUMBERS =
  /^\s*(?:,|และ|หรือ|\/|&)\s*(?:ตัวชี้วัด(?:ย่อย)?(?:ที่)?)?\s*(\d{1,2}(?:\.\d{1,2})?)(?![\d.])/;
/** "ตัวชี้วัดประสิทธิภาพการสื่อสาร", "ผลการประเมินด้านการใช้ทรัพย์สินของทางราชการ": a name after these words is an indicator. */
const BY_NAME =
  /(?:ตัวชี้วัด\s*(?:ย่อย)?\s*(?:ที่)?\s*(?:เรื่อง|ด้าน)?|ประเมิน(?:ผล)?\s*ด้าน|(?<=^|\s)ด้าน|ประเด็น\s*(?:ด้าน)?)\s*/g;

/** Matches an indicator name at the start of text (spaces inside the text are skipped). Returns the length used. */
function nameAt(
  text: string,
  from: number,
  year: number | null,
): { code: string; length: number } | null {
  const window = text.slice(from, from + 120);
  const compact: number[] = [];
  let squeezed = '';
  for (let i = 0; i < window.length; i++) {
    if (/\s/.test(window[i]!)) continue;
    squeezed += window[i];
    compact.push(i);
  }
  for (const n of vocab(year).names) {
    if (squeezed.startsWith(n.text))
      return { code: n.code, length: compact[n.text.length - 1]! + 1 };
  }
  return null;
}

/** Every indicator reference in text, in order of position. A number that is no indicator code is ignored. */
export function findIndicatorRefs(text: string, year: number | null = null): IndicatorRef[] {
  const arabic = toArabicDigits(text);
  const refs: IndicatorRef[] = [];
  const taken = new Set<number>();
  for (const m of arabic.matchAll(BY_NUMBER)) {
    const code = m[1]!;
    if (!isIndicatorCode(code)) continue;
    const start = m.index!;
    let end = start + m[0].length;
    refs.push({ code, start, end });
    taken.add(start);
    // "ตัวชี้วัดที่ ๙ และ ๑๐", "ตัวชี้วัดที่ 9, 10"
    for (
      let more = MORE_NUMBERS.exec(arabic.slice(end));
      more;
      more = MORE_NUMBERS.exec(arabic.slice(end))
    ) {
      if (!isIndicatorCode(more[1]!)) break;
      refs.push({ code: more[1]!, start: end, end: end + more[0].length });
      end += more[0].length;
    }
  }
  for (const m of arabic.matchAll(BY_NAME)) {
    if (taken.has(m.index!)) continue;
    const hit = nameAt(arabic, m.index! + m[0].length, year);
    if (hit)
      refs.push({ code: hit.code, start: m.index!, end: m.index! + m[0].length + hit.length });
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Indicator names standing alone (without the word ตัวชี้วัด), for lists such as "ได้แก่ การเปิดเผยข้อมูล และการป้องกันการทุจริต". */
export function findIndicatorNames(text: string, year: number | null = null): IndicatorRef[] {
  const arabic = toArabicDigits(text);
  const refs: IndicatorRef[] = [];
  for (let i = 0; i < arabic.length; i++) {
    if (i > 0 && !/[\s,(]/.test(arabic[i - 1]!) && !arabic.startsWith('การ', i)) continue;
    const hit = nameAt(arabic, i, year);
    if (hit) {
      refs.push({ code: hit.code, start: i, end: i + hit.length });
      i += hit.length - 1;
    }
  }
  return refs;
}

/** The distinct indicator codes named in the given texts, in order of first mention. */
export function explicitIndicators(
  texts: (string | null | undefined)[],
  year: number | null = null,
): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (!t) continue;
    for (const r of findIndicatorRefs(t, year)) if (!out.includes(r.code)) out.push(r.code);
  }
  return out;
}
