// A page's charts on the server: each ChartDef's rows loaded once, its picture drawn with Plot into SVG, so the first
// HTML already shows every chart (with JavaScript off too) and the browser hydrates from the same rows.
import { error } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Lang } from '../i18n/messages';
import {
  ChartParamError,
  type AnyChartDef,
  type ChartDef,
  type ChartPayload,
  type LoadContext,
  type ResolvedScope,
  viewContext,
} from '../features/chart-view';
import { chartText } from '../features/view-text';
import { runnerRows } from './export/chart-context';
import { renderPlotMarkup } from './export/render-svg';
import type { QueryRunner } from './queries/query-runner';

/**
 * The width the server draws at: the widest a page draws a chart (Chart.svelte caps the live picture at the same),
 * i.e. a laptop's chart column. The picture scales down with the column; the browser draws again at the real width
 * when Plot loads (on the first pointer or focus in the chart, or at once on a column under three quarters of this).
 */
export const PAGE_CHART_WIDTH = 1100;

/** The server's LoadContext for a page: its resolved scope, the reader's language and the chart parameters. */
export function pageLoadContext(
  resolved: ResolvedScope & { runner: QueryRunner },
  lang: Lang,
  params: Record<string, string> = {},
): LoadContext {
  return { ...viewContext({ ...resolved, lang }, params), source: runnerRows(resolved.runner) };
}

// Drawn SVGs by data version, view and language: a reload of a page redraws nothing.
const drawn = new Map<string, string>();
const DRAWN_LIMIT = 200;

function drawCached(key: string, draw: () => string): string {
  let svg = drawn.get(key);
  if (svg !== undefined) {
    drawn.delete(key);
  } else {
    svg = draw();
  }
  drawn.set(key, svg);
  if (drawn.size > DRAWN_LIMIT) drawn.delete(drawn.keys().next().value!);
  return svg;
}

/** Loads and draws one chart; a view it cannot draw comes back with its error, for the frame to say in place. */
export async function pageChart<D>(
  ctx: LoadContext,
  feature: string,
  def: ChartDef<D>,
  dataVersion: number,
  width = PAGE_CHART_WIDTH,
): Promise<ChartPayload<D>> {
  const base = { id: def.id, feature, width, params: ctx.params };
  let data: D;
  try {
    data = await def.load(ctx);
  } catch (err) {
    if (err instanceof ChartParamError)
      return { ...base, data: null, text: null, svg: '', error: err.message };
    throw err;
  }
  const view = def.view(ctx, data);
  const text = chartText(ctx, view);
  const target = svgTarget();
  if (target === 'browser' || !view.rows.length) return { ...base, data, text, svg: '' };
  const key = JSON.stringify([dataVersion, def.id, ctx.scope, ctx.params, ctx.lang, width]);
  const svg = drawCached(key, () => renderPlotMarkup(view.spec(width)));
  if (target === 'inline') return { ...base, data, text, svg };
  // In an HTML answer the payload carries a short marker and the HTML gets the SVG in its place (injectChartSvgs):
  // otherwise each SVG would be sent twice, in the markup and again in the page's hydration data.
  const marker = `<i data-chart-svg="${target.size}"></i>`;
  target.set(marker, svg);
  return { ...base, data, text, svg: marker };
}

/**
 * Where a chart's SVG goes: into the HTML being rendered (the request's map of markers), nowhere for __data.json (a
 * client-side navigation draws in the browser), or inline in the payload outside a request (tests, scripts).
 */
function svgTarget(): Map<string, string> | 'browser' | 'inline' {
  let event: ReturnType<typeof getRequestEvent>;
  try {
    event = getRequestEvent();
  } catch {
    return 'inline';
  }
  if (event.isDataRequest) return 'browser';
  event.locals.chartSvgs ??= new Map();
  return event.locals.chartSvgs;
}

/** The page's HTML with each chart's marker replaced by its SVG (hooks.server.ts, transformPageChunk). */
export function injectChartSvgs(html: string, svgs: Map<string, string> | undefined): string {
  if (!svgs?.size) return html;
  // Svelte keeps server-rendered {@html} content as it is while hydrating, so the picture stays until Plot redraws it.
  return html.replace(/<i data-chart-svg="\d+"><\/i>/g, (marker) => svgs.get(marker) ?? marker);
}

/** Every chart of a feature's page at once, by id. */
export async function pageCharts(
  ctx: LoadContext,
  feature: string,
  defs: readonly AnyChartDef[],
  dataVersion: number,
): Promise<Record<string, ChartPayload>> {
  const payloads = await Promise.all(defs.map((d) => pageChart(ctx, feature, d, dataVersion)));
  return Object.fromEntries(payloads.map((p) => [p.id, p]));
}

/**
 * A chart's own parameters from the page's URL (the map's color, ind, by), checked against the patterns its def
 * declares, as the export checks them: a malformed value is a 400 naming the parameter. Parameters the def does not
 * declare are left to the page (they belong to other charts or to the scope).
 */
export function pageChartParams(def: AnyChartDef, search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, p] of Object.entries(def.params ?? {})) {
    const v = search.get(k);
    if (v === null || v === '') continue;
    if (!p.pattern.test(v))
      error(400, { message: `'${k}' must be ${p.expected} (got '${v}')`, param: k });
    out[k] = v;
  }
  return out;
}
