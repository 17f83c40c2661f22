// The knobs of the synthetic score model, tuned so national figures land near the published ones (DOMAIN.md).
// These are not ITA rules: weights, bands and the pass mark come from the framework files; this only shapes invented data.

/**
 * One fiscal year's shape. Survey indicators (IIT, EIT) are drawn as a gap below 100 that is log-normal
 * across organisations; OIT sub-indicators are drawn item by item (yes/no checks of a website), with an
 * organisation-year pass probability on the logit scale.
 */
export interface YearModel {
  /** Typical gap below 100 of an IIT / EIT indicator (the median organisation). */
  surveyGap: { IIT: number; EIT: number };
  /** Spread of log(gap) across organisations: larger gives more organisations far below the rest. */
  surveySpread: number;
  /** Centre of the log-odds that an OIT item is passed, per OIT indicator. */
  oitLogit: Record<string, number>;
  /** Spread of the OIT log-odds across organisation-years: OIT is where organisations differ most. */
  oitSpread: number;
}

/**
 * Targets: 2563 mean 67.9 with OIT 9 ≈ 52, 10 ≈ 30; 2564 IIT ≈ 89.9, 9 ≈ 82.3, 10 ≈ 67.3, 52 % passing;
 * 2567 mean ≈ 93 with 92 % passing; 2568 mean 93.82 with 94.17 % passing. 2565-2566 sit in between.
 */
// prettier-ignore
export const YEAR_MODELS: Record<number, YearModel> = {
  2563: { surveyGap: { IIT: 10.2, EIT: 12.2 }, surveySpread: 0.55, oitLogit: { '9': 0.3, '10': -1.4 }, oitSpread: 2.1 },
  2564: { surveyGap: { IIT: 7.9, EIT: 9.4 }, surveySpread: 0.5, oitLogit: { '9': 2.4, '10': 1.2 }, oitSpread: 1.4 },
  2565: { surveyGap: { IIT: 7.0, EIT: 8.2 }, surveySpread: 0.5, oitLogit: { '9': 3.1, '10': 2.1 }, oitSpread: 1.7 },
  2566: { surveyGap: { IIT: 6.4, EIT: 7.4 }, surveySpread: 0.5, oitLogit: { '9': 3.6, '10': 3.0 }, oitSpread: 1.9 },
  2567: { surveyGap: { IIT: 5.2, EIT: 6.2 }, surveySpread: 0.5, oitLogit: { '9': 4.4, '10': 4.0 }, oitSpread: 1.5 },
  2568: { surveyGap: { IIT: 5.0, EIT: 6.0 }, surveySpread: 0.5, oitLogit: { '9': 4.5, '10': 4.2 }, oitSpread: 1.5 },
};

/** A year without its own entry (a framework added later) takes the nearest year's shape. */
export function yearModel(fiscalYear: number): YearModel {
  const exact = YEAR_MODELS[fiscalYear];
  if (exact) return exact;
  const years = Object.keys(YEAR_MODELS).map(Number);
  const nearest = years.reduce((best, y) =>
    Math.abs(y - fiscalYear) < Math.abs(best - fiscalYear) ? y : best,
  );
  return YEAR_MODELS[nearest]!;
}

/**
 * Relative gap per survey indicator, from Trat province 2564 (93.55, 87.72, 91.01, 87.93, 89.52 | 90.55, 88.68, 88.58):
 * performance of duty scores highest, use of budget and of property lowest. Codes not listed use 1.
 */
// prettier-ignore
export const SURVEY_GAP_SHAPE: Record<string, number> = {
  '1': 0.65, '2': 1.2, '3': 0.9, '4': 1.2, '5': 1.05, '6': 0.9, '7': 1.05, '8': 1.05,
};

/** Yes/no items checked per OIT sub-indicator: 8 items make indicator 10 (two subs) move in steps of 6.25. */
export const ITEMS_PER_SUB_INDICATOR = 8;

/** How an organisation-year's overall quality is composed (weights of unit-variance parts; squares add to 1). */
export const LATENT = {
  province: 0.5,
  org: 0.63,
  drift: 0.59,
  /** Year-to-year persistence of the drift (AR(1) coefficient). */
  driftPersistence: 0.7,
  /** Persistent organisation-by-indicator strength (some SAOs are always weak on property use, say). */
  indicatorAffinity: 0.45,
  /** Noise of one indicator in one year. */
  indicatorNoise: 0.5,
  /** OIT depends less on overall quality than the surveys do: a website can be neglected by a sound office. */
  oitQuality: 0.75,
  oitOwnNoise: 0.66,
} as const;

/**
 * EIT part 1 (stakeholders' answers) and part 2 (collected by the NACC) from 2566: the spread of each part around
 * the tool's score, in points. The NACC's published example (บสย. 2566) has parts 91.15 and 95.79 around 93.47.
 */
export const EIT_PART_SPREAD = 2.5;

/** A persistent weak indicator: how much worse (in latent units) and how many an organisation carries. */
export const WEAKNESS = {
  penalty: 1.1,
  /** Probability of carrying 0, 1 or 2 persistent weak indicators. */
  countWeights: [0.3, 0.45, 0.25],
} as const;
