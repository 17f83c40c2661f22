// Generates the whole synthetic demo set (scores, then measures built on them) from a seed; pure, no database.
import type { Framework } from '../../ita/framework';
import { generateMeasures, type DemoMeasure } from './measures';
import { generateScores, type DemoOrg, type OrgYearScores } from './scores';
import { applySeedFacts } from './seed-facts';

/** Bump when the generator's output changes, so a database holding the old set reloads instead of skipping. */
export const DEMO_VERSION = '2';
export const DEFAULT_DEMO_SEED = 2567;

export interface DemoData {
  seed: number;
  scores: OrgYearScores[];
  measures: DemoMeasure[];
  timings: { scoresMs: number; measuresMs: number };
}

export function generateDemo(
  orgs: readonly DemoOrg[],
  frameworks: ReadonlyMap<number, Framework>,
  seed: number,
): DemoData {
  const t0 = performance.now();
  const scores = generateScores(orgs, [...frameworks.values()], seed);
  applySeedFacts(scores, frameworks);
  const t1 = performance.now();
  const measures = generateMeasures(orgs, scores, frameworks, seed);
  const t2 = performance.now();
  return { seed, scores, measures, timings: { scoresMs: t1 - t0, measuresMs: t2 - t1 } };
}
