// Compares a parse with a generated report's ground truth, field by field, and says what differs.
import { toArabicDigits } from '../../../thai/digits';
import type { ReportContract } from '../types';
import type { GroundTruth, TruthClaim } from './spec';

export type Field =
  | 'org'
  | 'fiscal_year'
  | 'round'
  | 'round_evidence'
  | 'measure_count'
  | 'measure_found'
  | 'status'
  | 'status_reason'
  | 'claims';

export interface Mismatch {
  field: Field;
  expected: unknown;
  actual: unknown;
}

export interface Comparison {
  mismatches: Mismatch[];
  /** Measures of the truth found by name, and of those the ones with the right status (and reason kind). */
  measures: number;
  found: number;
  rightStatus: number;
}

/** A measure name without its numbering, spaces or digit style: "๑. มาตรการ …" and "มาตรการ…" are one name. */
export function nameKey(name: string): string {
  return toArabicDigits(name)
    .replace(/^\s*[([]?\d+(?:\.\d+)*[.)\]]?\s*/, '')
    .replace(/\s+/g, '');
}

const claimKey = (c: TruthClaim) =>
  `${c.kind}|${c.indicator ?? ''}|${c.value ?? ''}|${c.assessment_year ?? ''}`;

export function compareReport(report: ReportContract, truth: GroundTruth): Comparison {
  const mismatches: Mismatch[] = [];
  const check = (field: Field, expected: unknown, actual: unknown) => {
    if (expected !== actual) mismatches.push({ field, expected, actual });
  };
  check('org', truth.org_code, report.org.code);
  check('fiscal_year', truth.fiscal_year, report.fiscal_year);
  check('round', truth.round, report.round);
  check('round_evidence', truth.round_evidence_kind, report.round_evidence?.kind ?? null);
  check('measure_count', truth.measures.length, report.measures.length);

  const parsed = new Map<string, ReportContract['measures'][number]>();
  for (const m of report.measures)
    if (!parsed.has(nameKey(m.name_th))) parsed.set(nameKey(m.name_th), m);
  let found = 0;
  let rightStatus = 0;
  for (const t of truth.measures) {
    const m = parsed.get(nameKey(t.name));
    if (!m) {
      mismatches.push({ field: 'measure_found', expected: t.name, actual: null });
      continue;
    }
    found++;
    const reason = m.status_reason?.kind ?? null;
    if (m.status !== t.status)
      mismatches.push({ field: 'status', expected: `${t.name}: ${t.status}`, actual: m.status });
    else if (reason !== t.status_reason_kind)
      mismatches.push({
        field: 'status_reason',
        expected: `${t.name}: ${t.status_reason_kind}`,
        actual: reason,
      });
    else rightStatus++;
  }

  const expectedClaims = truth.claims.map(claimKey).sort();
  const actualClaims = report.claims.map(claimKey).sort();
  if (expectedClaims.join('\n') !== actualClaims.join('\n'))
    mismatches.push({ field: 'claims', expected: expectedClaims, actual: actualClaims });
  return { mismatches, measures: truth.measures.length, found, rightStatus };
}
