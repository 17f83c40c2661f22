// Builds /export/<chart>.<format> links from a page's URL: the shared scope parameters plus a chart's own (e.g. org),
// so the file is rendered for exactly the view on screen. Runs in the browser and on the server.

import { SCOPE_KEYS } from '../../scope';

export type ExportFormat = 'png' | 'svg' | 'csv' | 'xlsx';

export type ParamValues = Record<string, string | number | null | undefined>;

/**
 * The view's parameters: the page's URL parameters (the shared scope first, then the page's own, such as drill or
 * sort) and the chart's own from the route (e.g. org), in a stable order. The exporter rejects what a chart does not
 * declare, so a typo in a scripted URL is an error rather than a silently different chart.
 */
export function viewSearch(
  pageSearch: URLSearchParams,
  own: ParamValues = {},
  { pageParams = true }: { pageParams?: boolean } = {},
): string {
  const p = new URLSearchParams();
  for (const k of SCOPE_KEYS) {
    const v = pageSearch.get(k);
    if (v) p.set(k, v);
  }
  // A ChartView chart (Chart.svelte) carries exactly the parameters it was drawn with in `own`: another chart's
  // parameters in the page's URL (the map's colour on the overview) would be refused by its export.
  if (pageParams)
    for (const [k, v] of pageSearch)
      if (v && k !== 'lang' && !(SCOPE_KEYS as readonly string[]).includes(k)) p.set(k, v);
  for (const [k, v] of Object.entries(own))
    if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
}

/** A route's path parameters as the exporter's: /org/<code> → org, /province/<code> → province. */
export function routeViewParams(
  routeId: string | null,
  params: Record<string, string | undefined>,
): ParamValues {
  if (routeId?.startsWith('/org/')) return { org: params.code };
  if (routeId?.startsWith('/province/')) return { province: params.code };
  return {};
}

export function exportHref(
  chart: string,
  format: ExportFormat,
  view: string,
  options: ParamValues = {},
): string {
  const p = new URLSearchParams(view);
  for (const [k, v] of Object.entries(options))
    if (v !== null && v !== undefined) p.set(k, String(v));
  const s = p.toString();
  return `/export/${chart}.${format}${s ? `?${s}` : ''}`;
}
