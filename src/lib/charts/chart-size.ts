// Sizes the measure, province and overview charts share.

/** The narrowest these charts draw; a narrower container scales the SVG down instead of breaking the layout. */
export const MIN_WIDTH = 300;
