// fast-check arbitraries of report specs: every choice a real report makes, drawn so that shrinking finds the smallest failing report.
import fc from 'fast-check';
import { frameworksByYear } from '../../frameworks/load';
import type { Round, StatusReasonKind } from '../types';
import { generatedOrgs } from './orgs';
import type { MeasureSpec, ReportSpec } from './spec';
import { HEADER_WORDINGS, MEASURES, REASON_WORDS, UNITS, type ColumnRole } from './vocabulary';

const ROLES = Object.keys(HEADER_WORDINGS) as ColumnRole[];

/** Fiscal years whose previous year has a framework, so that claims about the previous assessment can name indicators. */
function reportYears(): number[] {
  const years = [...frameworksByYear().keys()];
  return years.filter((y) => years.includes(y - 1));
}

/** Indicator codes and the pass mark, from the framework data (never literals). */
function frameworkFacts(): { codes: string[]; passMark: number } {
  const fws = [...frameworksByYear().values()];
  const codes = fws[0]!.indicators.filter((i) => i.parent === null).map((i) => i.code);
  return { codes, passMark: Math.min(...fws.map((f) => f.pass_mark)) };
}

const reasonArb: fc.Arbitrary<{ kind: StatusReasonKind; text: string } | null> = fc.option(
  fc
    .constantFrom(...(Object.keys(REASON_WORDS) as StatusReasonKind[]))
    .chain((kind) => fc.constantFrom(...REASON_WORDS[kind]).map((text) => ({ kind, text }))),
  { freq: 4 },
);

const measureArb = (index: number): fc.Arbitrary<MeasureSpec> =>
  fc
    .record({
      words: fc.constant(MEASURES[index]!),
      status: fc.oneof(
        { arbitrary: fc.constant('completed' as const), weight: 5 },
        { arbitrary: fc.constant('in_progress' as const), weight: 2 },
        { arbitrary: fc.constant('not_started' as const), weight: 2 },
        { arbitrary: fc.constant('not_possible' as const), weight: 2 },
      ),
      reason: reasonArb,
      statusWord: fc.nat(5),
      responsible: fc.constantFrom(...UNITS),
      notStarted: fc.constantFrom('words' as const, 'dashes' as const, 'promise' as const),
    })
    .map((m) => (m.status === 'not_possible' ? m : { ...m, reason: null }));

const measuresArb = (max: number) =>
  fc
    .uniqueArray(fc.nat(MEASURES.length - 1), { minLength: 1, maxLength: max })
    .chain((idx) => fc.tuple(...idx.map(measureArb)));

const perRole = <T>(arb: fc.Arbitrary<T>) =>
  fc.record(Object.fromEntries(ROLES.map((r) => [r, arb])) as Record<ColumnRole, fc.Arbitrary<T>>);

const timingArb = fc.oneof(
  fc.record({
    roundEvidence: fc.constant('stated' as const),
    round: fc.constantFrom<Round>('6m', '12m', '6m', '12m', '3m', '9m'),
  }),
  fc.record({
    roundEvidence: fc.constant('period' as const),
    round: fc.constantFrom<Round>('6m', '12m', '6m', '12m', '3m', '9m'),
  }),
  fc.record({
    roundEvidence: fc.constant('document_date' as const),
    round: fc.constantFrom<Round>('6m', '12m'),
  }),
  fc.record({ roundEvidence: fc.constant(null), round: fc.constant(null) }),
);

export interface SpecOptions {
  /** At most this many measures (default 8). */
  maxMeasures?: number;
}

/** A realistic report spec; its ground truth is `truthOf(spec)`. */
export function reportSpecArb(opts: SpecOptions = {}): fc.Arbitrary<ReportSpec> {
  const { unique, twins } = generatedOrgs();
  const { codes, passMark } = frameworkFacts();
  const years = reportYears();
  const orgArb = fc.oneof(
    { arbitrary: fc.nat(unique.length - 1).map((i) => unique[i]!), weight: 3 },
    { arbitrary: fc.nat(twins.length - 1).map((i) => twins[i]!), weight: 1 },
  );
  const claimsArb = fc.record({
    total: fc.option(fc.integer({ min: 5000, max: 9999 }).map((v) => v / 100)),
    weak: fc.uniqueArray(
      fc.record({
        code: fc.constantFrom(...codes),
        value: fc.option(fc.integer({ min: 0, max: passMark * 100 - 1 }).map((v) => v / 100)),
      }),
      { maxLength: 2, selector: (w) => w.code },
    ),
  });
  return fc
    .record({
      org: orgArb,
      locationInText: fc.boolean(),
      memo: fc.option(
        fc.record({
          docForm: fc.nat(3),
          office: fc.integer({ min: 10000, max: 99999 }).map(String),
          serial: fc.integer({ min: 1, max: 999 }).map(String),
        }),
        { freq: 2 },
      ),
      fiscalYear: fc.constantFrom(...years),
      fiscalYearForm: fc.nat(2),
      timing: timingArb,
      periodIn: fc.constantFrom('text' as const, 'column' as const),
      roundWord: fc.nat(4),
      periodForm: fc.nat(3),
      dateDay: fc.integer({ min: 1, max: 28 }),
      dateMonth: fc.nat(1),
      digits: fc.constantFrom('thai' as const, 'arabic' as const),
      shape: fc.constantFrom(
        'combined' as const,
        'plan_result' as const,
        'result_only' as const,
        'combined' as const,
        'result_only' as const,
        'paragraphs' as const,
      ),
      numbering: fc.constantFrom(
        'column' as const,
        'prefix' as const,
        'paren' as const,
        'sub' as const,
        'none' as const,
      ),
      wording: perRole(fc.nat(9)),
      resultGroupWording: fc.nat(7),
      order: perRole(fc.nat(20)),
      nameFirst: fc.boolean(),
      statusColumn: fc.boolean(),
      periodColumn: fc.boolean(),
      noteColumn: fc.boolean(),
      twoRowHeader: fc.boolean(),
      measures: measuresArb(opts.maxMeasures ?? 8),
      pageBreaks: fc.array(fc.nat(12), { maxLength: 2 }),
      repeatHeader: fc.boolean(),
      splitRow: fc.boolean(),
      appendix: fc.boolean(),
      claims: claimsArb,
      narrativeForm: fc.nat(1),
    })
    .map(({ timing, ...s }): ReportSpec => {
      const twin = s.org.twin;
      // A twin is told apart only by its memo number; a date as evidence needs a memo or a dated closing line.
      const memo =
        s.memo ?? (twin ? { docForm: s.fiscalYearForm, office: '70001', serial: '1' } : null);
      return {
        ...s,
        ...timing,
        memo,
        locationInText: twin ? false : s.locationInText,
        // Sub-numbering needs a number column; plan and result tables are numbered alike.
        numbering: s.numbering === 'sub' && s.shape === 'plan_result' ? 'column' : s.numbering,
        periodColumn:
          s.periodColumn || (timing.roundEvidence === 'period' && s.periodIn === 'column'),
      };
    });
}
