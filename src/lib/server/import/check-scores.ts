// Checks one record's scores against its year's framework (range, stated vs weighted total, grade) and fills in what can be computed.
import {
  gradeFor,
  gradeKindLabel,
  isPassing,
  parentScore,
  ratedToolScores,
  round2,
  ruleNamed,
  subIndicators,
  toolFromParts,
  toolScore,
  topIndicators,
  weightedTotal,
  TOOLS,
  TOTAL_CODE,
  type Framework,
  type GradeRule,
  type ToolScores,
} from '../../ita/framework';
import { compactText } from './header-text';
import { problem, type Place } from './problems';
import type { CellRef, ScoreRecord } from './score-records';

/** ITA scores are percentages. */
export const SCORE_RANGE = { min: 0, max: 100 } as const;

/**
 * How far a stated score may sit from the one recomputed from its parts and still count as the same:
 * the stated value, each part and the recomputed value are each rounded to two decimals (at most 0.005 off each).
 */
export const ROUNDING_SLACK = 0.015;

export interface CheckedScores {
  /** The scores to store, by code: what the file gives plus what was computed from it. */
  values: Map<string, number>;
  computed: Set<string>;
}

const fmt = (x: number) => x.toFixed(2);

/** Tool parts as people write them: EIT1 is "EIT part 1" / "EIT ส่วนที่ 1". */
const PART_CODE = /^([A-Z]+)(\d)$/;

function codeName(code: string): { en: string; th: string } {
  if (code === TOTAL_CODE) return { en: 'the total', th: 'คะแนนรวม' };
  if ((TOOLS as readonly string[]).includes(code)) return { en: code, th: code };
  const part = PART_CODE.exec(code);
  if (part) return { en: `${part[1]} part ${part[2]}`, th: `${part[1]} ส่วนที่ ${part[2]}` };
  return code.includes('.')
    ? { en: `sub-indicator ${code}`, th: `ตัวชี้วัดย่อยที่ ${code}` }
    : { en: `indicator ${code}`, th: `ตัวชี้วัดที่ ${code}` };
}

function codeList(codes: string[]): string {
  return codes.length > 2 ? `${codes[0]}-${codes[codes.length - 1]}` : codes.join(', ');
}

const PASS_WORDS = new Set(['ผ่าน', 'pass', 'passed']);
const FAIL_WORDS = new Set(['ไม่ผ่าน', 'fail', 'failed']);

/**
 * The grades a total can have when some of the tool scores the rules check are unknown (a single EIT, no OIT...):
 * rules needing per-tool minimums stay possible.
 */
function possibleGrades(fw: Framework, total: number, tools: ToolScores): GradeRule[] {
  if (!ratedToolScores(fw, tools).incomplete) return [gradeFor(fw, total, tools)];
  const out: GradeRule[] = [];
  for (const rule of fw.grading.rules) {
    if (round2(total) < rule.min_total) continue;
    out.push(rule);
    if (rule.min_each_tool === null) break;
  }
  return out;
}

const known = new WeakMap<Framework, Set<string>>();

/** The codes a year's scores may carry: its indicators and sub-indicators, the tools, the total. */
function knownCodes(fw: Framework): Set<string> {
  let codes = known.get(fw);
  if (!codes) {
    codes = new Set([
      ...fw.indicators.map((i) => i.code),
      ...TOOLS,
      ...fw.tools.flatMap((t) => t.parts.map((p) => p.code)),
      TOTAL_CODE,
    ]);
    known.set(fw, codes);
  }
  return codes;
}

export function checkScores(file: string, rec: ScoreRecord, fw: Framework): CheckedScores {
  const at = (ref: CellRef | null): Place => ({
    file,
    sheet: rec.sheet,
    row: ref?.row ?? rec.rows[0]!,
    column: ref?.letter ?? null,
  });
  const warn = (ref: CellRef | null, en: string, th: string) =>
    rec.problems.push(problem('warning', at(ref), en, th));
  const fail = (ref: CellRef | null, en: string, th: string) =>
    rec.problems.push(problem('error', at(ref), en, th));
  const fy = fw.fiscal_year;
  const codes = knownCodes(fw);

  const values = new Map<string, number>();
  const refs = new Map<string, CellRef>();
  for (const s of rec.scores) {
    const code = s.meaning.kind === 'score' ? s.meaning.code : s.meaning.codeByYear.get(fy);
    if (code === undefined || !codes.has(code)) {
      const what =
        code !== undefined
          ? codeName(code)
          : {
              en: `sub-indicator ${s.meaning.kind === 'score_by_name' ? s.meaning.name : ''}`,
              th: `ตัวชี้วัดย่อย ${s.meaning.kind === 'score_by_name' ? s.meaning.name : ''}`,
            };
      warn(
        s.ref,
        `the FY ${fy} framework has no ${what.en}; value ignored`,
        `กรอบการประเมินปี ${fy} ไม่มี${what.th} จึงไม่นำเข้าค่านี้`,
      );
      continue;
    }
    if (s.value < SCORE_RANGE.min || s.value > SCORE_RANGE.max) {
      fail(
        s.ref,
        `score ${s.value} is outside ${SCORE_RANGE.min}-${SCORE_RANGE.max}`,
        `คะแนน ${s.value} อยู่นอกช่วง ${SCORE_RANGE.min}-${SCORE_RANGE.max}`,
      );
      continue;
    }
    const before = refs.get(code);
    if (before) {
      const n = codeName(code);
      if (round2(values.get(code)!) !== round2(s.value))
        fail(
          s.ref,
          `${n.en} is given twice with different values (${before.letter}${before.row}: ${values.get(code)}, here: ${s.value})`,
          `${n.th} มีสองค่าที่ไม่ตรงกัน (${before.letter}${before.row}: ${values.get(code)}, ที่นี่: ${s.value})`,
        );
      else
        warn(
          s.ref,
          `${n.en} is given twice (also ${before.letter}${before.row})`,
          `${n.th} ซ้ำกัน (มีที่ ${before.letter}${before.row} ด้วย)`,
        );
      continue;
    }
    values.set(code, s.value);
    refs.set(code, s.ref);
  }

  const computed = new Set<string>();
  /** Stores a value computed from parts, or checks the stated one against it. */
  const settle = (code: string, value: number | null, from: string[]) => {
    if (value === null) return;
    const stated = values.get(code);
    if (stated === undefined) {
      values.set(code, value);
      computed.add(code);
      return;
    }
    if (Math.abs(round2(stated) - value) > ROUNDING_SLACK + 1e-9) {
      const n = codeName(code);
      warn(
        refs.get(code) ?? null,
        `${n.en} ${fmt(stated)} does not match ${fmt(value)} computed from ${from.length === 3 && from[0] === 'IIT' ? 'IIT, EIT, OIT' : `${from[0]!.includes('.') ? 'sub-indicators' : 'indicators'} ${codeList(from)}`} with the FY ${fy} weights`,
        `${n.th} ${fmt(stated)} ไม่ตรงกับ ${fmt(value)} ที่คำนวณจาก${from[0] === 'IIT' ? ' IIT, EIT, OIT' : `ตัวชี้วัด${from[0]!.includes('.') ? 'ย่อย' : ''}ที่ ${codeList(from)}`} ตามน้ำหนักปี ${fy}`,
      );
    }
  };
  const scores = Object.fromEntries(values);
  const top = topIndicators(fw);
  for (const parent of top) {
    const subs = subIndicators(fw, parent.code);
    if (subs.length && subs.every((s) => values.has(s.code)))
      settle(
        parent.code,
        parentScore(fw, parent.code, scores),
        subs.map((s) => s.code),
      );
  }
  Object.assign(scores, Object.fromEntries(values));
  // A tool published in parts (EIT from 2566) is their mean; a stated tool score must agree with it.
  for (const t of fw.tools) {
    if (t.parts.length === 0 || !t.parts.every((p) => values.has(p.code))) continue;
    const fromParts = toolFromParts(fw, t.code, scores)!;
    const stated = values.get(t.code);
    if (stated === undefined) {
      values.set(t.code, fromParts);
      computed.add(t.code);
    } else if (Math.abs(round2(stated) - fromParts) > ROUNDING_SLACK + 1e-9) {
      const cell = (code: string) => {
        const ref = refs.get(code)!;
        return `${ref.letter}${ref.row} ${fmt(values.get(code)!)}`;
      };
      const own = refs.get(t.code)!;
      const parts = t.parts.map((p) => `${codeName(p.code).en} (${cell(p.code)})`).join(' and ');
      const partsTh = t.parts.map((p) => `${codeName(p.code).th} (${cell(p.code)})`).join(' และ ');
      warn(
        own,
        `${t.code} ${fmt(stated)} in column ${own.letter} does not match ${fmt(fromParts)}, the mean of ${parts}; the stated ${t.code} is kept`,
        `${t.code} ${fmt(stated)} ในคอลัมน์ ${own.letter} ไม่ตรงกับ ${fmt(fromParts)} ซึ่งเป็นค่าเฉลี่ยของ ${partsTh} จึงใช้ค่า ${t.code} ตามที่ระบุ`,
      );
    }
  }
  Object.assign(scores, Object.fromEntries(values));
  for (const tool of TOOLS) {
    const own = top.filter((i) => i.tool === tool);
    if (own.every((i) => values.has(i.code)))
      settle(
        tool,
        toolScore(fw, tool, scores),
        own.map((i) => i.code),
      );
  }
  if (top.every((i) => values.has(i.code)))
    settle(
      TOTAL_CODE,
      weightedTotal(fw, scores),
      top.map((i) => i.code),
    );
  else if (TOOLS.every((t) => values.has(t))) {
    const weightOf = (t: string) =>
      top.filter((i) => i.tool === t).reduce((sum, i) => sum + i.weight, 0);
    const sum = TOOLS.reduce((acc, t) => acc + weightOf(t) * values.get(t)!, 0);
    settle(TOTAL_CODE, round2(sum / TOOLS.reduce((acc, t) => acc + weightOf(t), 0)), [...TOOLS]);
  }

  if (!values.has(TOTAL_CODE) && values.size > 0)
    warn(
      null,
      'no total: the row gives neither a total nor all ten indicators, so none could be computed',
      'ไม่มีคะแนนรวม: แถวนี้ไม่มีคะแนนรวมและมีตัวชี้วัดไม่ครบสิบตัว จึงคำนวณคะแนนรวมไม่ได้',
    );

  if (rec.grade) {
    const total = values.get(TOTAL_CODE);
    const kind = gradeKindLabel(fw, 'en').toLowerCase();
    const kindTh = gradeKindLabel(fw, 'th');
    const stated = compactText(rec.grade.text);
    const tools: ToolScores = Object.fromEntries(values);
    const rule = ruleNamed(fw, rec.grade.text);
    if (total === undefined) {
      // Nothing to check the grade against; it is not stored either (grades are derived from totals).
    } else if (PASS_WORDS.has(stated) || FAIL_WORDS.has(stated)) {
      if (PASS_WORDS.has(stated) !== isPassing(fw, total))
        warn(
          rec.grade.ref,
          `"${rec.grade.text}" does not match the total ${fmt(total)} (pass mark ${fw.pass_mark})`,
          `"${rec.grade.text}" ไม่ตรงกับคะแนนรวม ${fmt(total)} (เกณฑ์ผ่าน ${fw.pass_mark})`,
        );
    } else if (!rule) {
      const labels = fw.grading.rules.map((r) => r.label).join(', ');
      warn(
        rec.grade.ref,
        `"${rec.grade.text}" is not a ${kind} of FY ${fy} (${labels})`,
        `"${rec.grade.text}" ไม่ใช่${kindTh}ของปี ${fy} (${labels})`,
      );
    } else {
      const possible = possibleGrades(fw, total, tools);
      if (!possible.includes(rule)) {
        const expected = possible.map((r) => r.label).join(' or ');
        warn(
          rec.grade.ref,
          `the ${kind} "${rec.grade.text}" does not match the total ${fmt(total)}, which is ${expected} in FY ${fy}`,
          `${kindTh} "${rec.grade.text}" ไม่ตรงกับคะแนนรวม ${fmt(total)} ซึ่งได้ ${expected} ในปี ${fy}`,
        );
      }
    }
  }
  return { values, computed };
}
