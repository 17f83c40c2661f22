// Finds a report's fiscal year (BE), round (รอบ ๖ เดือน …) and covered period from its title and narrative, never from table cells.
import { toArabicDigits } from '../../thai/digits';
import { fiscalYearOf } from '../../thai/years';
import {
  beYear,
  findDateRanges,
  findDates,
  isoDate,
  monthsCovered,
  type DateRange,
  type ThaiDate,
} from './thai-dates';
import { ROUNDS, type Round, type RoundEvidence } from './types';

export interface ReportTiming {
  fiscal_year: number | null;
  round: Round | null;
  round_evidence: RoundEvidence | null;
  period: { start: string; end: string } | null;
  warnings: string[];
}

const FISCAL_YEAR = /(?:ประจำ)?ปี\s*(?:งบประมาณ|งปม\.?)\s*(?:พ\.\s?ศ\.?)?\s*(\d{4}|\d{2}(?!\d))/g;
const YEAR_OF_REPORT = /ประจำปี\s*(?:งบประมาณ)?\s*(?:พ\.\s?ศ\.?)?\s*(\d{4}|\d{2}(?!\d))/g;
const ROUND_WORDS = /(?:รอบ|ระยะ|ห้วง)\s*(?:ที่\s*\d\s*\(?\s*)?(\d{1,2})\s*เดือน(?:แรก|หลัง)?/g;
const HALF_YEAR = /ครึ่ง(?:ปี|แรกของปี)(?:แรก)?(?!หลัง)|รอบครึ่งปี/g;
const SECOND_HALF = /ครึ่งปีหลัง/g;
/** ไตรมาส ๑-๔ (quarter): a report on quarter N covers N×3 months from October; "ไตรมาส ๑-๒" the first two. */
const QUARTER = /ไตรมาส(?:ที่)?\s*(\d)(?:\s*(?:-|–|ถึง|และ)\s*(?:ไตรมาส(?:ที่)?\s*)?(\d))?/g;
/** "รายงานผลประจำปี", "รอบปี", "ทั้งปีงบประมาณ": the whole year, unless ประจำปี only introduces the year's number. */
const WHOLE_YEAR =
  /ประจำปี(?!\s*(?:งบประมาณ|งปม|พ\.|\d))|รอบ(?:ปี|ประจำปี)(?!\s*(?:งบประมาณ|งปม|พ\.|\d))|ทั้งปี|สิ้นปีงบประมาณ/g;
const TITLE_LINE = /รายงาน|เรื่อง|ประจำปี|รอบ/;
/** Lines that report (not plan): where a quarter named in the narrative is this report's round. */
const REPORTING_LINE = /รายงาน|รอบ/;
/** A year the title gives without the word ปีงบประมาณ ("… ปี ๒๕๖๗", "… พ.ศ. ๒๕๖๗"): used only when nothing better is said. */
const ANY_TITLE_YEAR = /(?:ปี|พ\.\s?ศ\.?)\s*(?:พ\.\s?ศ\.?)?\s*(25\d\d)/g;
/** A line on an ITA assessment's result, whose year is the assessment's, not the report's. */
const ASSESSMENT_LINE = /ผลการประเมิน|ได้(รับ)?คะแนน/;
/** Lines that plan future reporting ("จะรายงานผลรอบ ๖ เดือน") name a round that is not this report's. */
const PLANNED = /จะ(รายงาน|ดำเนินการ)|กำหนดให้|ให้รายงาน|ทุกรอบ|ติดตามผล.*รอบ/;
/** Dates that are events, not the document's own date: "เมื่อวันที่ …", "ตั้งแต่วันที่ …". */
const EVENT_DATE = /(เมื่อ|ตั้งแต่|ถึง|จน|ภายใน|ก่อน|หลัง)\s*$/;

const roundOf = (months: number): Round | null => {
  const r = `${months}m`;
  return (ROUNDS as readonly string[]).includes(r) ? (r as Round) : null;
};

function fiscalYearsIn(line: string): number[] {
  const text = toArabicDigits(line);
  const out: number[] = [];
  for (const re of [FISCAL_YEAR, YEAR_OF_REPORT])
    for (const m of text.matchAll(re)) {
      const y = beYear(m[1]);
      if (y !== null) out.push(y);
    }
  return out;
}

interface Stated {
  round: Round;
  /** The words as written. */
  text: string;
}

/**
 * The single round a line names, with its words; a line naming several ("รอบ ๖ เดือน และรอบ ๑๒ เดือน") is a plan,
 * not this report's round. Quarters and the whole-year words count only where asked (title and reporting lines).
 */
function roundIn(
  line: string,
  opts: { quarters: boolean; wholeYear: boolean },
): Stated | null | 'several' {
  const text = toArabicDigits(line);
  const found = new Map<Round, string>();
  const add = (r: Round | null, m: RegExpMatchArray) => {
    if (r && !found.has(r)) found.set(r, line.slice(m.index!, m.index! + m[0].length).trim());
  };
  for (const m of text.matchAll(ROUND_WORDS)) add(roundOf(Number(m[1])), m);
  for (const m of text.matchAll(HALF_YEAR)) add('6m', m);
  for (const m of text.matchAll(SECOND_HALF)) add('12m', m);
  if (opts.quarters)
    for (const m of text.matchAll(QUARTER)) add(roundOf(3 * Number(m[2] ?? m[1])), m);
  if (found.size === 0 && opts.wholeYear) for (const m of text.matchAll(WHOLE_YEAR)) add('12m', m);
  if (found.size > 1) return 'several';
  const [hit] = [...found.entries()];
  return hit ? { round: hit[0], text: hit[1] } : null;
}

/** A period counts as a round when it starts in October, the first month of the fiscal year. */
function roundOfPeriod(r: DateRange): Round | null {
  if (r.start.month !== 10 || (r.start.day !== null && r.start.day !== 1)) return null;
  return roundOf(monthsCovered(r));
}

const sameMonths = (a: DateRange, b: DateRange) =>
  a.start.year === b.start.year &&
  a.start.month === b.start.month &&
  a.end.year === b.end.year &&
  a.end.month === b.end.month;

/**
 * The period every row of the measure table's period column gives (`๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗` on each row), when at least
 * two rows give one (or the column has a single row) and none gives another.
 */
export function commonPeriod(cells: string[]): { range: DateRange; rows: number } | null {
  const ranges = cells.flatMap((c) => findDateRanges(c).slice(0, 1));
  const filled = cells.filter((c) => c.trim() !== '').length;
  // One row is enough when it is the table's only one: then its period is every row's.
  if (ranges.length < Math.min(2, filled) || ranges.length === 0 || ranges.length < filled / 2)
    return null;
  return ranges.every((r) => sameMonths(r, ranges[0]!))
    ? { range: ranges[0]!, rows: ranges.length }
    : null;
}

interface DocumentDate {
  date: ThaiDate & { year: number; day: number };
  text: string;
}

/** The document's own date: the first full date written after วันที่ that is not an event ("เมื่อวันที่ …"). */
export function documentDate(lines: string[]): DocumentDate | null {
  for (const line of lines) {
    const arabic = toArabicDigits(line);
    for (const d of findDates(line)) {
      if (d.day === null || d.year === null) continue;
      if (!arabic.slice(d.start).startsWith('วันที่')) continue;
      if (EVENT_DATE.test(arabic.slice(0, d.start))) continue;
      if (
        findDateRanges(line).some(
          (r) => line.indexOf(r.text) <= d.start && d.start < line.indexOf(r.text) + r.text.length,
        )
      )
        continue;
      return { date: { ...d, year: d.year, day: d.day }, text: line.slice(d.start, d.end).trim() };
    }
  }
  return null;
}

/**
 * The round a document's date suggests (an inference): reports are written after the period they cover, so a date
 * in April-June is the 6-month report (October-March) of that fiscal year, a date in September the 12-month report of
 * that year, and a date in October-December the 12-month report of the year just ended. January-March and July-August
 * suggest nothing (too early for 6 months; late 6 months or 9 months).
 */
export function roundFromDate(
  d: ThaiDate & { year: number },
): { round: Round; fiscal_year: number } | null {
  const fy = d.month >= 10 ? d.year + 1 : d.year;
  if (d.month >= 4 && d.month <= 6) return { round: '6m', fiscal_year: fy };
  if (d.month === 9) return { round: '12m', fiscal_year: fy };
  if (d.month >= 10) return { round: '12m', fiscal_year: fy - 1 };
  return null;
}

export interface TimingInputs {
  /** The labels of result columns ("ผลการดำเนินงาน (รอบ ๖ เดือน)"). */
  resultLabels?: string[];
  /** The cells of the measure tables' period columns (ระยะเวลา), result tables first. */
  periodCells?: string[];
}

/**
 * title: the heading lines before the first table (or the memo's เรื่อง line); narrative: every paragraph outside
 * measure tables. Evidence for the round, strongest first: words that state it (title, then narrative and result
 * column labels), the period the text states, the period common to the period column, then (an inference, with a
 * warning) the document's date.
 */
export function detectTiming(
  title: string[],
  narrative: string[],
  inputs: TimingInputs | string[] = {},
): ReportTiming {
  const { resultLabels = [], periodCells = [] } = Array.isArray(inputs)
    ? { resultLabels: inputs }
    : inputs;
  const warnings: string[] = [];
  const titleLines = title.filter((l) => TITLE_LINE.test(l));

  // Period: the first date range in the title, else in the narrative, else the one the period column shares.
  const textRange = [...title, ...narrative].flatMap((l) => findDateRanges(l))[0] ?? null;
  const column = textRange ? null : commonPeriod(periodCells);
  const range = textRange ?? column?.range ?? null;
  const period = range
    ? { start: isoDate(range.start, 'start'), end: isoDate(range.end, 'end') }
    : null;
  const periodYear = range ? fiscalYearOf(new Date(`${period!.start}T00:00:00Z`)) : null;

  // Fiscal year: the title's, else the period's, else the latest the narrative names (the analysed assessment is
  // the year before), else a bare year in the title.
  // A title broken over lines may give the year on a line of its own ("ปีงบประมาณ พ.ศ. ๒๕๖๗"); a short opening
  // sentence on the last assessment ("ผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๖ ได้คะแนน …") gives that year, not this one.
  const ownYear = (lines: string[]) =>
    lines.filter((l) => !ASSESSMENT_LINE.test(l)).flatMap(fiscalYearsIn)[0];
  let fiscal_year =
    ownYear(titleLines) ?? ownYear(title) ?? titleLines.flatMap(fiscalYearsIn)[0] ?? null;
  if (fiscal_year === null && periodYear !== null) fiscal_year = periodYear;
  if (fiscal_year === null) {
    const years = narrative.flatMap(fiscalYearsIn);
    if (years.length > 0) fiscal_year = Math.max(...years);
  }
  if (fiscal_year === null) {
    const loose = titleLines.flatMap((l) =>
      [...toArabicDigits(l).matchAll(ANY_TITLE_YEAR)].map((m) => Number(m[1])),
    );
    if (loose.length > 0) fiscal_year = loose[0]!;
  }
  if (fiscal_year !== null && periodYear !== null && periodYear !== fiscal_year)
    warnings.push(
      `the period ${range!.text} falls in fiscal year ${periodYear}, not ${fiscal_year} as the title says`,
    );

  // Round: words in the title, else one unambiguous round in the narrative and result labels, else the period.
  let stated: Stated | null = null;
  const titleRounds = titleLines
    .map((l) => roundIn(l, { quarters: true, wholeYear: true }))
    .filter((r): r is Stated => r !== null && r !== 'several');
  if (titleRounds.length > 0) stated = titleRounds[0]!;
  else {
    const said = [...narrative, ...resultLabels]
      .filter((l) => !PLANNED.test(l))
      .map((l) => roundIn(l, { quarters: REPORTING_LINE.test(l), wholeYear: false }))
      .filter((r): r is Stated => r !== null && r !== 'several');
    const rounds = new Set(said.map((s) => s.round));
    if (rounds.size === 1) stated = said[0]!;
    else if (rounds.size > 1)
      warnings.push(
        `the text names several rounds (${[...rounds].join(', ')}); the round is left empty`,
      );
  }
  let round: Round | null = stated?.round ?? null;
  let round_evidence: RoundEvidence | null = stated ? { kind: 'stated', text: stated.text } : null;
  const fromPeriod = range ? roundOfPeriod(range) : null;
  if (round === null && fromPeriod !== null) {
    round = fromPeriod;
    round_evidence = {
      kind: 'period',
      text: column ? `${range!.text} (ระยะเวลา, ${column.rows} rows)` : range!.text,
    };
  } else if (round !== null && fromPeriod !== null && fromPeriod !== round)
    warnings.push(
      `the text says round ${round} but the period ${range!.text} covers ${fromPeriod}`,
    );

  if (round === null) {
    const dated = documentDate([...title, ...narrative]);
    const inferred = dated ? roundFromDate(dated.date) : null;
    const iso = dated ? isoDate(dated.date, 'start') : null;
    if (inferred && (fiscal_year === null || fiscal_year === inferred.fiscal_year)) {
      round = inferred.round;
      round_evidence = { kind: 'document_date', text: dated!.text };
      if (fiscal_year === null) fiscal_year = inferred.fiscal_year;
      warnings.push(
        `the report names no round and no period; round ${round} of fiscal year ${inferred.fiscal_year} is an inference from the document's date (${dated!.text}, ${iso}): check it (อนุมานจากวันที่ของเอกสาร)`,
      );
    } else {
      warnings.push(
        `the report names no round (รอบ ๖/๑๒ เดือน) and no period; the round is left empty${iso ? ` (the document is dated ${iso})` : ''}`,
      );
    }
  }
  if (fiscal_year === null)
    warnings.push('no fiscal year (ปีงบประมาณ) found in the title or the text');
  return { fiscal_year, round, round_evidence, period, warnings };
}
