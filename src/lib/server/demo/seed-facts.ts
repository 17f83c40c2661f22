// Pins a few synthetic scores to published facts (data/demo/seed-facts.json) so the demo agrees with the real sample reports.
import factsDoc from '../../../../data/demo/seed-facts.json' with { type: 'json' };
import {
  round2,
  subIndicators,
  topIndicators,
  TOTAL_CODE,
  type Framework,
} from '../../ita/framework';
import { ITEMS_PER_SUB_INDICATOR } from './score-model';
import { completeScores, type OrgYearScores } from './scores';

export interface SeedFact {
  org_code: string;
  fiscal_year: number;
  /** TOTAL or a top-level indicator code. */
  code: string;
  value: number;
}

export const SEED_FACTS: readonly SeedFact[] = factsDoc.facts;

const clamp100 = (x: number): number => Math.min(100, Math.max(0, x));

/** Moves the survey indicators (IIT, EIT) until the weighted total rounds to the target; OIT keeps its item grid. */
function pinTotal(fw: Framework, values: Record<string, number>, target: number): void {
  const survey = topIndicators(fw).filter((i) => i.tool !== 'OIT');
  const finest = survey.reduce((a, b) => (b.weight > a.weight ? b : a));
  for (let attempt = 0; attempt < 50; attempt++) {
    completeScores(fw, values);
    const diff = round2(target - values[TOTAL_CODE]!);
    if (diff === 0) return;
    const movable = survey.filter((i) => (diff > 0 ? values[i.code]! < 100 : values[i.code]! > 0));
    const weight = movable.reduce((s, i) => s + i.weight, 0);
    if (weight === 0) break;
    const step = diff / weight;
    if (Math.abs(step) >= 0.05) {
      for (const i of movable) values[i.code] = round2(clamp100(values[i.code]! + step));
    } else {
      // Close enough that rounding each indicator would undo the step: move one indicator by the exact amount.
      values[finest.code] = round2(clamp100(values[finest.code]! + diff / finest.weight));
    }
  }
  throw new Error(`FY ${fw.fiscal_year}: cannot make the synthetic total ${target}`);
}

/** Chooses item counts for the sub-indicators so their weighted mean is as close to the target as the item grid allows. */
function pinParent(
  fw: Framework,
  values: Record<string, number>,
  code: string,
  target: number,
): void {
  const subs = subIndicators(fw, code);
  const counts = subs.map(() => 0);
  let best: number[] = [...counts];
  let bestGap = Infinity;
  // Odometer over every combination: (items + 1) ^ subs, at most 9^5 for indicator 9.
  for (;;) {
    const v = subs.reduce(
      (s, sub, i) => s + (sub.weight * 100 * counts[i]!) / ITEMS_PER_SUB_INDICATOR,
      0,
    );
    const gap = Math.abs(v - target);
    if (gap < bestGap - 1e-9) {
      bestGap = gap;
      best = [...counts];
    }
    let i = 0;
    while (i < counts.length && counts[i] === ITEMS_PER_SUB_INDICATOR) counts[i++] = 0;
    if (i === counts.length) break;
    counts[i]!++;
  }
  subs.forEach((sub, i) => (values[sub.code] = round2((100 * best[i]!) / ITEMS_PER_SUB_INDICATOR)));
}

/** Applies each fact whose organisation-year was generated; the others (an organisation not in this run) are skipped. */
export function applySeedFacts(
  rows: OrgYearScores[],
  frameworks: ReadonlyMap<number, Framework>,
  facts: readonly SeedFact[] = SEED_FACTS,
): number {
  let applied = 0;
  for (const fact of facts) {
    const row = rows.find(
      (r) => r.org_code === fact.org_code && r.fiscal_year === fact.fiscal_year,
    );
    const fw = frameworks.get(fact.fiscal_year);
    if (!row || !fw) continue;
    if (fact.code === TOTAL_CODE) {
      pinTotal(fw, row.values, fact.value);
    } else if (topIndicators(fw).some((i) => i.code === fact.code)) {
      if (subIndicators(fw, fact.code).length > 0) pinParent(fw, row.values, fact.code, fact.value);
      else row.values[fact.code] = fact.value;
      completeScores(fw, row.values);
    } else {
      throw new Error(
        `data/demo/seed-facts.json: code ${fact.code} is neither TOTAL nor a top-level indicator of FY ${fact.fiscal_year}`,
      );
    }
    applied++;
  }
  return applied;
}
