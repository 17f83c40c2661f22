// Decides a measure's status for the report's round from its result cells, and keeps the text that decided it.
import { toArabicDigits } from '../../thai/digits';
import type { Role } from './columns';
import { cleanValue, oneLine } from './markup';
import type { MeasureStatus, StatusReason } from './types';

export interface StatusDecision {
  status: MeasureStatus;
  evidence: string | null;
  /** Only for not_possible: why, when the report says (ไม่ได้รับงบประมาณ, บุคลากรไม่เพียงพอ…). */
  reason?: StatusReason | null;
}

/** Where a measure's fields came from, as far as the status needs to know. */
export interface StatusContext {
  /** Some table in the document has result columns (ผลการดำเนินการ, ผลผลิต, สรุปผล…). */
  documentHasResults: boolean;
  /** This measure has a row in such a table. */
  measureHasResultRow: boolean;
}

const LABELS: Partial<Record<Role, string>> = {
  status: 'สถานะ',
  result: 'ผลการดำเนินการ',
  output: 'ผลผลิต',
  outcome: 'ผลลัพธ์',
  detail: 'รายละเอียดการดำเนินงาน',
  note: 'หมายเหตุ',
  done: 'ดำเนินการแล้ว',
  doing: 'อยู่ระหว่างดำเนินการ',
  not_done: 'ยังไม่ดำเนินการ',
  cannot: 'ไม่สามารถดำเนินการได้',
  other: 'ปัญหาอุปสรรค',
};

/** ไม่สามารถดำเนินการได้: e-PlanNACC's "could not be done", checked before the other words it contains. */
const NOT_POSSIBLE =
  /ไม่สามารถ(ที่จะ)?(ดำเนินการ|ดำเนินงาน|จัดทำ|ปฏิบัติ|จัด)|ไม่อาจ(ดำเนินการ|ดำเนินงาน)|ดำเนินการไม่ได้|ยกเลิก(การดำเนินการ|มาตรการ|กิจกรรม|โครงการ)/;
const NOT_STARTED =
  /ยังไม่(ได้)?(มีการ)?(ดำเนินการ|ดำเนินงาน|เริ่ม|จัดทำ|ปฏิบัติ)|ไม่ได้ดำเนินการ|^รอ(การ)?ดำเนินการ/;
const IN_PROGRESS =
  /(อยู่|อยู่ใน)ระหว่าง|กำลัง(ดำเนินการ|ดำเนินงาน|จัดทำ)|ดำเนินการ(ไป)?(แล้ว)?บางส่วน|(เสร็จ|แล้ว)บางส่วน|ยังไม่แล้วเสร็จ|ยังไม่เสร็จ/;
const COMPLETED = /ดำเนินการ(แล้ว)?เสร็จ|ดำเนินการแล้ว|ดำเนินงานแล้ว|แล้วเสร็จ|เสร็จสิ้น|เรียบร้อยแล้ว/;
/** A tick, a cross or a dash in a tick column. */
const TICK = /^[✓✔☑√/xX✗✘•●■◼*+]+$/;
const TICK_THEN_TEXT = /^[✓✔☑√]\s*\S/;
const PLACEHOLDER = /^([-–—.…\s]*|ไม่มี|n\/?a|none|\/|x)$/i;
/** Text that promises to report later, or plans, instead of saying what was done. */
const PROMISE = [
  /^(จะ|มีแผน(จะ|ที่จะ)?|เตรียม(การ)?(จะ)?|คาดว่า)/,
  /^รายงานผล(การดำเนินงาน|การดำเนินการ|การปฏิบัติงาน)?(ตาม)?.*รอบ\s*\d+\s*เดือน/,
  /^รายงานผล(การดำเนินงาน|การดำเนินการ)?(ตาม)?มาตรการ[^\d]{0,120}$/,
  /^(ภายใน|ทุก)\s*(รอบ|ไตรมาส|\d+\s*เดือน)/,
];

export function isPlaceholder(text: string | undefined): boolean {
  return !text || PLACEHOLDER.test(oneLine(text));
}

/** Future words in a short cell ("ดำเนินการในรอบ ๑๒ เดือน", "จะจัดอบรมในไตรมาสต่อไป"), unless it also says something was done. */
const FUTURE =
  /จะ(ดำเนินการ|รายงาน|จัดทำ|จัด|เสนอ)|ในรอบ(ถัดไป|ต่อไป|\s*\d+\s*เดือน)|ไตรมาส(ถัดไป|ต่อไป)|ครั้งต่อไป|ปีงบประมาณถัดไป/;
const PAST = /แล้ว|เมื่อวันที่|ได้(ดำเนินการ|จัด|ประกาศ|เผยแพร่|แต่งตั้ง)|เรียบร้อย/;
const SHORT_CELL = 80;

export function isPromise(text: string): boolean {
  const t = toArabicDigits(oneLine(text)).replace(/^[-–•\s]+/, '');
  if (PROMISE.some((re) => re.test(t))) return true;
  return t.length <= SHORT_CELL && FUTURE.test(t) && !PAST.test(t);
}

/** The deciding cells, labelled. Cleaned again as a whole: pieces of two cells must not join into a tag. */
const evidence = (fields: Partial<Record<Role, string>>, roles: Role[]): string | null => {
  const parts = roles
    .filter((r) => !isPlaceholder(fields[r]))
    .map((r) => `${LABELS[r]}: ${oneLine(fields[r]!)}`);
  return parts.length > 0 ? cleanValue(parts.join(' | ')) : null;
};

/** e-PlanNACC's reasons for ไม่สามารถดำเนินการได้, in the words reports use; the first that matches names the kind. */
const REASONS: [StatusReason['kind'], RegExp][] = [
  [
    'no_budget',
    /ไม่ได้รับ(การ)?(จัดสรร)?(เงิน)?งบประมาณ|ไม่มี(เงิน)?งบประมาณ|งบประมาณ(ไม่เพียงพอ|ไม่พอ|ไม่ได้รับการจัดสรร)|ขาด(แคลน)?(เงิน)?งบประมาณ/,
  ],
  [
    'policy_changed',
    /นโยบาย(ของ)?(ผู้บริหาร)?(มีการ)?เปลี่ยน(แปลง)?|เปลี่ยน(แปลง)?นโยบาย|ผู้บริหาร(มีการ)?เปลี่ยน(แปลง)?นโยบาย/,
  ],
  [
    'no_staff',
    /(บุคลากร|เจ้าหน้าที่|พนักงาน|อัตรากำลัง)(ที่รับผิดชอบ)?(ไม่เพียงพอ|ไม่พอ|ไม่มี|ขาดแคลน)|ขาด(แคลน)?(บุคลากร|เจ้าหน้าที่|อัตรากำลัง)|ไม่มี(บุคลากร|เจ้าหน้าที่)/,
  ],
];
/** "อื่น ๆ (ระบุ) …", "เนื่องจาก …", "สาเหตุ …": any other reason, kept as written. */
const OTHER_REASON =
  /อื่น\s*ๆ\s*(?:\(\s*(?:ระบุ\s*)?([^)]+?)\s*\)|[:：]?\s*(?:ระบุ\s*)?([^|\n]+))|(?:เนื่องจาก|สาเหตุ(?:จาก|เพราะ)?|เพราะ(?:ว่า)?)\s*([^|\n]+)/;

/** Why a measure could not be done, when one of the texts says. */
export function reasonIn(texts: (string | undefined)[]): StatusReason | null {
  const all = texts.filter((t): t is string => !!t).map(oneLine);
  for (const [kind, re] of REASONS)
    for (const t of all) {
      const m = re.exec(t);
      if (m) return { kind, text: m[0] };
    }
  for (const t of all) {
    const m = OTHER_REASON.exec(t);
    const text = m && (m[1] ?? m[2] ?? m[3])?.trim();
    if (text) return { kind: 'other', text };
  }
  return null;
}

/** The status a text names in words, or null. */
export function fromWords(text: string): MeasureStatus | null {
  const t = oneLine(text);
  if (NOT_POSSIBLE.test(t)) return 'not_possible';
  if (NOT_STARTED.test(t)) return 'not_started';
  if (IN_PROGRESS.test(t)) return 'in_progress';
  if (COMPLETED.test(t)) return 'completed';
  return null;
}

const RESULT_ROLES: Role[] = ['result', 'output', 'outcome'];

/** Checkbox forms print every status with a box and tick one: "☑ ดำเนินการแล้วเสร็จ ☐ อยู่ระหว่างดำเนินการ". */
const BOX = /[☐☑☒□■▣✓✔√]|\[\s*[xX✓/]?\s*\]|\(\s*[✓/xX]?\s*\)/;
const CHECKED = /^([☑☒■▣✓✔√]|\[\s*[xX✓/]\s*\]|\(\s*[✓/xX]\s*\))$/;
const MARK = String.raw`[☐☑☒□■▣✓✔√]|\[\s*[xX✓/]?\s*\]|\(\s*[✓/xX]?\s*\)`;
const OPTION = new RegExp(
  String.raw`(?<before>${MARK})?\s*(?<words>ดำเนินการแล้วเสร็จ|ดำเนินการแล้ว|แล้วเสร็จ|อยู่ระหว่าง(?:การ)?ดำเนินการ|ยังไม่(?:ได้)?ดำเนินการ|ไม่สามารถ(?:ที่จะ)?ดำเนินการ(?:ได้)?)`,
  'g',
);

/** The one status ticked in a checkbox list, or null when the text has no boxes, none ticked or several. */
export function checkedStatus(text: string): MeasureStatus | null {
  const t = oneLine(text);
  if (!BOX.test(t)) return null;
  const options = [...t.matchAll(OPTION)].map((m) => ({
    before: m.groups!.before?.replace(/\s/g, '') ?? null,
    // Looked at, not consumed: the mark after one option may be the box before the next.
    after: /^\s*([☑☒■▣✓✔√])/.exec(t.slice(m.index + m[0].length))?.[1] ?? null,
    status: fromWords(m.groups!.words!)!,
  }));
  // A mark after the words counts only when no option has one before it ("ดำเนินการแล้ว ✓ อยู่ระหว่าง…").
  const leading = options.some((o) => o.before !== null);
  const ticked = new Set(
    options
      .filter((o) => (leading ? o.before !== null && CHECKED.test(o.before) : o.after !== null))
      .map((o) => o.status),
  );
  return ticked.size === 1 ? [...ticked][0]! : null;
}

const STATUS_FIELDS: Role[] = ['status', 'result', 'output', 'outcome', 'detail', 'note'];

function withReason(
  status: MeasureStatus,
  evidenceText: string | null,
  fields: Partial<Record<Role, string>>,
): StatusDecision {
  if (status !== 'not_possible') return { status, evidence: evidenceText };
  return {
    status,
    evidence: evidenceText,
    reason: reasonIn(([...STATUS_FIELDS, 'cannot', 'other'] as Role[]).map((r) => fields[r])),
  };
}

export function decideStatus(
  fields: Partial<Record<Role, string>>,
  ctx: StatusContext,
): StatusDecision {
  // Tick columns say it outright.
  for (const [role, status] of [
    ['done', 'completed'],
    ['doing', 'in_progress'],
    ['not_done', 'not_started'],
    ['cannot', 'not_possible'],
  ] as [Role, MeasureStatus][]) {
    const cell = fields[role] && oneLine(fields[role]!);
    // A tick, status words, or (ไม่สามารถดำเนินการได้) a tick followed by the reason.
    if (cell && (TICK.test(cell) || fromWords(cell) !== null || TICK_THEN_TEXT.test(cell)))
      return withReason(status, cleanValue(`${LABELS[role]}: ${cell}`), fields);
  }
  // A checkbox list with one status ticked, in whichever cell holds it.
  for (const role of STATUS_FIELDS) {
    const ticked = fields[role] ? checkedStatus(fields[role]!) : null;
    if (ticked) return withReason(ticked, evidence(fields, [role]), fields);
  }
  // ไม่สามารถดำเนินการได้ anywhere, a note included: nothing else said of the measure outweighs it.
  for (const role of STATUS_FIELDS)
    if (fields[role] && NOT_POSSIBLE.test(oneLine(fields[role]!)))
      return withReason('not_possible', evidence(fields, [role]), fields);
  // A status column in words; anything else written there ("ดำเนินการ", "✓ เสร็จ") means done.
  if (!isPlaceholder(fields.status)) {
    const s =
      fromWords(fields.status!) ?? (isPromise(fields.status!) ? 'not_started' : 'completed');
    return { status: s, evidence: evidence(fields, ['status', ...RESULT_ROLES]) };
  }
  if (!ctx.documentHasResults) return { status: 'unknown', evidence: null };
  if (!ctx.measureHasResultRow)
    return {
      status: 'not_started',
      evidence: 'ไม่มีแถวของมาตรการนี้ในตารางผลการดำเนินการ (no row in the result table)',
    };

  const filled = RESULT_ROLES.filter((r) => !isPlaceholder(fields[r]));
  // A note in e-PlanNACC's words ("อยู่ระหว่างดำเนินการ") says the status when the result cells do not.
  const noted = fields.note ? fromWords(fields.note) : null;
  if (noted && filled.every((r) => fromWords(fields[r]!) === null))
    return { status: noted, evidence: evidence(fields, ['note', ...filled]) };
  // Words such as "อยู่ระหว่างดำเนินการ" or "ยังไม่ได้ดำเนินการ" in the result cells outweigh the rest.
  for (const r of filled) {
    const s = fromWords(fields[r]!);
    if (s === 'not_started' || s === 'in_progress')
      return { status: s, evidence: evidence(fields, filled) };
  }
  const done = filled.filter((r) => !isPromise(fields[r]!));
  if (done.length > 0) return { status: 'completed', evidence: evidence(fields, done) };

  // Nothing done in the result cells: started when the details say something was done, else not started.
  const detail = fields.detail;
  if (!isPlaceholder(detail) && !isPromise(detail!)) {
    const s = fromWords(detail!);
    if (s === 'not_started') return { status: s, evidence: evidence(fields, ['detail']) };
    return { status: 'in_progress', evidence: evidence(fields, ['detail', ...filled]) };
  }
  return {
    status: 'not_started',
    evidence: evidence(fields, filled) ?? 'ช่องผลการดำเนินการว่าง (the result cells are empty)',
  };
}
