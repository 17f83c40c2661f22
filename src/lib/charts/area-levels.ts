// The levels an indicator's mean is shown at, without chart code: the page reads them before (and without) Plot.
export const AREA_LEVELS = ['district', 'province', 'nation'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];
