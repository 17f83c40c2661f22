// Which chart stands for each page in link previews (og:image), rendered on the server for the same view as the page.
// To add a page: map its route id to a registered chart that every view of the page can draw.
import type { MessageKey } from '../../i18n/messages';

export const SHARE_CHARTS: Record<string, string> = {
  '/': 'total-distribution',
  '/province/[code]': 'province-org-totals',
  '/org/[code]': 'org-total-trend',
  '/indicators': 'indicator-area-means',
  '/changes': 'change-histogram',
  '/measures': 'measure-completion-trend',
  '/compare': 'compare-total-trend',
};

/** The page a route belongs to, for og:title: the first path segment's navigation label. */
export const PAGE_LABELS: Record<string, MessageKey> = {
  '': 'nav.overview',
  indicators: 'nav.indicators',
  measures: 'nav.measures',
  changes: 'nav.changes',
  compare: 'nav.compare',
  import: 'nav.import',
  deck: 'deck.nav',
};
