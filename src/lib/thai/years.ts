// Buddhist Era (พ.ศ.) years, fiscal years (ปีงบประมาณ, 1 Oct - 30 Sep) and CE conversion.

/** พ.ศ. = ค.ศ. + 543 */
export const BE_OFFSET = 543;

export const toBE = (ceYear: number): number => ceYear + BE_OFFSET;
export const toCE = (beYear: number): number => beYear - BE_OFFSET;

/**
 * Decides whether a four-digit year is BE or CE. Years from 2400 on are BE
 * (CE 2400 is far beyond any ITA data); 1900-2399 are CE.
 */
export function yearBasis(year: number): 'BE' | 'CE' | null {
  if (!Number.isInteger(year)) return null;
  if (year >= 2400 && year <= 2800) return 'BE';
  if (year >= 1900 && year < 2400) return 'CE';
  return null;
}

/** Normalises a year given in BE or CE to BE; null when it is not a plausible year. */
export function asBE(year: number): number | null {
  const basis = yearBasis(year);
  if (basis === 'BE') return year;
  if (basis === 'CE') return toBE(year);
  return null;
}

/** The fiscal year (BE) a date falls in: 1 October starts the next fiscal year. */
export function fiscalYearOf(date: Date): number {
  const ce = date.getUTCFullYear() + (date.getUTCMonth() >= 9 ? 1 : 0);
  return toBE(ce);
}

/** First and last day (CE ISO dates) of a fiscal year given in BE: FY 2567 = 2023-10-01 .. 2024-09-30. */
export function fiscalYearRange(fiscalYearBE: number): { start: string; end: string } {
  const ce = toCE(fiscalYearBE);
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` };
}
