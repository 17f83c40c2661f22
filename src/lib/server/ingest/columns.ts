// Recognises a measure table's header rows and maps each column to its meaning by its wording, not its position.
import { toArabicDigits } from '../../thai/digits';

/** What a column holds. */
export type Role =
  | 'seq' // ลำดับ
  | 'name' // มาตรการ / กิจกรรม
  | 'guideline' // แนวทางการปฏิบัติ
  | 'steps' // ขั้นตอน / วิธีการปฏิบัติ / วิธีดำเนินการ
  | 'responsible' // ผู้รับผิดชอบ
  | 'monitoring' // การกำกับติดตาม
  | 'period' // ระยะเวลา
  | 'detail' // รายละเอียดการดำเนินงาน (what was done)
  | 'result' // ผลการดำเนินการ / สรุปผล (without ผลผลิต/ผลลัพธ์ below it)
  | 'output' // ผลผลิต
  | 'outcome' // ผลลัพธ์ / ความสำเร็จ
  | 'status' // สถานะ
  | 'done' // a tick column headed ดำเนินการแล้ว
  | 'doing' // a tick column headed อยู่ระหว่างดำเนินการ
  | 'not_done' // a tick column headed ยังไม่ดำเนินการ
  | 'cannot' // a tick column headed ไม่สามารถดำเนินการได้ (its cell may hold the reason)
  | 'indicator' // ตัวชี้วัด / ประเด็นการประเมิน
  | 'score' // คะแนน (an analysis table's score per indicator)
  | 'note' // หมายเหตุ
  | 'other'; // budget, target, objective… kept in the note

/** Tried in order: the first pattern that matches a header label decides its role. */
const ROLE_PATTERNS: [Role, RegExp][] = [
  ['seq', /^(ลำดับ(ที่)?|ที่|ข้อ|no\.?|#)$/i],
  // "ประเด็น/มาตรการ", "ตัวชี้วัด/มาตรการ": the measure, filed under the issue it answers.
  ['name', /^(ประเด็น|ตัวชี้วัด)[^/]{0,20}\/(มาตรการ|กิจกรรม|โครงการ)/],
  // The measure column's own labels, whole: before the guideline and details patterns, which "มาตรการ/แนวทาง" and
  // "มาตรการที่ดำเนินการ" would otherwise match.
  [
    'name',
    /^(ชื่อ)?(มาตรการ|กิจกรรม|โครงการ)((\/|,|และ|หรือ)*(มาตรการ|กิจกรรม|โครงการ|แนวทาง))*(ที่?ดำเนินการ|ที่กำหนด|ภายใน(หน่วยงาน)?|(\/)?แนวทาง(การ)?(ปฏิบัติ|ดำเนินการ|ดำเนินงาน)?|ส่งเสริมคุณธรรม(และ(ความ)?โปร่งใส)?(ภายใน(หน่วยงาน)?)?)?$/,
  ],
  ['not_done', /ยังไม่(ได้)?(ดำเนินการ|ดำเนินงาน)/],
  ['cannot', /^ไม่สามารถ(ที่จะ)?(ดำเนินการ|ดำเนินงาน)/],
  ['doing', /(อยู่ระหว่าง|กำลัง)(การ)?(ดำเนินการ|ดำเนินงาน)/],
  ['done', /^(ดำเนินการ(แล้ว|เสร็จ)|แล้วเสร็จ|เสร็จสิ้น|ดำเนินงานแล้ว)/],
  ['status', /^สถานะ/],
  ['period', /ระยะเวลา|ห้วงเวลา|ช่วงเวลา|กำหนดเวลา|^เวลา|^วันที่|^ปีงบประมาณ$|^วัน\/?เดือน\/?ปี|^ไตรมาส/],
  ['responsible', /ผู้รับผิดชอบ|รับผิดชอบ|ผู้ดำเนินการ/],
  ['monitoring', /กำกับติดตาม|^(การ)?ติดตาม(และ)?(ประเมินผล|ผล)?$|^การรายงานผล/],
  // "เหตุผล/สาเหตุที่ไม่สามารถดำเนินการได้": the reason, kept with the note where the status reads it.
  ['note', /^(หมายเหตุ|เหตุผล|สาเหตุ|ข้อสังเกต)/],
  ['output', /ผลผลิต|^output/i],
  ['indicator', /^(ตัวชี้วัด|ประเด็น)/],
  ['outcome', /ผลลัพธ์|ความสำเร็จ|ผลสำเร็จ|ผลสัมฤทธิ์|^outcome/i],
  ['score', /^(ผล)?คะแนน/],
  ['other', /งบประมาณ|เป้าหมาย|วัตถุประสงค์|หลักฐาน|เอกสารอ้างอิง|^ปัญหา|อุปสรรค|ข้อเสนอแนะ/],
  ['result', /สรุปผล|ผล(การ)?ดำเนิน|ผลการปฏิบัติ|ผลการติดตาม|ผลที่ได้|^ผลงาน|^ผลการ/],
  ['detail', /รายละเอียด|ที่ได้ดำเนินการ|ที่ดำเนินการ|^การดำเนิน(การ|งาน)$/],
  ['steps', /ขั้นตอน|วิธีการ|วิธีดำเนิน|วิธีปฏิบัติ|^กิจกรรม(ที่จะ|ที่ต้อง)/],
  ['guideline', /แนวทาง|แนวปฏิบัติ/],
];

/** A header label with spaces, digits and trailing punctuation made uniform. */
export function compactLabel(text: string): string {
  return toArabicDigits(text)
    .replace(/\s+/g, '')
    .replace(/[:：*]+$/, '')
    .toLowerCase();
}

const MAX_LABEL = 60;
/** A header cell longer than this is text, not a label, however it starts. */
const MAX_SENTENCE_LABEL = 250;

/**
 * The words that give a header sentence its meaning. Thai noun phrases put their head first, so the role whose words
 * come earliest wins ("ผลการดำเนินงานตามมาตรการ…" is a result, "ระยะเวลาที่ดำเนินการ" a period).
 */
const ROLE_WORDS: [Role, RegExp][] = [
  ['seq', /^(ลำดับ|ข้อที่)/],
  ['note', /^(เหตุผล|สาเหตุ|กรณีไม่สามารถ)/],
  ['not_done', /ยังไม่(ได้)?(ดำเนินการ|ดำเนินงาน)/],
  ['cannot', /^ไม่สามารถ(ที่จะ)?(ดำเนินการ|ดำเนินงาน)/],
  ['doing', /อยู่ระหว่าง(การ)?(ดำเนินการ|ดำเนินงาน)/],
  ['status', /สถานะ/],
  ['period', /ระยะเวลา|ห้วงเวลา|ช่วงเวลา|กำหนดเวลา|กำหนดการ|วัน\/?เดือน\/?ปี|ไตรมาส/],
  ['responsible', /ผู้รับผิดชอบ|หน่วยงาน(ที่)?รับผิดชอบ|ผู้ดำเนินการ|ส่วนราชการ(ที่)?รับผิดชอบ/],
  ['monitoring', /กำกับติดตาม|การติดตาม(และ)?ประเมินผล|การรายงานผล/],
  ['note', /หมายเหตุ/],
  ['output', /ผลผลิต/],
  ['outcome', /ผลลัพธ์|ผลสัมฤทธิ์|ผลสำเร็จ|ความสำเร็จ/],
  ['indicator', /ตัวชี้วัด|ประเด็นการประเมิน/],
  ['score', /คะแนน/],
  ['other', /งบประมาณ|เป้าหมาย|วัตถุประสงค์|หลักฐาน|เอกสารอ้างอิง|ปัญหา|อุปสรรค|ข้อเสนอแนะ/],
  ['result', /สรุปผล|ผล(การ)?ดำเนิน|ผลการปฏิบัติ|ผลการติดตาม|ผลที่ได้|ผลงาน/],
  ['detail', /รายละเอียด|การดำเนิน(การ|งาน)/],
  ['steps', /ขั้นตอน|วิธีการ|วิธีดำเนิน|วิธีปฏิบัติ/],
  ['guideline', /แนวทาง|แนวปฏิบัติ/],
];
/** Fillers that may come before a header's head word: "ชื่อมาตรการ", "ข้อมูลผลการดำเนินงาน", "(๑) ระยะเวลา". */
const LABEL_FILLER = /^[([]?(\d{1,2}[.)]?)?[)\]]?(ชื่อ|ข้อมูล|รายการ|ระบุ)?/;
/**
 * A header that names the measure column in general terms ("มาตรการหรือกิจกรรมที่ดำเนินการเพื่อ…", "มาตรการ/โครงการ",
 * "กิจกรรมตามมาตรการ…"), as opposed to the name of one measure ("มาตรการเผยแพร่ข้อมูล"), which a data cell holds.
 */
const GENERIC_NAME = new RegExp(
  [
    '^(มาตรการ|กิจกรรม|โครงการ)(หรือ|/|,)+(มาตรการ|กิจกรรม|โครงการ)',
    // Not "มาตรการตาม…" or "โครงการตามพระราชดำริ…": measures are named so.
    '^(มาตรการ|กิจกรรม|โครงการ)ที่(ได้|จะ|ต้อง)?(ดำเนินการ|ดำเนินงาน|กำหนด|ปฏิบัติ)',
    '^(กิจกรรม|โครงการ)ตามมาตรการ',
    '^(มาตรการ|กิจกรรม|โครงการ)ภายใต้(แผน|ยุทธศาสตร์|ประเด็น)',
    '^(มาตรการ|กิจกรรม|โครงการ)\\(',
    '^(ประเด็น|ตัวชี้วัด).{0,30}(มาตรการ|กิจกรรม|โครงการ)',
  ].join('|'),
);

const GENERIC_DISJUNCTION = /^(ชื่อ)?(มาตรการ|กิจกรรม|โครงการ)(หรือ|\/|,)+(มาตรการ|กิจกรรม|โครงการ)/;

/** The role a header sentence's head words give it, or null when no role word starts it. */
export function roleByWords(label: string): Role | null {
  const c = compactLabel(label).replace(LABEL_FILLER, '');
  if (c === '' || c.length > MAX_SENTENCE_LABEL) return null;
  if (GENERIC_NAME.test(c)) return 'name';
  let best: { role: Role; at: number } | null = null;
  for (const [role, re] of ROLE_WORDS) {
    const m = re.exec(c);
    if (m && (best === null || m.index < best.at)) best = { role, at: m.index };
  }
  // The head must open the label: a role word deep inside a sentence is a modifier, or a data cell's content.
  return best !== null && best.at === 0 ? best.role : null;
}

/** The role of a known short label, or null: what a header says outright. */
export function labelRole(label: string): Role | null {
  const c = compactLabel(label);
  if (c === '' || c.length > MAX_LABEL) return null;
  // "มาตรการหรือกิจกรรมที่ดำเนินการ": the measure column, though ที่ดำเนินการ alone would make it the details.
  if (GENERIC_DISJUNCTION.test(c)) return 'name';
  for (const [role, re] of ROLE_PATTERNS) if (re.test(c)) return role;
  return null;
}

/** A column's role from its header: a known short label, else the head words of a longer one. */
export function roleOf(label: string): Role | null {
  return labelRole(label) ?? roleByWords(label);
}

export interface Header {
  /** One role per column. */
  roles: (Role | null)[];
  /** The roles of the first header row alone (ผลการดำเนินการ before ผลผลิต/ผลลัพธ์ refine it), to spot the header repeated. */
  topRoles: (Role | null)[];
  /** The label each column was mapped from (both header rows joined). */
  labels: string[];
  /** How many rows the header takes (1 or 2). */
  height: number;
}

/** A header row names at least two known columns, one of them the measure's name, and nothing long. */
function isHeaderRow(row: string[]): boolean {
  const filled = row.filter((c) => c.trim() !== '');
  if (filled.length < 2) return false;
  if (filled.some((c) => compactLabel(c).length > MAX_SENTENCE_LABEL)) return false;
  const roles = filled.map(roleOf);
  const known = roles.filter((r) => r !== null).length;
  return roles.includes('name') && known >= 2 && known / filled.length >= 0.6;
}

/** Words that carry a header sentence on into the row below ("…ที่ดำเนินการ" / "เพื่อส่งเสริมคุณธรรม…"). */
const CONTINUES = /^([(/]|เพื่อ|ที่|ของ|ใน|ตาม|และ|หรือ|กับ|แก่|ต่อ|ภายใน|ให้|ซึ่ง|โดย|ประจำ|รอบ)/;

/** A cell of a second header row that goes on with the label above it instead of naming a column of its own. */
function continuesLabel(top: string, cell: string): boolean {
  const c = compactLabel(cell);
  return top !== '' && c.length <= MAX_LABEL && CONTINUES.test(c);
}

/**
 * A second header row sits under a merged cell (ผลการดำเนินการ over ผลผลิต | ผลลัพธ์), or carries on header sentences
 * broken over two rows: every filled cell is a known label or goes on with the one above, and at least one sits under
 * an empty (spanned) cell of the first row or continues its label.
 */
function isSubHeaderRow(top: string[], row: string[]): boolean {
  let underSpan = false;
  let filled = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c]!.trim();
    const above = (top[c] ?? '').trim();
    if (cell === '' || cell === above) continue;
    filled++;
    if (continuesLabel(above, cell)) {
      underSpan = true;
      continue;
    }
    if (roleOf(cell) === null) return false;
    if (above === '') underSpan = true;
  }
  return filled > 0 && underSpan;
}

function buildHeader(top: string[], sub: string[] | null): Header {
  const roles: (Role | null)[] = [];
  const labels: string[] = [];
  let parent = '';
  for (let c = 0; c < top.length; c++) {
    const t = top[c]!.trim();
    if (t !== '') parent = t;
    const s = sub ? (sub[c] ?? '').trim() : '';
    const own = t !== '' ? t : s !== '' ? parent : '';
    const label = s !== '' && s !== t ? `${own} ${s}`.trim() : own;
    labels.push(label);
    if (s !== '' && s !== t && continuesLabel(t, s)) roles.push(roleOf(`${t}${s}`) ?? roleOf(t));
    else roles.push(s !== '' && s !== t ? (roleOf(s) ?? roleOf(own)) : roleOf(own));
  }
  // Only the first name column names the measure; a second one (มาตรการ | กิจกรรม) describes how.
  let seenName = false;
  for (let c = 0; c < roles.length; c++) {
    if (roles[c] !== 'name') continue;
    if (seenName) roles[c] = roles.includes('steps') ? 'detail' : 'steps';
    seenName = true;
  }
  return { roles, topRoles: top.map((t) => roleOf(t)), labels, height: sub ? 2 : 1 };
}

/** Finds a header in the first rows of a table: returns it and the row it starts on, or null. */
export function findHeader(
  rows: string[][],
  searchRows = 3,
): { header: Header; start: number } | null {
  for (let r = 0; r < Math.min(searchRows, rows.length); r++) {
    if (!isHeaderRow(rows[r]!)) continue;
    const next = rows[r + 1];
    const sub = next && isSubHeaderRow(rows[r]!, next) ? next : null;
    return { header: buildHeader(rows[r]!, sub), start: r };
  }
  return null;
}

/** Whether row r (and r+1 for a two-row header) repeats the header, as tables do after each page break. */
export function repeatsHeader(rows: string[][], r: number, header: Header): number {
  const row = rows[r]!;
  if (!isHeaderRow(row)) return 0;
  const known = new Set([...header.roles, ...header.topRoles]);
  const sameTop = row.map(roleOf).every((x) => x === null || known.has(x));
  if (!sameTop) return 0;
  const next = rows[r + 1];
  return next && isSubHeaderRow(row, next) ? 2 : 1;
}

export function signature(header: Header): string {
  return header.roles.map((r) => r ?? '-').join('|');
}
