// Synthetic measures (มาตรการ) per organisation-year, aimed at last year's weak indicators, with a status per รอบ (round).
import { topIndicators, TOTAL_CODE, type Framework } from '../../ita/framework';
import { toThaiDigits } from '../../thai/digits';
import { fiscalYearRange, toCE } from '../../thai/years';
import { measureTemplates, type MeasureCategory, type MeasureTemplates } from './measure-templates';
import { normaliseMeasureName } from './measure-name';
import type { MeasureStatus as ParsedStatus, StatusReasonKind } from '../ingest/types';
import type { DemoOrg, OrgYearScores } from './scores';
import { SeededRandom } from './seeded-random';

/** รอบ (round): the 6-month (Oct-Mar) and 12-month (whole fiscal year) monitoring reports. */
export const DEMO_ROUNDS = ['6m', '12m'] as const;
export type DemoRound = (typeof DEMO_ROUNDS)[number];
/** A synthetic report always says what happened, so never 'unknown'. */
export type MeasureStatus = Exclude<ParsedStatus, 'unknown'>;

export interface MeasureRoundResult {
  status: MeasureStatus;
  status_evidence: string | null;
  output: string | null;
  outcome: string | null;
  /** Why a not_possible measure could not be done; null for every other status. */
  status_reason_kind: StatusReasonKind | null;
  status_reason_text: string | null;
}

/** One measure as planned for the year, with what each round reported about it. */
export interface DemoMeasure {
  org_code: string;
  fiscal_year: number;
  seq: number;
  number_text: string;
  name_th: string;
  name_norm: string;
  /** แนวทางการปฏิบัติ from the plan table; null when the organisation's report has only a result table. */
  guideline: string | null;
  responsible: string[];
  period_text: string;
  category: string;
  indicators: string[];
  rounds: Record<DemoRound, MeasureRoundResult>;
}

/** How many of the lowest indicators an organisation names as weak (ตัวชี้วัดที่อ่อน) in its analysis. */
const WEAK_COUNT = 3;
/** Extra draw weight of a category per weak indicator it targets, against 1 for any category. */
const WEAK_BONUS = 3;
/** 'other' is rare: most measures in real reports fall under a named category. */
const OTHER_WEIGHT = 0.3;
/** Share of reports with a plan table (มาตรการ | แนวทางการปฏิบัติ | ...) as well as results; the sample reports show both kinds. */
const PLAN_TABLE_SHARE = 0.6;
/**
 * Chance that a measure not completed at 6 months could not be done at all (ไม่สามารถดำเนินการได้): from
 * NOT_POSSIBLE_MIN for the most diligent organisations to NOT_POSSIBLE_MAX for the least. Of all measures that is
 * about 1 % in a good year (FY 2567 national demo: 720 of 58,318 at 12 months) to a few per cent in a weak one, as a
 * plan is mostly carried out.
 */
const NOT_POSSIBLE_MIN = 0.015;
const NOT_POSSIBLE_MAX = 0.06;
/** Of those, the share already reported as impossible at 6 months (the rest were still pending then). */
const NOT_POSSIBLE_AT_6 = 0.4;
/** Reason kinds and their weights: most such measures were never funded (no_budget), as reports say. */
const REASON_KINDS: readonly StatusReasonKind[] = [
  'no_budget',
  'no_staff',
  'policy_changed',
  'other',
];
const REASON_WEIGHTS = [0.55, 0.2, 0.15, 0.1];

/** The lowest top-level indicators of one organisation-year, lowest first (ties by framework order). */
export function weakIndicators(
  fw: Framework,
  values: Record<string, number>,
  count = WEAK_COUNT,
): string[] {
  return topIndicators(fw)
    .map((i, order) => ({ code: i.code, value: values[i.code] ?? Infinity, order }))
    .sort((a, b) => a.value - b.value || a.order - b.order)
    .slice(0, count)
    .map((i) => i.code);
}

const fill = (text: string, vars: Record<string, string>): string =>
  text.includes('{') ? text.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m) : text;

/** Item numbers as reports write them (๑, ๒, ...) and normalised names (a few thousand distinct), computed once each. */
const numberTexts = Array.from({ length: 13 }, (_, i) => toThaiDigits(String(i)));
const normalisedNames = new Map<string, string>();
function normalisedName(name: string): string {
  let norm = normalisedNames.get(name);
  if (norm === undefined) {
    norm = normaliseMeasureName(name);
    normalisedNames.set(name, norm);
  }
  return norm;
}

/** Every day of [startIso, endIso] written the Thai way (๑๗ กุมภาพันธ์ ๒๕๖๗), computed once per window. */
function thaiDays(startIso: string, endIso: string, months: readonly string[]): string[] {
  const start = Date.parse(`${startIso}T00:00:00Z`);
  const days = Math.round((Date.parse(`${endIso}T00:00:00Z`) - start) / 86_400_000);
  return Array.from({ length: days + 1 }, (_, i) => {
    const d = new Date(start + i * 86_400_000);
    return toThaiDigits(`${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear() + 543}`);
  });
}

/** The round windows of a fiscal year: 6m covers 1 Oct - 31 Mar, 12m the whole year. */
export function roundPeriod(fiscalYear: number, round: DemoRound): { start: string; end: string } {
  const { start, end } = fiscalYearRange(fiscalYear);
  return round === '6m' ? { start, end: `${toCE(fiscalYear)}-03-31` } : { start, end };
}

/** The statuses drawn for a measure's plan; blockedRounds may turn some into not_possible afterwards. */
type PlannedStatus = Exclude<MeasureStatus, 'not_possible'>;

function roundStatuses(rng: SeededRandom, diligence: number): Record<DemoRound, PlannedStatus> {
  const r6 = rng.next();
  const at6: PlannedStatus =
    r6 < 0.15 + 0.35 * diligence
      ? 'completed'
      : r6 < 0.65 + 0.1 * diligence
        ? 'in_progress'
        : 'not_started';
  const r12 = rng.next();
  let at12: PlannedStatus = 'completed';
  if (at6 === 'in_progress') at12 = r12 < 0.55 + 0.35 * diligence ? 'completed' : 'in_progress';
  if (at6 === 'not_started')
    at12 = r12 < 0.3 + 0.4 * diligence ? 'completed' : r12 < 0.75 ? 'in_progress' : 'not_started';
  return { '6m': at6, '12m': at12 };
}

/** What every measure of one fiscal year shares, computed once per year rather than once per measure. */
interface YearContext {
  fw: Framework;
  templates: MeasureTemplates;
  /** Category id to the indicator codes this year's framework has. */
  indicators: Map<string, string[]>;
  periodTexts: string[];
  /** Thai dates a completed measure may carry: within the 6-month round, and after it (newly completed at 12 months). */
  days: { firstHalf: string[]; secondHalf: string[] };
}

interface MeasureContext extends YearContext {
  org: DemoOrg;
  /** Whether this organisation-year's report has a plan table (with guidelines) besides the result table. */
  planTable: boolean;
  /** The organisation-year's own stream for measures that could not be done. */
  blocked: SeededRandom;
}

function yearContext(
  fw: Framework,
  categories: readonly MeasureCategory[],
  templates: MeasureTemplates,
): YearContext {
  const fy = fw.fiscal_year;
  const codes = new Set(fw.indicators.map((i) => i.code));
  const half = roundPeriod(fy, '6m');
  return {
    fw,
    templates,
    // The taxonomy lists sub-indicators by one year's numbering; keep only codes this year's framework has.
    indicators: new Map(
      categories.map((c) => [c.id, c.indicators.filter((code) => codes.has(code))]),
    ),
    periodTexts: templates.periods.map((p) =>
      toThaiDigits(
        fill(p, { fy: String(fy), fy_start: String(fy - 1).slice(2), fy_end: String(fy).slice(2) }),
      ),
    ),
    days: {
      firstHalf: thaiDays(half.start, half.end, templates.months_th),
      secondHalf: thaiDays(`${toCE(fy)}-04-01`, roundPeriod(fy, '12m').end, templates.months_th),
    },
  };
}

/** A round's result; a completed measure's outcome (ผลลัพธ์) is only reported at 12 months. */
function roundResult(
  rng: SeededRandom,
  ctx: MeasureContext,
  cat: string,
  status: PlannedStatus,
  days: readonly string[],
  round: DemoRound,
): MeasureRoundResult {
  const t = ctx.templates;
  const noReason = { status_reason_kind: null, status_reason_text: null };
  if (status === 'in_progress')
    return {
      status,
      status_evidence: rng.pick(t.in_progress),
      output: null,
      outcome: null,
      ...noReason,
    };
  if (status === 'not_started')
    return {
      status,
      status_evidence: rng.chance(0.5) ? rng.pick(t.not_started) : null,
      output: null,
      outcome: null,
      ...noReason,
    };
  const ct = t.categories[cat]!;
  const output = fill(rng.pick(ct.outputs), { org: ctx.org.short_name_th, date: rng.pick(days) });
  return {
    status,
    status_evidence: rng.pick(t.completed),
    output,
    outcome: round === '12m' ? rng.pick(ct.outcomes) : null,
    ...noReason,
  };
}

/**
 * Turns a measure not completed at 6 months into one that could not be done by 12 months (sometimes already at 6),
 * with a reason. It draws from its own stream, so adding it left every other status of a seed as it was.
 */
function blockedRounds(
  blocked: SeededRandom,
  ctx: MeasureContext,
  at6: MeasureRoundResult,
  at12: MeasureRoundResult,
  diligence: number,
): { at6: MeasureRoundResult; at12: MeasureRoundResult } {
  const share = NOT_POSSIBLE_MAX - (NOT_POSSIBLE_MAX - NOT_POSSIBLE_MIN) * diligence;
  // Always five draws per measure, so one measure's outcome never shifts the next one's.
  const [hit, early, kindDraw, textDraw, statusDraw] = Array.from({ length: 5 }, () =>
    blocked.next(),
  ) as [number, number, number, number, number];
  if (hit >= share || at6.status === 'completed') return { at6, at12 };
  const t = ctx.templates;
  const kind = REASON_KINDS[weightedPick(REASON_WEIGHTS, kindDraw)]!;
  const texts = t.not_possible[kind];
  const impossible: MeasureRoundResult = {
    status: 'not_possible',
    status_evidence: t.not_possible_status[Math.floor(statusDraw * t.not_possible_status.length)]!,
    output: null,
    outcome: null,
    status_reason_kind: kind,
    status_reason_text: texts[Math.floor(textDraw * texts.length)]!,
  };
  return { at6: early < NOT_POSSIBLE_AT_6 ? impossible : at6, at12: impossible };
}

/** The index whose cumulative weight first exceeds u * total. */
function weightedPick(weights: readonly number[], u: number): number {
  let r = u * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

function oneMeasure(
  rng: SeededRandom,
  ctx: MeasureContext,
  cat: MeasureCategory,
  name: string,
  seq: number,
  diligence: number,
): DemoMeasure {
  const ct = ctx.templates.categories[cat.id]!;
  const responsible = [ct.responsible[0]!];
  if (rng.chance(0.3)) {
    const other = rng.pick([...ct.responsible, ...ctx.templates.units]);
    if (!responsible.includes(other)) responsible.push(other);
  }
  const statuses = roundStatuses(rng, diligence);
  const at6 = roundResult(rng, ctx, cat.id, statuses['6m'], ctx.days.firstHalf, '6m');
  // Completed at 6 months stays completed with the same output; newly completed work is dated in Apr-Sep.
  const planned12 =
    statuses['6m'] === 'completed'
      ? { ...at6, outcome: rng.pick(ctx.templates.categories[cat.id]!.outcomes) }
      : roundResult(rng, ctx, cat.id, statuses['12m'], ctx.days.secondHalf, '12m');
  const rounds = blockedRounds(ctx.blocked, ctx, at6, planned12, diligence);
  return {
    org_code: ctx.org.code,
    fiscal_year: ctx.fw.fiscal_year,
    seq,
    number_text: numberTexts[seq] ?? toThaiDigits(String(seq)),
    name_th: name,
    name_norm: normalisedName(name),
    guideline: ctx.planTable ? rng.pick(ct.guidelines) : null,
    responsible,
    period_text: rng.pick(ctx.periodTexts),
    category: cat.id,
    indicators: ctx.indicators.get(cat.id)!,
    rounds: { '6m': rounds.at6, '12m': rounds.at12 },
  };
}

/**
 * 4-12 measures for one organisation-year. Categories that target the weak indicators of `basis` (last year's
 * scores when there are any) are drawn more often; diligence (0-1) raises the share completed.
 */
function orgYearMeasures(
  rng: SeededRandom,
  ctx: MeasureContext,
  basis: { fw: Framework; values: Record<string, number> },
  diligence: number,
): DemoMeasure[] {
  const { categories, templates } = measureTemplates();
  const weak = new Set(weakIndicators(basis.fw, basis.values));
  const weights = categories.map((c) =>
    c.id === 'other'
      ? OTHER_WEIGHT
      : 1 + WEAK_BONUS * c.indicators.filter((code) => weak.has(code)).length,
  );
  const used = new Set<string>();
  const out: DemoMeasure[] = [];
  const wanted = rng.int(4, 12);
  while (out.length < wanted && weights.some((w) => w > 0)) {
    const i = rng.weightedIndex(weights);
    const cat = categories[i]!;
    const fresh = templates.categories[cat.id]!.names.filter((n) => !used.has(n));
    if (fresh.length <= 1) weights[i] = 0;
    if (fresh.length === 0) continue;
    const template = rng.pick(fresh);
    used.add(template);
    out.push(
      oneMeasure(
        rng,
        ctx,
        cat,
        fill(template, { org: ctx.org.short_name_th }),
        out.length + 1,
        diligence,
      ),
    );
  }
  return out;
}

/** Measures of every organisation-year that has scores; each organisation-year draws from its own stream. */
export function generateMeasures(
  orgs: readonly DemoOrg[],
  scores: readonly OrgYearScores[],
  frameworks: ReadonlyMap<number, Framework>,
  seed: number,
): DemoMeasure[] {
  const { categories, templates } = measureTemplates();
  const years = new Map(
    [...frameworks].map(([fy, fw]) => [fy, yearContext(fw, categories, templates)]),
  );
  const byKey = new Map(scores.map((s) => [`${s.org_code}:${s.fiscal_year}`, s.values]));
  const orgByCode = new Map(orgs.map((o) => [o.code, o]));
  const out: DemoMeasure[] = [];
  for (const s of scores) {
    const org = orgByCode.get(s.org_code);
    const year = years.get(s.fiscal_year);
    if (!org || !year) continue;
    const fw = year.fw;
    const prevFw = frameworks.get(s.fiscal_year - 1);
    const prev = byKey.get(`${s.org_code}:${s.fiscal_year - 1}`);
    const basis = prev && prevFw ? { fw: prevFw, values: prev } : { fw, values: s.values };
    // Organisations scoring well that year complete more of their measures: a link analysts can look for.
    const diligence = Math.min(1, Math.max(0, (s.values[TOTAL_CODE]! - 50) / 50));
    const rng = new SeededRandom(seed, 'measures', s.org_code, s.fiscal_year);
    const planTable = rng.chance(PLAN_TABLE_SHARE);
    const blocked = new SeededRandom(seed, 'not_possible', s.org_code, s.fiscal_year);
    for (const m of orgYearMeasures(rng, { ...year, org, planTable, blocked }, basis, diligence))
      out.push(m);
  }
  return out;
}
