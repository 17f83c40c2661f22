// Gives a meaning to a column header (or to a long-shape indicator label) in Thai or English: organisation, year, score code...
import type { Framework, Tool } from '../../ita/framework';
import { TOTAL_CODE } from '../../ita/framework';
import { compactText, normaliseText } from './header-text';

export type ColumnMeaning =
  | {
      kind:
        | 'org_code'
        | 'org_name'
        | 'district'
        | 'province'
        | 'org_type'
        | 'fiscal_year'
        | 'grade'
        | 'indicator'
        | 'value';
    }
  | { kind: 'score'; code: string }
  /** A sub-indicator given by name whose code differs between years (9.4 until 2566 is 9.3 from 2567). */
  | { kind: 'score_by_name'; name: string; codeByYear: Map<number, string> }
  | { kind: 'ignored'; known: boolean };

/** What the importer knows about indicator codes and names, built from every year's framework. */
export interface Vocabulary {
  topCodes: Set<string>;
  subCodes: Set<string>;
  /** Indicator and sub-indicator names (Thai, aliases, English) in compact form, longest first. */
  names: { compact: string; name: string; codeByYear: Map<number, string> }[];
  toolNames: { compact: string; tool: Tool }[];
  /** Spellings of tool parts ("EIT ส่วนที่ 1", "EIT1"...) in compact form, longest first, with the part's code. */
  partNames: { compact: string; code: string }[];
}

export function buildVocabulary(frameworks: Iterable<Framework>): Vocabulary {
  const topCodes = new Set<string>();
  const subCodes = new Set<string>();
  const byName = new Map<string, { name: string; codeByYear: Map<number, string> }>();
  const toolNames = new Map<string, Tool>();
  const partNames = new Map<string, string>();
  for (const fw of frameworks) {
    for (const i of fw.indicators) {
      (i.parent === null ? topCodes : subCodes).add(i.code);
      for (const name of [i.name_th, ...i.aliases_th, i.name_en]) {
        const key = compactText(name);
        if (!key) continue;
        const entry = byName.get(key) ?? { name, codeByYear: new Map() };
        entry.codeByYear.set(fw.fiscal_year, i.code);
        byName.set(key, entry);
      }
    }
    for (const t of fw.tools) {
      toolNames.set(compactText(t.name_th), t.code);
      toolNames.set(compactText(t.name_en), t.code);
      for (const p of t.parts)
        for (const name of [p.code, p.name_th, p.name_en, ...p.aliases]) {
          const key = compactText(name);
          // A spelling that loses its number when compacted ("EIT (1)" is "eit") would read every EIT as a part.
          if (key && key !== compactText(t.code)) partNames.set(key, p.code);
        }
    }
  }
  const names = [...byName.entries()]
    .map(([compact, e]) => ({ compact, ...e }))
    .sort((a, b) => b.compact.length - a.compact.length);
  return {
    topCodes,
    subCodes,
    names,
    toolNames: [...toolNames.entries()]
      .map(([compact, tool]) => ({ compact, tool }))
      .sort((a, b) => b.compact.length - a.compact.length),
    partNames: [...partNames.entries()]
      .map(([compact, code]) => ({ compact, code }))
      .sort((a, b) => b.compact.length - a.compact.length),
  };
}

type Kind = Exclude<ColumnMeaning['kind'], 'score' | 'score_by_name' | 'ignored'>;

/** Header words in compact form (see compactText), Thai and English, with the variants found in real files. */
const KEYWORDS: [Kind | 'total' | 'skip', string[]][] = [
  [
    'org_code',
    [
      'รหัส',
      'รหัสหน่วยงาน',
      'รหัสอปท',
      'รหัสองค์กร',
      'รหัสตำบล',
      'รหัสท้องถิ่น',
      'รหัสองค์กรปกครองส่วนท้องถิ่น',
      'code',
      'orgcode',
      'organisationcode',
      'organizationcode',
      'agencycode',
      'geocode',
    ],
  ],
  [
    'org_name',
    [
      'ชื่อหน่วยงาน',
      'หน่วยงาน',
      'ชื่อหน่วยงานภาครัฐ',
      'ชื่อ',
      'ชื่ออปท',
      'อปท',
      'ชื่อองค์กร',
      'ชื่อองค์กรปกครองส่วนท้องถิ่น',
      'องค์กรปกครองส่วนท้องถิ่น',
      'ชื่ออบต',
      'อบต',
      'องค์การบริหารส่วนตำบล',
      'หน่วยงานที่ได้รับการประเมิน',
      'name',
      'orgname',
      'organisation',
      'organization',
      'organisationname',
      'organizationname',
      'agency',
      'agencyname',
      'sao',
    ],
  ],
  ['district', ['อำเภอ', 'ชื่ออำเภอ', 'district', 'amphoe', 'amphur']],
  ['province', ['จังหวัด', 'ชื่อจังหวัด', 'province', 'changwat']],
  [
    'org_type',
    [
      'ประเภท',
      'ประเภทหน่วยงาน',
      'ประเภทอปท',
      'ประเภทองค์กร',
      'type',
      'orgtype',
      'agencytype',
      'organisationtype',
      'organizationtype',
    ],
  ],
  [
    'fiscal_year',
    [
      'ปีงบประมาณ',
      'ปีงบประมาณพศ',
      'ปีงบ',
      'ปี',
      'ปีพศ',
      'พศ',
      'ปีที่ประเมิน',
      'ปีการประเมิน',
      'fiscalyear',
      'year',
      'fy',
    ],
  ],
  [
    'grade',
    [
      'ระดับ',
      'ระดับผลการประเมิน',
      'ระดับคะแนน',
      'ผลการประเมิน',
      'ผลการประเมินita',
      'ผล',
      'level',
      'rating',
      'grade',
      'result',
    ],
  ],
  [
    'total',
    [
      'คะแนนรวม',
      'คะแนนita',
      'คะแนนรวมita',
      'ita',
      'itascore',
      'คะแนนผลการประเมิน',
      'คะแนนรวมทั้งหมด',
      'รวม',
      'total',
      'totalscore',
      'overall',
      'overallscore',
      'scoretotal',
    ],
  ],
  [
    'indicator',
    [
      'ตัวชี้วัด',
      'ตัวชี้วัดที่',
      'ตัวชี้วัดย่อย',
      'รายการ',
      'รายการประเมิน',
      'indicator',
      'indicatorcode',
      'metric',
    ],
  ],
  ['value', ['คะแนน', 'ค่าคะแนน', 'score', 'value']],
  [
    'skip',
    [
      'ลำดับ',
      'ลำดับที่',
      'ที่',
      'no',
      'number',
      'หมายเหตุ',
      'note',
      'notes',
      'remark',
      'remarks',
      'หมายเลข',
    ],
  ],
];
const KEYWORD_KIND = new Map<string, Kind | 'total' | 'skip'>(
  KEYWORDS.flatMap(([kind, words]) => words.map((w) => [w, kind])),
);

const SUB_CODE = /(?:^|[^\d.])(\d{1,2}\.\d{1,2})(?![\d.])/;
const INDICATOR_NUMBER =
  /(?:ตัวชี้วัด(?:ย่อย)?(?:ที่)?|indicator|ind\.?|(?:^|[^a-z])i)\s*(\d{1,2})(?![\d.])/;
const TOOL_TOKEN = /(?:^|[^a-z])(iit|eit|oit)(?![a-z])/;
const OIT_ITEM = /^o\s?\d{1,2}$/;
const BARE_CODE = /^(\d{1,2}(?:\.\d{1,2})?)$/;

/** The meaning of one piece of header text, or null when it has none. */
function meaningOfPart(text: string, vocab: Vocabulary): ColumnMeaning | null {
  const norm = normaliseText(text);
  if (!norm) return null;
  if (OIT_ITEM.test(norm)) return { kind: 'ignored', known: true };
  const sub = SUB_CODE.exec(norm);
  if (sub && vocab.subCodes.has(sub[1]!)) return { kind: 'score', code: sub[1]! };
  const top = INDICATOR_NUMBER.exec(norm);
  if (top && vocab.topCodes.has(top[1]!)) return { kind: 'score', code: top[1]! };
  const compact = compactText(text);
  // Before the bare tool token: "EIT ส่วนที่ 1" is EIT part 1, not EIT.
  const part = vocab.partNames.find((p) => compact.includes(p.compact));
  if (part) return { kind: 'score', code: part.code };
  const tool = TOOL_TOKEN.exec(norm);
  if (tool) return { kind: 'score', code: tool[1]!.toUpperCase() };
  const kw = KEYWORD_KIND.get(compact);
  if (kw === 'total') return { kind: 'score', code: TOTAL_CODE };
  if (kw === 'skip') return { kind: 'ignored', known: true };
  if (kw) return { kind: kw };
  const named = vocab.names.find((n) => compact.includes(n.compact));
  if (named) {
    const codes = new Set(named.codeByYear.values());
    if (codes.size === 1) return { kind: 'score', code: [...codes][0]! };
    return { kind: 'score_by_name', name: named.name, codeByYear: named.codeByYear };
  }
  const toolName = vocab.toolNames.find((t) => compact.includes(t.compact));
  if (toolName) return { kind: 'score', code: toolName.tool };
  return null;
}

/** Group headers under which a bare number ("1", "9.1") means an indicator code. */
function groupsIndicators(text: string): boolean {
  const norm = normaliseText(text);
  return /ตัวชี้วัด|indicator|คะแนน|score/.test(norm) || TOOL_TOKEN.test(norm);
}

/**
 * The meaning of a column whose header may span rows: parts are the distinct header texts from top to bottom.
 * The lowest part is the most specific ("IIT" above "ตัวชี้วัดที่ 1" is indicator 1), so parts are tried bottom-up,
 * then the whole text ("คะแนนรวม" above "(100)").
 */
export function meaningOfHeader(parts: string[], vocab: Vocabulary): ColumnMeaning {
  const texts = parts.map((p) => p.trim()).filter((p) => p !== '');
  if (texts.length === 0) return { kind: 'ignored', known: true };
  const lowest = normaliseText(texts[texts.length - 1]!);
  const bare = BARE_CODE.exec(lowest);
  if (bare && texts.length > 1 && texts.slice(0, -1).some(groupsIndicators)) {
    const code = bare[1]!;
    if (vocab.topCodes.has(code) || vocab.subCodes.has(code)) return { kind: 'score', code };
  }
  for (let i = texts.length - 1; i >= 0; i--) {
    const m = meaningOfPart(texts[i]!, vocab);
    if (m) return m;
  }
  if (texts.length > 1) {
    const m = meaningOfPart(texts.join(' '), vocab);
    if (m) return m;
  }
  return { kind: 'ignored', known: false };
}

/**
 * The score code named by a long-shape indicator label: "ตัวชี้วัดที่ ๑", "I1", "1", "9.1", "IIT", "คะแนนรวม",
 * an indicator's name, or 'grade' for a level/rating row. Null when the label means nothing known.
 */
export function labelMeaning(label: string, vocab: Vocabulary): ColumnMeaning | null {
  const norm = normaliseText(label);
  const bare = BARE_CODE.exec(norm);
  if (bare && (vocab.topCodes.has(bare[1]!) || vocab.subCodes.has(bare[1]!)))
    return { kind: 'score', code: bare[1]! };
  const m = meaningOfPart(label, vocab);
  if (!m) return null;
  if (m.kind === 'score' || m.kind === 'score_by_name' || m.kind === 'grade') return m;
  return null;
}

/** "9.4@2563-2566,9.3@2567-2568": each code with the run of years it holds in. */
function yearRanges(codeByYear: Map<number, string>): string {
  const years = [...codeByYear.keys()].sort((a, b) => a - b);
  const runs: { code: string; from: number; to: number }[] = [];
  for (const y of years) {
    const code = codeByYear.get(y)!;
    const last = runs[runs.length - 1];
    if (last && last.code === code && last.to === y - 1) last.to = y;
    else runs.push({ code, from: y, to: y });
  }
  return runs.map((r) => `${r.code}@${r.from === r.to ? r.from : `${r.from}-${r.to}`}`).join(',');
}

/** The meaning as written in the import summary's "columns" map. */
export function meaningLabel(m: ColumnMeaning): string {
  switch (m.kind) {
    case 'score':
      return `score:${m.code}`;
    case 'score_by_name':
      return `score:${yearRanges(m.codeByYear)}`;
    case 'ignored':
      return 'ignored';
    default:
      return m.kind;
  }
}

export const isScoreMeaning = (m: ColumnMeaning): boolean =>
  m.kind === 'score' || m.kind === 'score_by_name';
