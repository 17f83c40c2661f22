// The knobs of the synthetic score model, tuned so the demo lands near the NACC's published figures (calibration.test.ts).
// These are not ITA rules: weights, bands and the pass mark come from the framework files; this only shapes invented data.
import type { OrgType } from '../../thai/org-name';

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
  /**
   * Spread (latent units) of a shock one survey tool takes in one organisation-year, shared by its indicators: with it
   * a sound total can hide one weak tool, as the 2566+ ratings show (most agencies passing are ผ่าน, not ผ่านดี).
   */
  toolSpread: number;
  /** Spread in points of EIT part 1 and part 2 around the EIT score (years that publish EIT in parts). */
  eitPartSpread: number;
}

/**
 * Fitted (calibration.test.ts prints the result) to each year's published mean and share passing, and from 2566 to the
 * rating shares; 2563 also to its bad OIT (Chanthaburi: 9 ≈ 52, 10 ≈ 30), 2564 to one regional group's indicators
 * (9 ≈ 82.3, 10 ≈ 67.3, IIT ≈ 89.9; DOMAIN.md). In 2566 four agencies in ten passed with some tool below 85 (ผ่าน, not
 * ผ่านดี): the model puts that in EIT, whose two parts lie far apart that year (part 2, collected by the NACC, was new).
 */
// prettier-ignore
export const YEAR_MODELS: Record<number, YearModel> = {
  2563: { surveyGap: { IIT: 10.82, EIT: 12.07 }, surveySpread: 0.27, oitLogit: { '9': 0.12, '10': -1.47 }, oitSpread: 2.0, toolSpread: 0, eitPartSpread: 0 },
  2564: { surveyGap: { IIT: 8.0, EIT: 9.0 }, surveySpread: 0.67, oitLogit: { '9': 2.5, '10': 1.16 }, oitSpread: 1.69, toolSpread: 0.1, eitPartSpread: 0 },
  2565: { surveyGap: { IIT: 6.07, EIT: 8.34 }, surveySpread: 0.5, oitLogit: { '9': 2.68, '10': 2.47 }, oitSpread: 1.71, toolSpread: 0, eitPartSpread: 0 },
  2566: { surveyGap: { IIT: 4.5, EIT: 9.87 }, surveySpread: 0.82, oitLogit: { '9': 4.23, '10': 4.37 }, oitSpread: 0.42, toolSpread: 0.71, eitPartSpread: 8.35 },
  2567: { surveyGap: { IIT: 4.0, EIT: 6.37 }, surveySpread: 0.75, oitLogit: { '9': 5.38, '10': 4.59 }, oitSpread: 0.39, toolSpread: 0.79, eitPartSpread: 6.25 },
  2568: { surveyGap: { IIT: 4.29, EIT: 5.91 }, surveySpread: 0.67, oitLogit: { '9': 5.79, '10': 3.84 }, oitSpread: 0.88, toolSpread: 0.64, eitPartSpread: 7.68 },
};

/** A year without its own entry (a framework added later) takes the nearest year's shape. */
export function yearModel(fiscalYear: number): YearModel {
  return YEAR_MODELS[nearestYear(YEAR_MODELS, fiscalYear)]!;
}

/** The year itself when the table has it, else the nearest year it has (the earlier one on a tie). */
function nearestYear(table: Record<number, unknown>, fiscalYear: number): number {
  if (fiscalYear in table) return fiscalYear;
  return Object.keys(table)
    .map(Number)
    .reduce((best, y) => (Math.abs(y - fiscalYear) < Math.abs(best - fiscalYear) ? y : best));
}

/** The local-government types the demo scores: every type of the DLA registry (`other` agencies are not local). */
export type LaoType = Exclude<OrgType, 'other'>;

/**
 * Per type and year, a shift of an organisation's latent quality (in units of its spread across organisations): the
 * NACC's per-type figures differ (2564: อบจ. and เทศบาลนคร far above อบต.; 2565: เทศบาลเมือง above เทศบาลนคร). The
 * year's shape (YEAR_MODELS) sets the level of all types; these move each type against it. A year without its own
 * entry takes the nearest year's (the NACC publishes per-type figures for 2564-2566 only); a type not listed has 0.
 */
// prettier-ignore
export const TYPE_EFFECTS: Record<number, Partial<Record<LaoType, number>>> = {
  2564: { sao: -0.07, subdistrict_municipality: -0.13, town_municipality: 0.68, city_municipality: 1.06, pao: 1.24, special: 0.47 },
  2565: { sao: 0.01, subdistrict_municipality: 0.09, town_municipality: 0.52, city_municipality: 0.29, pao: 0.96, special: 0.23 },
  2566: { sao: -0.09, subdistrict_municipality: -0.05, town_municipality: 0.2, city_municipality: 0.34, pao: 0.56, special: 0.96 },
};

/**
 * How widely the organisations of a type spread around their type (province, organisation and drift together; 1 when
 * not listed): the NACC's อบจ. pass almost all at a mean near 94 (2566: 97.37 %), which a spread as wide as the
 * อบต.' would not give; the 30 เทศบาลนคร sit in between.
 */
export const TYPE_SPREAD: Partial<Record<LaoType, number>> = { pao: 0.6, city_municipality: 0.75 };

/** The shift of a type in a year (TYPE_EFFECTS, nearest year when the year has no entry). */
export function typeEffect(type: OrgType, fiscalYear: number): number {
  const year = nearestYear(TYPE_EFFECTS, fiscalYear);
  return (type === 'other' ? undefined : TYPE_EFFECTS[year]![type]) ?? 0;
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
  /** Persistent organisation-by-indicator strength (some organisations are always weak on property use, say). */
  indicatorAffinity: 0.45,
  /** Noise of one indicator in one year. */
  indicatorNoise: 0.5,
  /** OIT depends less on overall quality than the surveys do: a website can be neglected by a sound office. */
  oitQuality: 0.75,
  oitOwnNoise: 0.66,
} as const;

/** A persistent weak indicator: how much worse (in latent units) and how many an organisation carries. */
export const WEAKNESS = {
  penalty: 1.1,
  /** Probability of carrying 0, 1 or 2 persistent weak indicators. */
  countWeights: [0.3, 0.45, 0.25],
} as const;
