// Reads Thai dates as reports write them: "๑ ต.ค. ๖๖", "ตุลาคม ๒๕๖๗", ranges joined by ถึง or a dash; years are BE.
import { toArabicDigits } from '../../thai/digits';
import { toCE } from '../../thai/years';

const MONTHS: [full: string, abbr: string][] = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
];

/** "ต.ค." also written "ต.ค" or "ต. ค.". */
const abbrPattern = (abbr: string): string => {
  const [a, b] = abbr.split('.').filter(Boolean) as [string, string];
  return `${a}\\.\\s?${b}\\.?`;
};

const MONTH_ALTERNATIVES = MONTHS.flatMap(([full, abbr]) => [full, abbrPattern(abbr)]).join('|');
const DATE = new RegExp(
  `(?:วันที่\\s*)?(?:(\\d{1,2})\\s*)?(${MONTH_ALTERNATIVES})\\s*(?:พ\\.\\s?ศ\\.?\\s*)?(\\d{4}|\\d{2}(?!\\d))?`,
  'g',
);
const RANGE_JOIN = /^\s*(?:(?:จน)?ถึง\s*(?:วันที่)?|[-–—]|ถึงวันที่|ถึง\s*เดือน)\s*(?:เดือน)?\s*$/;

export interface ThaiDate {
  year: number | null; // BE
  month: number; // 1-12
  day: number | null;
}

function monthOf(token: string): number {
  const squeezed = token.replace(/\s/g, '');
  const i = MONTHS.findIndex(
    ([full, abbr]) => squeezed === full || squeezed === abbr || `${squeezed}.` === abbr,
  );
  return i + 1;
}

/** A BE year from four digits (2400-2700) or two ("๖๖" = 2566). */
export function beYear(digits: string | undefined): number | null {
  if (!digits) return null;
  const n = Number(digits);
  if (digits.length === 2) return 2500 + n;
  return n >= 2400 && n <= 2700 ? n : null;
}

interface DateToken extends ThaiDate {
  start: number;
  end: number;
}

export function findDates(text: string): DateToken[] {
  const arabic = toArabicDigits(text);
  const out: DateToken[] = [];
  for (const m of arabic.matchAll(DATE)) {
    const month = monthOf(m[2]!);
    if (month === 0) continue;
    const day = m[1] ? Number(m[1]) : null;
    out.push({
      day: day !== null && day >= 1 && day <= 31 ? day : null,
      month,
      year: beYear(m[3]),
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return out;
}

export interface DateRange {
  start: ThaiDate & { year: number };
  end: ThaiDate & { year: number };
  text: string;
}

/** Date ranges such as "ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘" or "๑ ตุลาคม ถึง ๓๑ มีนาคม ๒๕๖๘"; the end must carry a year. */
export function findDateRanges(text: string): DateRange[] {
  const dates = findDates(text);
  const arabic = toArabicDigits(text);
  const out: DateRange[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (b.year === null || !RANGE_JOIN.test(arabic.slice(a.end, b.start))) continue;
    const startYear = a.year ?? (a.month <= b.month ? b.year : b.year - 1);
    out.push({
      start: { ...a, year: startYear },
      end: { ...b, year: b.year },
      text: text.slice(a.start, b.end),
    });
    i++;
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(yearCE: number, month: number): number {
  return new Date(Date.UTC(yearCE, month, 0)).getUTCDate();
}

/** CE ISO date; a missing day is the first of the month (start) or its last (end). */
export function isoDate(d: ThaiDate & { year: number }, edge: 'start' | 'end'): string {
  const ce = toCE(d.year);
  const last = daysIn(ce, d.month);
  const day = d.day === null ? (edge === 'start' ? 1 : last) : Math.min(d.day, last);
  return `${ce}-${pad(d.month)}-${pad(day)}`;
}

/** Whole months from the start month to the end month, both counted. */
export function monthsCovered(r: DateRange): number {
  return (r.end.year - r.start.year) * 12 + (r.end.month - r.start.month) + 1;
}
