// Finds claims in a report's narrative: the total score, indicator scores and weak indicators, each with the assessment year the text gives.
import { parseThaiNumber, toArabicDigits } from '../../thai/digits';
import { findIndicatorNames, findIndicatorRefs, type IndicatorRef } from './indicator-refs';
import { oneLine } from './markup';
import type { MeasureTable, NarrativeLine, OtherTable } from './measure-tables';
import { beYear } from './thai-dates';
import type { Claim } from './types';

const NUM = '(\\d{1,3}(?:\\.\\d{1,4})?)(?![\\d.]*\\d)';
const SCORE_AFTER_WORD = new RegExp(
  `คะแนน(?:รวม|เฉลี่ย(?:รวม)?|ภาพรวม|ที่ได้)?\\s*(?:เท่ากับ|ได้|คือ|อยู่ที่|เป็น|=|:)?\\s*${NUM}`,
  'g',
);
const SCORE_BEFORE_WORD = new RegExp(`${NUM}\\s*คะแนน`, 'g');
/** "คะแนน ITA ภาพรวมเท่ากับ ๙๑.๖๗": a few words between the word and the number, joined by a verb. */
/** "มีค่าต่ำสุดเท่ากับ ๘๕.๑๕": a value without the word คะแนน. */
const SCORE_AS_VALUE = new RegExp(
  `ค่า(?:คะแนน)?(?:เฉลี่ย|ต่ำสุด|สูงสุด|ต่ำที่สุด)?\\s*(?:เท่ากับ|คือ|อยู่ที่|=|:)\\s*${NUM}`,
  'g',
);
const SCORE_NEAR_WORD = new RegExp(
  `คะแนน[^\\d\\n]{1,30}?(?:เท่ากับ|ได้|คือ|อยู่ที่|จำนวน|=|:)\\s*${NUM}`,
  'g',
);
/** A target, not a score: "(๘๕ คะแนนขึ้นไป)", "ไม่น้อยกว่า ๘๕ คะแนน". */
const TARGET_AFTER = /^\s*(?:คะแนน)?\s*(?:ขึ้นไป|เป็นต้นไป)/;
const TARGET_BEFORE =
  /(ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|ตั้งแต่|เกณฑ์(ที่|ผ่าน)?|ผ่าน|เป้าหมาย|เต็ม|ร้อยละ|มากกว่า|สูงกว่า|ต่ำกว่า)\s*(คะแนน)?\s*$/;
const TOTAL_CUE =
  /โดยภาพรวม|ภาพรวม|คะแนนรวม|คะแนนเฉลี่ย|ผลคะแนน|ผลการประเมิน|คุณธรรมและความโปร่งใส|ITA/g;
const TOOL_CUE = /IIT|EIT|OIT|แบบวัด|แบบตรวจ/;
const WEAK_CUE =
  /ต่ำสุด|ต่ำที่สุด|น้อยที่สุด|คะแนนต่ำ|(?:ต้อง|ควร)(?:นำไป|ได้รับการ)?(?:พัฒนา|ปรับปรุง)|ไม่ผ่าน|จุดอ่อน|ข้อบกพร่อง|ให้ความสำคัญมากขึ้น|ประเด็นที่(?:จะ)?(?:ต้อง|ควร)|ต่ำกว่าเกณฑ์|ที่อ่อน/g;
const WEAK_LINE = new RegExp(WEAK_CUE.source);
const LIST_INTRO = /(ดังนี้|ได้แก่|ดังต่อไปนี้|:)\s*$/;
const ASSESSMENT = /ประเมิน|ITA|ไอทีเอ/g;
const YEAR_AFTER_ASSESSMENT =
  /(?:พ\.\s?ศ\.?|ปี\s*(?:งบประมาณ)?|ITA)\s*(?:พ\.\s?ศ\.?)?\s*(\d{4}|\d{2}(?!\d))/;
/** How far after the word ประเมิน its year may stand. */
const YEAR_REACH = 180;
const WINDOW = 160;

interface YearAnchor {
  at: number;
  year: number;
}

/** "ผลการประเมินในปีที่ผ่านมา": the year before the report's own. */
const LAST_YEAR = /ปี(?:งบประมาณ)?ที่ผ่านมา|ปีก่อน(?!หน้า)/g;

function assessmentYears(text: string, reportYear: number | null): YearAnchor[] {
  const out: YearAnchor[] = [];
  if (reportYear !== null)
    for (const m of text.matchAll(LAST_YEAR))
      if (/ประเมิน|ITA|คะแนน/.test(text)) out.push({ at: m.index!, year: reportYear - 1 });
  for (const m of text.matchAll(ASSESSMENT)) {
    const y = YEAR_AFTER_ASSESSMENT.exec(text.slice(m.index!, m.index! + YEAR_REACH));
    const year = y ? beYear(y[1]) : null;
    if (year !== null) out.push({ at: m.index!, year });
  }
  return out.sort((a, b) => a.at - b.at);
}

class YearContext {
  constructor(
    private readonly anchors: YearAnchor[],
    /** The last assessment year named in earlier lines of each section. */
    private readonly carried: Map<number, number>,
  ) {}

  /** The year of the last assessment named before pos in the line, else one named just after, else the section's. */
  yearAt(pos: number, section: number): number | null {
    const before = this.anchors.filter((a) => a.at <= pos).pop();
    if (before) return before.year;
    const after = this.anchors.find((a) => a.at > pos && a.at - pos <= 100);
    if (after) return after.year;
    return this.carried.get(section) ?? null;
  }
}

function snippet(text: string, start: number, end: number): string {
  return oneLine(text.slice(Math.max(0, start), Math.min(text.length, end)));
}

/** raw: the line as written (claim texts keep its digits); text: the same with Arabic digits, for matching. */
function scoresIn(
  raw: string,
  text: string,
  refs: IndicatorRef[],
  years: YearContext,
  section: number,
  out: Claim[],
): void {
  const hits: { start: number; numStart: number; end: number; value: number }[] = [];
  for (const re of [SCORE_AFTER_WORD, SCORE_BEFORE_WORD, SCORE_NEAR_WORD, SCORE_AS_VALUE]) {
    for (const m of text.matchAll(re)) {
      const numStart = m.index! + m[0].indexOf(m[1]!);
      const value = Number(m[1]);
      if (
        value > 100 ||
        TARGET_AFTER.test(text.slice(numStart + m[1]!.length, numStart + m[1]!.length + 20))
      )
        continue;
      if (
        TARGET_BEFORE.test(text.slice(Math.max(0, numStart - 20), numStart).replace(/[()\s]+$/, ''))
      )
        continue;
      if (hits.some((h) => h.numStart === numStart)) continue;
      hits.push({ start: m.index!, numStart, end: m.index! + m[0].length, value });
    }
  }
  hits.sort((a, b) => a.numStart - b.numStart);
  let floor = 0;
  for (const h of hits) {
    const from = Math.max(floor, h.numStart - WINDOW);
    floor = h.end;
    const ref = refs.filter((r) => r.start >= from && r.end <= h.numStart).pop();
    if (ref) {
      out.push({
        kind: 'indicator_score',
        indicator: ref.code,
        value: h.value,
        assessment_year: years.yearAt(h.numStart, section),
        text: snippet(raw, ref.start, h.end),
      });
      continue;
    }
    const window = text.slice(from, h.numStart);
    const cues = [...window.matchAll(TOTAL_CUE)];
    const cue = cues[cues.length - 1];
    if (!cue) continue;
    const tool = TOOL_CUE.exec(window);
    if (tool && tool.index! > cue.index!) continue;
    out.push({
      kind: 'total_score',
      indicator: null,
      value: h.value,
      assessment_year: years.yearAt(h.numStart, section),
      text: snippet(raw, from + cue.index!, h.end),
    });
  }
}

/** Indicators a weakness cue points at: those named just after it, else the nearest one just before it. */
function weakIn(
  raw: string,
  text: string,
  refs: IndicatorRef[],
  year: number | null,
  years: YearContext,
  section: number,
  out: Claim[],
): boolean {
  let any = false;
  for (const cue of text.matchAll(WEAK_CUE)) {
    const cueEnd = cue.index! + cue[0].length;
    let picked = refs.filter((r) => r.start >= cueEnd && r.start - cueEnd <= 100);
    // "ตัวชี้วัดที่ ๖ … ได้คะแนน ๑๘.๐๙ ซึ่งเป็นตัวชี้วัดที่ได้คะแนนต่ำที่สุด": a cue in a ซึ่ง clause (which …) is about the
    // indicator named before it, even when a PDF runs the next sentence ("ตัวชี้วัดที่ ๒ …") onto the same line.
    const before = refs.filter((r) => r.end <= cue.index! && cue.index! - r.end <= 80).pop();
    if (before && /ซึ่ง/.test(text.slice(before.end, cue.index!))) picked = [before];
    if (picked.length === 0)
      picked = findIndicatorNames(text.slice(cueEnd, cueEnd + 100), year).map((r) => ({
        ...r,
        start: r.start + cueEnd,
        end: r.end + cueEnd,
      }));
    if (picked.length === 0 && before) picked = [before];
    for (const r of picked) {
      any = true;
      out.push({
        kind: 'weak_indicator',
        indicator: r.code,
        value: null,
        assessment_year: years.yearAt(r.start, section),
        text: snippet(raw, Math.min(r.start, cue.index!), Math.max(r.end, cueEnd)),
      });
    }
  }
  return any;
}

/** Score tables in the narrative: a row naming an indicator (or the total) and a score from 0 to 100. */
function tableScores(t: OtherTable, years: YearContext, year: number | null, out: Claim[]): void {
  const header = t.rows[0] ?? [];
  const colYear = header.map((c) => {
    const m = /(25\d\d)/.exec(toArabicDigits(c));
    return m ? beYear(m[1]) : null;
  });
  for (const row of t.rows) {
    const label = row.find((c) => parseThaiNumber(c) === null && c.trim() !== '') ?? '';
    const ref = findIndicatorRefs(label, year)[0] ?? findIndicatorNames(label, year)[0];
    const total = !ref && /คะแนนรวม|ภาพรวม|^รวม|เฉลี่ย/.test(label);
    if (!ref && !total) continue;
    for (let c = 0; c < row.length; c++) {
      const v = parseThaiNumber(row[c]);
      if (v === null || v < 0 || v > 100 || row[c] === label) continue;
      out.push({
        kind: total ? 'total_score' : 'indicator_score',
        indicator: total ? null : ref!.code,
        value: v,
        assessment_year: colYear[c] ?? years.yearAt(Number.MAX_SAFE_INTEGER, t.section),
        text: oneLine(row.filter((x) => x.trim() !== '').join(' ')),
      });
      if (colYear[c] === null) break;
    }
  }
}

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key =
      c.kind === 'weak_indicator'
        ? `${c.kind}|${c.indicator}|${c.assessment_year}`
        : `${c.kind}|${c.indicator}|${c.value}|${c.assessment_year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * year: the framework year used to read indicator names (the analysed assessment, when known);
 * reportYear: the report's own fiscal year, for "ปีที่ผ่านมา" (last year).
 */
export function findClaims(
  narrative: NarrativeLine[],
  otherTables: OtherTable[],
  year: number | null,
  reportYear: number | null = null,
): Claim[] {
  const out: Claim[] = [];
  const carried = new Map<number, number>();
  let listOpen = false;
  narrative.forEach((line, i) => {
    for (const t of otherTables.filter((x) => x.after === i))
      tableScores(t, new YearContext([], carried), year, out);
    const text = toArabicDigits(line.text);
    const anchors = assessmentYears(text, reportYear);
    const ctx = new YearContext(anchors, carried);
    const refs = findIndicatorRefs(text, year);
    scoresIn(line.text, text, refs, ctx, line.section, out);
    const weak = weakIn(line.text, text, refs, year, ctx, line.section, out);
    // A list after "…ที่ต้องนำไปปรับปรุง ดังนี้": each following line that opens with an indicator is weak too.
    const opensWithIndicator = refs[0] !== undefined && refs[0].start <= 6;
    if (listOpen && opensWithIndicator && !weak) {
      out.push({
        kind: 'weak_indicator',
        indicator: refs[0]!.code,
        value: null,
        assessment_year: ctx.yearAt(0, line.section),
        text: oneLine(line.text),
      });
    } else {
      listOpen = WEAK_LINE.test(text) && LIST_INTRO.test(text);
    }
    const last = anchors[anchors.length - 1];
    if (last) carried.set(line.section, last.year);
    if (i + 1 < narrative.length && narrative[i + 1]!.section !== line.section) listOpen = false;
  });
  const trailing = otherTables.filter((x) => x.after >= narrative.length);
  for (const t of trailing) tableScores(t, new YearContext([], carried), year, out);
  return dedupe(out);
}

/**
 * Scores in a measure table that has a คะแนน column next to an indicator (an analysis table: ตัวชี้วัด | คะแนน |
 * มาตรการ). The year is read from the column's label ("คะแนนปี ๒๕๖๖") or left unknown.
 */
export function measureTableScores(tables: MeasureTable[], year: number | null): Claim[] {
  const out: Claim[] = [];
  for (const t of tables) {
    const scoreCol = t.header.roles.indexOf('score');
    if (scoreCol === -1) continue;
    const label = /(25\d\d|\d{2}(?!\d))/.exec(toArabicDigits(t.header.labels[scoreCol] ?? ''));
    const columnYear = label ? beYear(label[1]) : null;
    const refCols = t.header.roles.flatMap((r, i) =>
      r === 'indicator' || r === 'name' ? [i] : [],
    );
    let above: IndicatorRef | undefined;
    for (const row of t.rows) {
      const ref =
        refCols.map((c) => findIndicatorRefs(row.cells[c] ?? '', year)[0]).find(Boolean) ?? above;
      above = ref;
      const value = parseThaiNumber(row.cells[scoreCol]);
      if (!ref || value === null || value < 0 || value > 100) continue;
      out.push({
        kind: 'indicator_score',
        indicator: ref.code,
        value,
        assessment_year: columnYear,
        text: oneLine(row.cells.filter((c) => c.trim() !== '').join(' ')),
      });
    }
  }
  return dedupe(out);
}
