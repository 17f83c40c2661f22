// Which chart stands for each page in link previews (og:image), rendered on the server for the same view as the page.
// To add a page: map its route id to a registered chart and the chart's own parameters from the route's parameters.
import type { ParamValues } from './export-url';

export interface ShareTarget {
  chart: string;
  params?: (routeParams: Record<string, string>) => ParamValues;
}

export const SHARE_TARGETS: Record<string, ShareTarget> = {
  '/': { chart: 'total-distribution' },
};

/** The page a route belongs to, for og:title: the first path segment's navigation label. */
export const PAGE_LABELS: Record<string, string> = {
  '': 'nav.overview',
  indicators: 'nav.indicators',
  measures: 'nav.measures',
  changes: 'nav.changes',
  compare: 'nav.compare',
  import: 'nav.import',
  deck: 'deck.nav',
};
