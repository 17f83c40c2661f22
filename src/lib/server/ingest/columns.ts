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
  | 'indicator' // ตัวชี้วัด / ประเด็นการประเมิน
  | 'score' // คะแนน (an analysis table's score per indicator)
  | 'note' // หมายเหตุ
  | 'other'; // budget, target, objective… kept in the note

/** Tried in order: the first pattern that matches a header label decides its role. */
const ROLE_PATTERNS: [Role, RegExp][] = [
  ['seq', /^(ลำดับ(ที่)?|ที่|ข้อ|no\.?|#)$/i],
  // "ประเด็น/มาตรการ", "ตัวชี้วัด/มาตรการ": the measure, filed under the issue it answers.
  ['name', /^(ประเด็น|ตัวชี้วัด)[^/]{0,20}\/(มาตรการ|กิจกรรม|โครงการ)/],
  ['not_done', /ยังไม่(ได้)?(ดำเนินการ|ดำเนินงาน)/],
  ['doing', /(อยู่ระหว่าง|กำลัง)(การ)?(ดำเนินการ|ดำเนินงาน)/],
  ['done', /^(ดำเนินการ(แล้ว|เสร็จ)|แล้วเสร็จ|เสร็จสิ้น|ดำเนินงานแล้ว)/],
  ['status', /^สถานะ/],
  ['period', /ระยะเวลา|ห้วงเวลา|ช่วงเวลา|กำหนดเวลา|^เวลา|^วันที่|^ปีงบประมาณ$/],
  ['responsible', /ผู้รับผิดชอบ|รับผิดชอบ|ผู้ดำเนินการ/],
  ['monitoring', /กำกับติดตาม|การติดตาม(และ)?(ประเมินผล)?$|^การรายงานผล/],
  ['note', /^หมายเหตุ/],
  ['output', /ผลผลิต|^output/i],
  ['indicator', /^(ตัวชี้วัด|ประเด็น)/],
  ['outcome', /ผลลัพธ์|ความสำเร็จ|ผลสำเร็จ|ผลสัมฤทธิ์|^outcome/i],
  ['score', /^(ผล)?คะแนน/],
  ['other', /งบประมาณ|เป้าหมาย|วัตถุประสงค์|หลักฐาน|เอกสารอ้างอิง|^ปัญหา|อุปสรรค|ข้อเสนอแนะ/],
  ['result', /สรุปผล|ผล(การ)?ดำเนิน|ผลการปฏิบัติ|ผลการติดตาม|ผลที่ได้|^ผลงาน|^ผลการ/],
  ['detail', /รายละเอียด|ที่ได้ดำเนินการ|ที่ดำเนินการ|^การดำเนิน(การ|งาน)$/],
  ['steps', /ขั้นตอน|วิธีการ|วิธีดำเนิน|วิธีปฏิบัติ|^กิจกรรม(ที่จะ|ที่ต้อง)/],
  ['guideline', /แนวทาง|แนวปฏิบัติ/],
  [
    'name',
    /^(ชื่อ)?(มาตรการ|กิจกรรม|โครงการ)((\/|,|และ|หรือ)*(มาตรการ|กิจกรรม|โครงการ|แนวทาง))*(ที่?ดำเนินการ|ที่กำหนด|ภายใน(หน่วยงาน)?|(\/)?แนวทาง(การ)?(ปฏิบัติ|ดำเนินการ|ดำเนินงาน)?)?$/,
  ],
];

/** A header label with spaces, digits and trailing punctuation made uniform. */
export function compactLabel(text: string): string {
  return toArabicDigits(text)
    .replace(/\s+/g, '')
    .replace(/[:：*]+$/, '')
    .toLowerCase();
}

const MAX_LABEL = 60;

export function roleOf(label: string): Role | null {
  const c = compactLabel(label);
  if (c === '' || c.length > MAX_LABEL) return null;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(c)) return role;
  return null;
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
  if (filled.some((c) => compactLabel(c).length > MAX_LABEL)) return false;
  const roles = filled.map(roleOf);
  const known = roles.filter((r) => r !== null).length;
  return roles.includes('name') && known >= 2 && known / filled.length >= 0.6;
}

/**
 * A second header row sits under a merged cell (ผลการดำเนินการ over ผลผลิต | ผลลัพธ์): every filled cell
 * is a known label and at least one sits under an empty (spanned) cell of the first row.
 */
function isSubHeaderRow(top: string[], row: string[]): boolean {
  let underSpan = false;
  let filled = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c]!.trim();
    if (cell === '' || cell === (top[c] ?? '').trim()) continue;
    filled++;
    if (roleOf(cell) === null) return false;
    if ((top[c] ?? '').trim() === '') underSpan = true;
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
    roles.push(s !== '' && s !== t ? (roleOf(s) ?? roleOf(own)) : roleOf(own));
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
