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
const ROUND_WORDS = /(?:รอบ|ระยะ|ห้วง)\s*(?:ที่\s*\d\s*\(?\s*)?(\d{1,2})\s*เดือน/g;
const HALF_YEAR = /ครึ่ง(?:ปี|แรกของปี)(?:แรก)?|รอบครึ่งปี/;
const TITLE_LINE = /รายงาน|เรื่อง|ประจำปี|รอบ/;
/** A year the title gives without the word ปีงบประมาณ ("… ปี ๒๕๖๗", "… พ.ศ. ๒๕๖๗"): used only when nothing better is said. */
const ANY_TITLE_YEAR = /(?:ปี|พ\.\s?ศ\.?)\s*(?:พ\.\s?ศ\.?)?\s*(25\d\d)/g;
/** Lines that plan future reporting ("จะรายงานผลรอบ ๖ เดือน") name a round that is not this report's. */
const PLANNED = /จะ(รายงาน|ดำเนินการ)|กำหนดให้|ให้รายงาน|ทุกรอบ|ติดตามผล.*รอบ/;

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

/** The single round a line names; a line naming several ("รอบ ๖ เดือน และรอบ ๑๒ เดือน") is a plan, not this report's round. */
function roundIn(line: string): Round | null | 'several' {
  const text = toArabicDigits(line);
  const found = new Set<Round>();
  for (const m of text.matchAll(ROUND_WORDS)) {
    const r = roundOf(Number(m[1]));
    if (r) found.add(r);
  }
  if (HALF_YEAR.test(text)) found.add('6m');
  if (found.size > 1) return 'several';
  return found.size === 1 ? [...found][0]! : null;
}

/** A period counts as a round when it starts in October, the first month of the fiscal year. */
function roundOfPeriod(r: DateRange): Round | null {
  if (r.start.month !== 10 || (r.start.day !== null && r.start.day !== 1)) return null;
  return roundOf(monthsCovered(r));
}

/**
 * title: the heading lines before the first table (or the memo's เรื่อง line); narrative: every paragraph outside
 * measure tables; resultLabels: the labels of result columns. The title decides when it can; the rest is read only
 * when the title is silent.
 */
export function detectTiming(
  title: string[],
  narrative: string[],
  resultLabels: string[] = [],
): ReportTiming {
  const warnings: string[] = [];
  const titleLines = title.filter((l) => TITLE_LINE.test(l));

  // Fiscal year: the title's, else the latest one the narrative names (the analysed assessment is the year before).
  let fiscal_year = titleLines.flatMap(fiscalYearsIn)[0] ?? null;
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

  // Period: the first date range in the title, else in the narrative.
  const range = [...title, ...narrative].flatMap((l) => findDateRanges(l))[0] ?? null;
  const period = range
    ? { start: isoDate(range.start, 'start'), end: isoDate(range.end, 'end') }
    : null;
  const periodYear = range ? fiscalYearOf(new Date(`${period!.start}T00:00:00Z`)) : null;
  if (fiscal_year === null && periodYear !== null) fiscal_year = periodYear;
  if (fiscal_year !== null && periodYear !== null && periodYear !== fiscal_year)
    warnings.push(
      `the period ${range!.text} falls in fiscal year ${periodYear}, not ${fiscal_year} as the title says`,
    );

  // Round: words in the title, else one unambiguous round in the narrative, else the period's length.
  let round: Round | null = null;
  const titleRounds = titleLines
    .map(roundIn)
    .filter((r): r is Round => r !== null && r !== 'several');
  if (titleRounds.length > 0) round = titleRounds[0]!;
  else {
    // Result column labels count too: "ผลการดำเนินงาน (รอบ ๖ เดือน)".
    const said = new Set(
      [...narrative, ...resultLabels]
        .filter((l) => !PLANNED.test(l))
        .map(roundIn)
        .filter((r): r is Round => r !== null && r !== 'several'),
    );
    if (said.size === 1) round = [...said][0]!;
    else if (said.size > 1)
      warnings.push(
        `the text names several rounds (${[...said].join(', ')}); the round is left empty`,
      );
  }
  const fromPeriod = range ? roundOfPeriod(range) : null;
  if (round === null) round = fromPeriod;
  else if (fromPeriod !== null && fromPeriod !== round)
    warnings.push(
      `the text says round ${round} but the period ${range!.text} covers ${fromPeriod}`,
    );

  if (round === null) {
    // A memo's date hints at the round (March: 6 months, September/October: 12) but does not say it; the reviewer decides.
    const dated = title.flatMap((l) => findDates(l)).find((d) => d.day !== null && d.year !== null);
    const hint = dated
      ? ` (the document is dated ${isoDate({ ...dated, year: dated.year! }, 'start')})`
      : '';
    warnings.push(
      `the report names no round (รอบ ๖/๑๒ เดือน) and no period; the round is left empty${hint}`,
    );
  }
  if (fiscal_year === null)
    warnings.push('no fiscal year (ปีงบประมาณ) found in the title or the text');
  // Which evidence decided the round is filled in by the round detection (issue 9); stated/period until then.
  const round_evidence: RoundEvidence | null =
    round === null
      ? null
      : { kind: fromPeriod === round && titleRounds.length === 0 ? 'period' : 'stated', text: '' };
  return { fiscal_year, round, round_evidence, period, warnings };
}
