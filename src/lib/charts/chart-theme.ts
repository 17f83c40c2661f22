// Colours and type shared by every chart, on the page and in exports.
export const FONT_FAMILY = 'Sarabun, "Noto Sans Thai", sans-serif';

export const COLORS = {
  real: '#1d4e89',
  synthetic: '#9bb7d4',
  passMark: '#c0392b',
  target: '#6b7280',
  line: '#1d4e89',
} as const;

/** Colour scale for data provenance: real and synthetic must never look alike. */
export const SOURCE_DOMAIN = ['real', 'synthetic'] as const;
export const SOURCE_RANGE = [COLORS.real, COLORS.synthetic];
