// Says which year basis a file uses (พ.ศ. or ค.ศ.) and where each year came from, in words for the summary.
import type { ScoreRecord } from './score-records';

export interface YearDescription {
  basis: 'BE' | 'CE';
  mixed: boolean;
  text: string;
}

export function describeYears(records: ScoreRecord[], optionYear: number | null): YearDescription {
  const withYear = records.filter((r) => r.fiscalYear !== null);
  const be = withYear.filter((r) => r.yearBasis === 'BE').length;
  const ce = withYear.filter((r) => r.yearBasis === 'CE').length;
  const basis: 'BE' | 'CE' = ce > be ? 'CE' : 'BE';
  const years = [...new Set(withYear.map((r) => r.fiscalYear!))].sort();
  const sources = [...new Set(withYear.map((r) => r.yearSource))];
  const from = sources
    .map((s) =>
      s === 'column'
        ? 'the year column'
        : s === 'title'
          ? 'the title row or sheet name'
          : `--year ${optionYear}`,
    )
    .join(' and ');
  if (withYear.length === 0) return { basis, mixed: false, text: 'no fiscal year found' };
  const list = years.join(', ');
  const text =
    ce > 0 && be > 0
      ? `years are mixed: ${be} rows in Buddhist Era (พ.ศ.), ${ce} in Christian Era (ค.ศ., converted by adding 543); fiscal years ${list}; taken from ${from}`
      : basis === 'CE'
        ? `years are Christian Era (ค.ศ.) and were converted to Buddhist Era by adding 543: fiscal years ${list}; taken from ${from}`
        : `years are Buddhist Era (พ.ศ.): fiscal years ${list}; taken from ${from}`;
  return { basis, mixed: ce > 0 && be > 0, text };
}
