// ITA framework rules shared by server and browser: grades (level or rating), pass/fail, weighted scores.
// The numbers themselves (weights, bands, the pass mark) come from data/frameworks/<year>.json.

export type Tool = 'IIT' | 'EIT' | 'OIT';
export const TOOLS: readonly Tool[] = ['IIT', 'EIT', 'OIT'];
/** Score codes that are not indicators: the three tools and the weighted total. */
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
  /** Each of IIT, EIT and OIT must reach this too (the 2566+ ratings); null when not required. */
  min_each_tool: number | null;
}

export interface Framework {
  fiscal_year: number;
  note?: string;
  pass_mark: number;
  national_target: { min_total: number; share: number; source?: string };
  tools: { code: Tool; name_th: string; name_en: string }[];
  indicators: FrameworkIndicator[];
  /** 'level' (AA-F, 2563-2565) or 'rating' (ผ่าน/ต้องปรับปรุง, 2566+); rules ordered best first. */
  grading: { kind: 'level' | 'rating'; unconfirmed: boolean; rules: GradeRule[] };
  national_reference?: Record<string, number> | null;
}

export type ToolScores = Partial<Record<Tool, number | null>>;

/** Scores carry two decimals; rounding first keeps 84.995 from floating-point sums honest. */
export const round2 = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

export function topIndicators(fw: Framework): FrameworkIndicator[] {
  return fw.indicators.filter((i) => i.parent === null);
}

export function subIndicators(fw: Framework, parent: string): FrameworkIndicator[] {
  return fw.indicators.filter((i) => i.parent === parent);
}

/** The first rule (best first) whose total and per-tool minimums hold; tools missing count as not reaching a per-tool minimum. */
export function gradeFor(fw: Framework, total: number, tools: ToolScores = {}): GradeRule {
  const t = round2(total);
  for (const rule of fw.grading.rules) {
    if (t < rule.min_total) continue;
    if (rule.min_each_tool !== null) {
      const min = rule.min_each_tool;
      const ok = TOOLS.every((tool) => {
        const v = tools[tool];
        return v != null && round2(v) >= min;
      });
      if (!ok) continue;
    }
    return rule;
  }
  const last = fw.grading.rules[fw.grading.rules.length - 1];
  if (!last) throw new Error(`Framework ${fw.fiscal_year} has no grading rules`);
  return last;
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
