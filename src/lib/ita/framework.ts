// ITA framework rules shared by server and browser: grades (level or rating), pass/fail, weighted scores.
// The numbers themselves (weights, bands, the pass mark) come from data/frameworks/<year>.json.

export type Tool = 'IIT' | 'EIT' | 'OIT';
/** The three tools whose weighted mean is the total. */
export const TOOLS: readonly Tool[] = ['IIT', 'EIT', 'OIT'];
/** Score codes that are not indicators: the tools, their parts (EIT1, EIT2 from 2566) and the weighted total. */
export const TOTAL_CODE = 'TOTAL';

export interface FrameworkIndicator {
  code: string;
  parent: string | null;
  tool: Tool;
  name_th: string;
  name_en: string;
  /** Other spellings found in documents, e.g. การปรับปรุงการทำงาน for indicator 8. */
  aliases_th: string[];
  /** Share of the parent (of the total for top-level indicators). */
  weight: number;
  /** Which fields are not confirmed from NACC publications ('weight', 'name'). */
  unconfirmed: string[];
}

export interface GradeRule {
  label: string;
  label_en: string;
  min_total: number;
  /** Each score in the year's grading.tools must reach this too (the 2566+ ratings); null when not required. */
  min_each_tool: number | null;
  /** Other spellings in published tables, e.g. ต้องปรับปรุงด่วน (2567) for ต้องปรับปรุงโดยด่วน. */
  aliases: string[];
}

/** A separately published score inside a tool: EIT part 1 (answered by stakeholders) and part 2 (collected by the NACC). */
export interface ToolPart {
  code: string;
  name_th: string;
  name_en: string;
  /** Spellings of the part in score files: "EIT ส่วนที่ 1", "EIT1", "แบบวัด EIT ส่วนที่ 1"... */
  aliases: string[];
}

export interface FrameworkTool {
  code: Tool;
  name_th: string;
  name_en: string;
  /** Share of the total: the sum of its indicators' weights. */
  weight?: number;
  /** Where a published example confirms the weight; null when it is not confirmed. */
  weight_source: string | null;
  unconfirmed: string[];
  /** The tool's score is the mean of its parts when they are published (EIT from 2566). */
  parts: ToolPart[];
}

/**
 * The national target in force that year: share ≥ `share` of agencies at `min_total` or more and, where set, a
 * national mean of at least `mean_min` (2566-2570).
 */
export interface NationalTarget {
  min_total: number;
  share: number;
  mean_min: number | null;
  source?: string;
  unconfirmed: string[];
}

export interface Framework {
  fiscal_year: number;
  note?: string;
  pass_mark: number;
  national_target: NationalTarget;
  tools: FrameworkTool[];
  indicators: FrameworkIndicator[];
  /**
   * 'level' (AA-F, 2563-2565) or 'rating' (ผ่าน/ต้องปรับปรุง, 2566+); rules ordered best first. `tools` lists the
   * scores a rule's min_each_tool applies to (IIT, EIT1, EIT2, OIT from 2566); `source` the publication confirming it.
   */
  grading: {
    kind: 'level' | 'rating';
    unconfirmed: boolean;
    source: string | null;
    tools: string[];
    rules: GradeRule[];
  };
  national_reference?: Record<string, number> | null;
}

/** Tool and tool-part scores by code (IIT, EIT, EIT1, EIT2, OIT). */
export type ToolScores = Partial<Record<string, number | null>>;

/** Scores carry two decimals; rounding first keeps 84.995 from floating-point sums honest. */
export const round2 = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

export function topIndicators(fw: Framework): FrameworkIndicator[] {
  return fw.indicators.filter((i) => i.parent === null);
}

export function subIndicators(fw: Framework, parent: string): FrameworkIndicator[] {
  return fw.indicators.filter((i) => i.parent === parent);
}

/** The tool a part belongs to (EIT for EIT1), or null when the code is not a part. */
export function toolOfPart(fw: Framework, code: string): Tool | null {
  return fw.tools.find((t) => t.parts.some((p) => p.code === code))?.code ?? null;
}

/** A tool's score from its parts (EIT = mean of EIT1 and EIT2); null without parts or when one is missing. */
export function toolFromParts(fw: Framework, tool: Tool, scores: ToolScores): number | null {
  const parts = fw.tools.find((t) => t.code === tool)?.parts ?? [];
  if (parts.length === 0) return null;
  const values = parts.map((p) => scores[p.code]);
  if (values.some((v) => v == null || Number.isNaN(v))) return null;
  return round2((values as number[]).reduce((a, b) => a + b, 0) / values.length);
}

/**
 * The scores the per-tool conditions check (grading.tools), and whether any was not given: a missing part takes its
 * tool's score (a file with a single EIT is rated on three tools); a missing tool stays null and reaches no minimum.
 */
export function ratedToolScores(
  fw: Framework,
  tools: ToolScores,
): { values: (number | null)[]; incomplete: boolean } {
  let incomplete = false;
  const values = fw.grading.tools.map((code) => {
    const own = tools[code];
    if (own != null) return own;
    incomplete = true;
    const parent = toolOfPart(fw, code);
    return (parent && tools[parent]) ?? null;
  });
  return { values, incomplete };
}

export interface Grade {
  rule: GradeRule;
  /** The year's rules check tool scores and some were not given (computed from incomplete tools). */
  incomplete: boolean;
}

/** The first rule (best first) whose total and per-tool minimums hold, and whether the tool scores were complete. */
export function gradeWithTools(fw: Framework, total: number, tools: ToolScores = {}): Grade {
  const t = round2(total);
  const rated = ratedToolScores(fw, tools);
  const rules = fw.grading.rules;
  const rule =
    rules.find((r) => {
      if (t < r.min_total) return false;
      if (r.min_each_tool === null) return true;
      const min = r.min_each_tool;
      return rated.values.every((v) => v != null && round2(v) >= min);
    }) ?? rules[rules.length - 1];
  if (!rule) throw new Error(`Framework ${fw.fiscal_year} has no grading rules`);
  return { rule, incomplete: rated.incomplete };
}

/** The grade of a total; tools missing count as not reaching a per-tool minimum (see gradeWithTools). */
export function gradeFor(fw: Framework, total: number, tools: ToolScores = {}): GradeRule {
  return gradeWithTools(fw, total, tools).rule;
}

/** Spaces, dots and case do not tell two spellings of a grade apart. */
const gradeKey = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.()-]/g, '');

/** The rule a written grade names (its label, English label or a published variant such as ต้องปรับปรุงด่วน). */
export function ruleNamed(fw: Framework, text: string): GradeRule | null {
  const key = gradeKey(text);
  return (
    fw.grading.rules.find((r) =>
      [r.label, r.label_en, ...r.aliases].some((n) => gradeKey(n) === key),
    ) ?? null
  );
}

/** How the year's national target came out: the share passing and, where the year sets one, the national mean. */
export interface TargetStatus {
  share: { target: number; actual: number; met: boolean };
  mean: { target: number; actual: number; met: boolean } | null;
  /** Every part met. */
  met: boolean;
}

export function targetStatus(
  target: { share: number; mean_min: number | null },
  actual: { pass_share: number; mean_total: number },
): TargetStatus {
  // Strict: a 100 % target is missed by a single agency below the pass mark, whatever the rounding shows.
  const share = {
    target: target.share,
    actual: actual.pass_share,
    met: actual.pass_share >= target.share,
  };
  const mean =
    target.mean_min === null
      ? null
      : {
          target: target.mean_min,
          actual: actual.mean_total,
          met: round2(actual.mean_total) >= target.mean_min,
        };
  return { share, mean, met: share.met && (mean?.met ?? true) };
}

/** Passing means a total at or above the year's pass mark (85 in every year so far). */
export function isPassing(fw: Framework, total: number): boolean {
  return round2(total) >= fw.pass_mark;
}

function weightedMean(
  parts: { weight: number; value: number | undefined | null }[],
): number | null {
  let sum = 0;
  let weights = 0;
  for (const p of parts) {
    if (p.value == null || Number.isNaN(p.value)) return null;
    sum += p.weight * p.value;
    weights += p.weight;
  }
  return weights > 0 ? round2(sum / weights) : null;
}

/** The weighted total from the ten indicator scores; null when any is missing. */
export function weightedTotal(
  fw: Framework,
  scores: Record<string, number | null | undefined>,
): number | null {
  return weightedMean(topIndicators(fw).map((i) => ({ weight: i.weight, value: scores[i.code] })));
}

/** A tool's score: the weighted mean of its indicators. */
export function toolScore(
  fw: Framework,
  tool: Tool,
  scores: Record<string, number | null | undefined>,
): number | null {
  return weightedMean(
    topIndicators(fw)
      .filter((i) => i.tool === tool)
      .map((i) => ({ weight: i.weight, value: scores[i.code] })),
  );
}

/** An indicator's score from its sub-indicators (9 from 9.1-9.5), weighted within the parent. */
export function parentScore(
  fw: Framework,
  parent: string,
  scores: Record<string, number | null | undefined>,
): number | null {
  const subs = subIndicators(fw, parent);
  if (subs.length === 0) return null;
  return weightedMean(subs.map((i) => ({ weight: i.weight, value: scores[i.code] })));
}

/** Whether the grading in use is a pass/fail rating (2566+) rather than a letter level. */
export const gradeKindLabel = (fw: Framework, lang: 'th' | 'en'): string =>
  fw.grading.kind === 'level'
    ? lang === 'th'
      ? 'ระดับ'
      : 'Level'
    : lang === 'th'
      ? 'ผลการประเมิน'
      : 'Rating';
