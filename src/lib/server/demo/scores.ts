// Synthetic ITA scores for every local government and fiscal year: indicators, sub-indicators, tools and the weighted total.
import {
  parentScore,
  round2,
  subIndicators,
  toolScore,
  topIndicators,
  TOOLS,
  TOTAL_CODE,
  weightedTotal,
  type Framework,
  type FrameworkTool,
} from '../../ita/framework';
import type { OrgType } from '../../thai/org-name';
import { SeededRandom } from './seeded-random';
import {
  ITEMS_PER_SUB_INDICATOR,
  LATENT,
  SURVEY_GAP_SHAPE,
  typeEffect,
  TYPE_SPREAD,
  WEAKNESS,
  yearModel,
} from './score-model';

export interface DemoOrg {
  code: string;
  /** อบต., เทศบาล (ตำบล, เมือง, นคร), อบจ. or รูปแบบพิเศษ: the published figures differ by type (score-model.ts). */
  type: OrgType;
  province_code: string;
  short_name_th: string;
}

/** All score codes of one organisation-year, as they go into the score table ('1'..'10', '9.1'.., tools, TOTAL). */
export interface OrgYearScores {
  org_code: string;
  fiscal_year: number;
  values: Record<string, number>;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const clamp100 = (x: number): number => Math.min(100, Math.max(0, x));

/** Fills the parents of sub-indicators, the tools and the total from the indicator values, with the year's weights. */
export function completeScores(fw: Framework, values: Record<string, number>): void {
  for (const top of topIndicators(fw)) {
    const fromSubs = parentScore(fw, top.code, values);
    if (fromSubs !== null) values[top.code] = fromSubs;
  }
  for (const tool of TOOLS) {
    const v = toolScore(fw, tool, values);
    if (v !== null) values[tool] = v;
  }
  // Parts already drawn keep their gap around the tool's score (a seed fact may move the score after they were drawn).
  for (const tool of fw.tools) {
    const [a, b] = tool.parts.map((p) => values[p.code]);
    if (a !== undefined && b !== undefined) setParts(tool, values, (a - b) / 2);
  }
  const total = weightedTotal(fw, values);
  if (total === null) throw new Error(`FY ${fw.fiscal_year}: an indicator has no synthetic value`);
  values[TOTAL_CODE] = total;
}

/**
 * Adds the parts of each tool the year publishes in parts (EIT part 1 and 2 from 2566), spread around the tool's score
 * so that their mean is the tool's score, as the NACC computes it. A random stream of their own leaves every other
 * synthetic value as it was without parts.
 */
export function addToolParts(
  fw: Framework,
  values: Record<string, number>,
  rng: SeededRandom,
): void {
  for (const tool of fw.tools)
    if (tool.parts.length === 2)
      setParts(tool, values, yearModel(fw.fiscal_year).eitPartSpread * rng.normal());
}

/** A tool's two parts at `gap` above and below its score, within 0-100, their mean exactly the score. */
function setParts(tool: FrameworkTool, values: Record<string, number>, gap: number): void {
  const v = values[tool.code];
  if (v === undefined || tool.parts.length !== 2) return;
  const room = Math.min(v, 100 - v);
  const g = round2(Math.max(-room, Math.min(room, gap)));
  values[tool.parts[0]!.code] = round2(v + g);
  values[tool.parts[1]!.code] = round2(v - g);
}

/** What stays with an organisation across years: overall strength, per-indicator strengths, weak indicators. */
interface OrgProfile {
  strength: number;
  affinity: Map<string, number>;
  weak: Set<string>;
}

function orgProfile(rng: SeededRandom, codes: readonly string[]): OrgProfile {
  const strength = rng.normal();
  const affinity = new Map(codes.map((c) => [c, rng.normal()]));
  const weak = new Set<string>();
  const count = rng.weightedIndex(WEAKNESS.countWeights);
  while (weak.size < Math.min(count, codes.length)) weak.add(rng.pick(codes));
  return { strength, affinity, weak };
}

function surveyValue(
  fw: Framework,
  code: string,
  tool: 'IIT' | 'EIT',
  /** The organisation-year's quality, with this tool's own shock added. */
  quality: number,
  profile: OrgProfile,
  rng: SeededRandom,
): number {
  const model = yearModel(fw.fiscal_year);
  const shift =
    -quality +
    LATENT.indicatorAffinity * -(profile.affinity.get(code) ?? 0) +
    LATENT.indicatorNoise * rng.normal() +
    (profile.weak.has(code) ? WEAKNESS.penalty : 0);
  const gap =
    model.surveyGap[tool] * (SURVEY_GAP_SHAPE[code] ?? 1) * Math.exp(model.surveySpread * shift);
  return round2(clamp100(100 - gap));
}

/** Share of yes/no items passed, in percent; items make OIT scores move in steps (6.25 for indicator 10). */
function itemScore(rng: SeededRandom, logOdds: number, items: number): number {
  return round2((100 * rng.binomial(items, sigmoid(logOdds))) / items);
}

function oitValues(
  fw: Framework,
  oitQuality: number,
  profile: OrgProfile,
  rng: SeededRandom,
  values: Record<string, number>,
): void {
  const model = yearModel(fw.fiscal_year);
  const centres = Object.values(model.oitLogit);
  const fallback = centres.reduce((a, b) => a + b, 0) / centres.length;
  for (const top of topIndicators(fw).filter((i) => i.tool === 'OIT')) {
    const level =
      (model.oitLogit[top.code] ?? fallback) +
      model.oitSpread *
        (oitQuality +
          LATENT.indicatorAffinity * (profile.affinity.get(top.code) ?? 0) -
          (profile.weak.has(top.code) ? WEAKNESS.penalty : 0));
    const subs = subIndicators(fw, top.code);
    if (subs.length === 0) {
      values[top.code] = itemScore(rng, level, ITEMS_PER_SUB_INDICATOR * 2);
      continue;
    }
    for (const sub of subs)
      values[sub.code] = itemScore(
        rng,
        level + LATENT.indicatorNoise * rng.normal(),
        ITEMS_PER_SUB_INDICATOR,
      );
  }
}

/**
 * One effect per province, standardised over the organisations (weighted mean 0, weighted SD 1): with only
 * 76 provinces, raw draws would move the national mean with the seed and spoil the calibration.
 */
export function provinceEffects(orgs: readonly DemoOrg[], seed: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of orgs) counts.set(o.province_code, (counts.get(o.province_code) ?? 0) + 1);
  const raw = new Map(
    [...counts.keys()].map((p) => [p, new SeededRandom(seed, 'province', p).normal()]),
  );
  let mean = 0;
  for (const [p, n] of counts) mean += (raw.get(p)! * n) / orgs.length;
  let variance = 0;
  for (const [p, n] of counts) variance += ((raw.get(p)! - mean) ** 2 * n) / orgs.length;
  const sd = Math.sqrt(variance) || 1;
  return new Map([...raw].map(([p, v]) => [p, (v - mean) / sd]));
}

/**
 * Scores of every organisation for every framework year. Each organisation draws from its own stream
 * (seed, code), so adding a later year never changes earlier ones, and adding an organisation changes the
 * others only through the standardised province effects. A batch of a larger set passes the effects of the
 * whole set (`provinceEffects(all, seed)`), so its rows are those the whole set would have.
 */
export function generateScores(
  orgs: readonly DemoOrg[],
  frameworks: readonly Framework[],
  seed: number,
  provinces: ReadonlyMap<string, number> = provinceEffects(orgs, seed),
): OrgYearScores[] {
  const years = [...frameworks].sort((a, b) => a.fiscal_year - b.fiscal_year);
  const topCodes = [...new Set(years.flatMap((fw) => topIndicators(fw).map((i) => i.code)))];
  const out: OrgYearScores[] = [];
  for (const org of orgs) {
    const province = provinces.get(org.province_code)!;
    const typeSpread = (org.type !== 'other' && TYPE_SPREAD[org.type]) || 1;
    const rng = new SeededRandom(seed, 'org', org.code);
    const profile = orgProfile(rng, topCodes);
    const partsRng = new SeededRandom(seed, 'tool-parts', org.code);
    let drift = rng.normal();
    years.forEach((fw, i) => {
      if (i > 0)
        drift =
          LATENT.driftPersistence * drift +
          Math.sqrt(1 - LATENT.driftPersistence ** 2) * rng.normal();
      const quality =
        typeEffect(org.type, fw.fiscal_year) +
        typeSpread *
          (LATENT.province * province + LATENT.org * profile.strength + LATENT.drift * drift);
      const values: Record<string, number> = {};
      const toolSpread = yearModel(fw.fiscal_year).toolSpread;
      const toolQuality = {
        IIT: quality + toolSpread * rng.normal(),
        EIT: quality + toolSpread * rng.normal(),
      };
      for (const ind of topIndicators(fw)) {
        if (ind.tool !== 'OIT')
          values[ind.code] = surveyValue(
            fw,
            ind.code,
            ind.tool,
            toolQuality[ind.tool],
            profile,
            rng,
          );
      }
      oitValues(
        fw,
        LATENT.oitQuality * quality + LATENT.oitOwnNoise * rng.normal(),
        profile,
        rng,
        values,
      );
      completeScores(fw, values);
      addToolParts(fw, values, partsRng);
      out.push({ org_code: org.code, fiscal_year: fw.fiscal_year, values });
    });
  }
  return out;
}

/** The org.source of the organisations `--scale` adds; a later demo load replaces them. */
export const SCALE_SOURCE = 'demo:scale';

/** The code of the k-th copy (k ≥ 2) of an organisation, e.g. 6940907-3. */
export const scaledCode = (code: string, k: number): string => `${code}-${k}`;

/**
 * The organisations of a demo `scale` times larger: each organisation and scale - 1 invented copies in its district, named
 * after its subdistrict with the copy's number (จะรัง 2, จะรัง 3…). A benchmark's load, not a real registry: every
 * year needs its framework file, so a larger demo has more organisations, not more years.
 */
export function scaledOrgs(orgs: readonly DemoOrg[], scale: number): DemoOrg[] {
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`scale must be a whole number ≥ 1, not ${scale}`);
  const out = [...orgs];
  for (let k = 2; k <= scale; k++)
    for (const o of orgs)
      out.push({ ...o, code: scaledCode(o.code, k), short_name_th: `${o.short_name_th} ${k}` });
  return out;
}
