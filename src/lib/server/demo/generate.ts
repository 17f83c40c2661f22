// Generates the synthetic demo set (scores, then measures built on them) from a seed, whole or in batches; pure, no database.
import type { Framework } from '../../ita/framework';
import { generateMeasures, type DemoMeasure } from './measures';
import { generateScores, provinceEffects, type DemoOrg, type OrgYearScores } from './scores';
import { applySeedFacts } from './seed-facts';

/** Bump when the generator's output changes, so a database holding the old set reloads instead of skipping. */
export const DEMO_VERSION = '3';
export const DEFAULT_DEMO_SEED = 2567;
/**
 * Organisations generated and written together by the loader: about 25,000 score rows and 10,000 measures per
 * thousand, so a batch holds tens of MB whatever the scale (the whole 10× set in memory took more than 17 GB).
 */
export const DEMO_BATCH_ORGS = 2_000;

export interface DemoData {
  seed: number;
  /** How many organisations these rows are for. */
  orgs: number;
  scores: OrgYearScores[];
  measures: DemoMeasure[];
  timings: { scoresMs: number; measuresMs: number };
}

function generateBatch(
  orgs: readonly DemoOrg[],
  frameworks: ReadonlyMap<number, Framework>,
  seed: number,
  provinces: ReadonlyMap<string, number>,
): DemoData {
  const t0 = performance.now();
  const scores = generateScores(orgs, [...frameworks.values()], seed, provinces);
  applySeedFacts(scores, frameworks);
  const t1 = performance.now();
  const measures = generateMeasures(orgs, scores, frameworks, seed);
  const t2 = performance.now();
  return {
    seed,
    orgs: orgs.length,
    scores,
    measures,
    timings: { scoresMs: t1 - t0, measuresMs: t2 - t1 },
  };
}

/** The whole set at once: for tests and small sets; the loader uses generateDemoBatches. */
export function generateDemo(
  orgs: readonly DemoOrg[],
  frameworks: ReadonlyMap<number, Framework>,
  seed: number,
): DemoData {
  return generateBatch(orgs, frameworks, seed, provinceEffects(orgs, seed));
}

/**
 * The same rows as generateDemo, `batchOrgs` organisations at a time (each with all its years and measures).
 * Everything an organisation's rows depend on is its own seeded stream and the province effects, which are
 * computed once over the whole list, so the batches together equal the whole set exactly.
 */
export function* generateDemoBatches(
  orgs: readonly DemoOrg[],
  frameworks: ReadonlyMap<number, Framework>,
  seed: number,
  batchOrgs: number = DEMO_BATCH_ORGS,
): Generator<DemoData> {
  if (!Number.isInteger(batchOrgs) || batchOrgs < 1)
    throw new Error(`batchOrgs must be a whole number ≥ 1, not ${batchOrgs}`);
  const provinces = provinceEffects(orgs, seed);
  for (let i = 0; i < orgs.length; i += batchOrgs)
    yield generateBatch(orgs.slice(i, i + batchOrgs), frameworks, seed, provinces);
}
