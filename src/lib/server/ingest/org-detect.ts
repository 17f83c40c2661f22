// Reads which organisation wrote a report (name, district, province, document-number abbreviation) and resolves it in the registry.
import { toArabicDigits } from '../../thai/digits';
import type { OrgRecord, OrgResolver, Resolution } from '../registry/resolver';
import { loadSubdistricts, PROVINCES } from '../registry/subdistricts';
import type { OrgCandidate, OrgDetection } from './types';

const THAI_WORD = '[\\u0E01-\\u0E4E]+';
/**
 * A place name: Thai words, joined by hyphens ("สุไหงโก-ลก"), or letters each followed by a dot ("จ.ป.ร."), tried
 * first so that the dots are kept; a dot after an ordinary word ends it.
 */
const PLACE_WORD = `(?:[\\u0E01-\\u0E2E]\\.){2,}|${THAI_WORD}(?:-${THAI_WORD})*`;
const ORG_NAME = new RegExp(
  `(องค์การบริหารส่วนตำบล|อบต\\.|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร)\\s?((?:${PLACE_WORD})(?:\\s?\\(${THAI_WORD}\\))?)`,
  'g',
);
const DISTRICT = new RegExp(`(?:อำเภอ|กิ่งอำเภอ)\\s?(${PLACE_WORD})`, 'g');
const PROVINCE = new RegExp(`จังหวัด\\s?(${THAI_WORD})`, 'g');
/** "อ.ยะหริ่ง จ.ปัตตานี": the one-letter forms, trusted only when they spell a real district or province. */
const SHORT_DISTRICT = new RegExp(`(?:^|[\\s(])อ\\.\\s?(${THAI_WORD})`, 'g');
const SHORT_PROVINCE = new RegExp(`(?:^|[\\s(])จ\\.\\s?(${THAI_WORD})`, 'g');

let districtNames: string[] | null = null;

/** The real district name a text starts with (longest first), or null. */
function knownDistrict(raw: string): string | null {
  districtNames ??= [...new Set(loadSubdistricts().map((s) => s.district_th))].sort(
    (a, b) => b.length - a.length,
  );
  if (raw.startsWith('เมือง') && !districtNames.some((d) => raw.startsWith(d))) return 'เมือง';
  return districtNames.find((d) => raw.startsWith(d)) ?? null;
}
/**
 * "ที่ ศก ๗๗๔๐๑/…", "ที่ ตร. ๗๑๐๐๑", "ที่ตร.๗๑๐๐๑/ว ๑๒": a document number starts with the province's two letters,
 * with or without a dot or spaces, and the slash may be left off; converters sometimes glue ที่ to the word before.
 */
const DOC_NUMBER = /ที่\s*([\u0E01-\u0E2E]{2})\s*\.?\s*\d{3,5}(?:\.\d+)*(?:\s*\/|(?=\s|$|[)\]]))/g;

/**
 * Words glued to a name by the converter ("เมืองน้อยอำเภอกันทรารมย์") end it at a location word followed by a place;
 * a name may itself end in one ("สามตำบล", then a space or "ได้…").
 */
const GLUED_LOCATION =
  /(?<=.)(ตำบล|อำเภอ|จังหวัด)(?!$|ได้|ที่|และ|ใน|ซึ่ง|จึง|โดย|มี|ขอ|เป็น|ประจำ|ร่วม|จะ).*$/;

/** The most frequent value; a value that merely extends another (a name with words glued on) counts for the shorter. */
function vote(values: string[]): string | null {
  return ranked(values)[0] ?? null;
}

/** Every distinct value, best first by vote (see vote). */
function ranked(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const keys = [...counts.keys()];
  const score = new Map<string, number>();
  for (const k of keys) {
    let n = counts.get(k)!;
    for (const other of keys)
      if (other !== k && other.startsWith(k) && k.length >= 3) n += counts.get(other)!;
    score.set(k, n);
  }
  // Stable: among equal scores the value met first stays first.
  return [...keys].sort((x, y) => score.get(y)! - score.get(x)!);
}

function provinceName(raw: string): string {
  const hit = PROVINCES.filter((p) => raw.startsWith(p.name_th)).sort(
    (a, b) => b.name_th.length - a.name_th.length,
  )[0];
  return hit ? hit.name_th : raw;
}

export interface OrgClues {
  prefix: string | null;
  name: string | null;
  district: string | null;
  province: string | null;
  abbreviation: string | null;
  /**
   * The other names the text gives, best first: a PDF converter can break a name with a space ("แวงน้ อย"), and the
   * broken piece, a prefix of the real name, then outvotes it. Tried when the voted name resolves to nothing.
   */
  otherNames?: string[];
}

/** The organisation clues in the text: most frequent name, district and province, and the document number's letters. */
export function findOrgClues(text: string): OrgClues {
  const names: { prefix: string; name: string }[] = [];
  for (const m of text.matchAll(ORG_NAME)) {
    const name = m[2]!.replace(GLUED_LOCATION, '').trim();
    if (name.length >= 2) names.push({ prefix: m[1]!, name });
  }
  const [name = null, ...otherNames] = ranked(names.map((n) => n.name));
  const prefix = names.find((n) => n.name === name)?.prefix ?? null;
  const districts = [...text.matchAll(DISTRICT)].map((m) => {
    const raw = m[1]!.replace(/จังหวัด.*$/, '');
    return knownDistrict(raw) ?? raw;
  });
  const provinces = [...text.matchAll(PROVINCE)].map((m) => provinceName(m[1]!));
  if (districts.length === 0)
    for (const m of text.matchAll(SHORT_DISTRICT)) {
      const d = knownDistrict(m[1]!);
      if (d) districts.push(d);
    }
  if (provinces.length === 0)
    for (const m of text.matchAll(SHORT_PROVINCE)) {
      const p = provinceName(m[1]!);
      if (PROVINCES.some((x) => x.name_th === p)) provinces.push(p);
    }
  const abbreviations = [...toArabicDigits(text).matchAll(DOC_NUMBER)]
    .map((m) => m[1]!)
    .filter((a) => PROVINCES.some((p) => p.abbreviation === a));
  return {
    prefix,
    name,
    district: vote(districts.filter((d) => d.length >= 2)),
    province: vote(provinces),
    abbreviation: abbreviations[0] ?? null,
    otherNames,
  };
}

const FULL_PREFIX: Record<string, string> = { 'อบต.': 'องค์การบริหารส่วนตำบล' };

const candidate = (o: OrgRecord): OrgCandidate => ({
  code: o.code,
  name_th: o.name_th,
  district_th: o.district_th ?? '',
  province_th: o.province_th ?? '',
});

export interface OrgFinding {
  detection: OrgDetection;
  org: OrgRecord | null;
  warnings: string[];
}

/**
 * Resolves the clues in the registry. When every clue together finds nothing, it tries again without the district,
 * then without the province (a misspelt place must not hide a name the abbreviation already places), and says so.
 */
/** resolver may be given lazily: building the national one takes a moment, and text without a name needs none. */
export function resolveOrg(
  clues: OrgClues,
  resolverOrGetter: OrgResolver | (() => OrgResolver),
): OrgFinding {
  const warnings: string[] = [];
  const base: OrgDetection = {
    name_text: clues.name ? `${clues.prefix ?? ''}${clues.name}` : null,
    district_text: clues.district,
    province_text: clues.province,
    province_abbreviation: clues.abbreviation,
    status: 'not_found',
    matched_by: null,
    candidates: [],
  };
  if (!clues.name) {
    warnings.push('no organisation name (องค์การบริหารส่วนตำบล… / อบต.… / เทศบาล…) found in the text');
    return { detection: base, org: null, warnings };
  }
  const resolver = typeof resolverOrGetter === 'function' ? resolverOrGetter() : resolverOrGetter;
  const text = `${FULL_PREFIX[clues.prefix ?? ''] ?? clues.prefix ?? ''}${clues.name}`;
  const attempts = [
    {
      district: clues.district,
      province: clues.province,
      provinceAbbreviation: clues.abbreviation,
    },
    { district: null, province: clues.province, provinceAbbreviation: clues.abbreviation },
    { district: null, province: null, provinceAbbreviation: clues.abbreviation },
  ];
  let last: Resolution | null = null;
  for (const [i, hints] of attempts.entries()) {
    if (i > 0 && JSON.stringify(hints) === JSON.stringify(attempts[i - 1])) continue;
    const r = resolver.resolve(text, hints);
    last = r;
    if (r.status === 'resolved') {
      if (i > 0)
        warnings.push(
          `${text}: resolved to ${r.org.code} (${r.org.district_th}, ${r.org.province_th}) without the ${i === 1 ? 'district' : 'district and province'} named in the text (${[clues.district, clues.province].filter(Boolean).join(', ')})`,
        );
      return {
        detection: {
          ...base,
          status: 'resolved',
          matched_by: r.matchedBy,
          candidates: r.candidates.map(candidate),
        },
        org: r.org,
        warnings,
      };
    }
    if (r.status === 'ambiguous') break;
  }
  // The voted name found nothing: another name the text gives may be the whole of it (see OrgClues.otherNames).
  if (last?.status === 'unknown')
    for (const other of clues.otherNames ?? []) {
      const prefix = clues.prefix ?? '';
      const r = resolver.resolve(`${FULL_PREFIX[prefix] ?? prefix}${other}`, attempts[0]);
      if (r.status === 'resolved')
        return {
          detection: {
            ...base,
            name_text: `${prefix}${other}`,
            status: 'resolved',
            matched_by: r.matchedBy,
            candidates: r.candidates.map(candidate),
          },
          org: r.org,
          warnings,
        };
    }
  const r = last!;
  const list = r.candidates
    .slice(0, 10)
    .map((o) => `${o.code} ${o.name_th} (${o.district_th}, ${o.province_th})`)
    .join('; ');
  warnings.push(
    r.status === 'ambiguous'
      ? `${text}: more than one organisation fits; candidates: ${list}. Choose one on the review screen.`
      : `${text}: not found in the registry${list ? `; closest: ${list}` : ''}`,
  );
  return {
    detection: { ...base, status: r.status, candidates: r.candidates.map(candidate) },
    org: null,
    warnings,
  };
}
