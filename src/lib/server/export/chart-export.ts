// Exports one registered chart in one format for a view given as the page's URL parameters: the same rows, spec and
// words as the page, with the title, filters, source and date drawn into images.
import type { Lang } from '../../i18n/messages';
import { SCOPE_KEYS } from '../../scope';
import type { QueryRunner } from '../queries/query-runner';
import {
  chartContext,
  exportedLine,
  ExportParamError,
  filterLine,
  resolveScope,
  type ChartContext,
} from './chart-context';
import { chartCsv, chartXlsx } from './chart-data-files';
import type { AnyChartDef, ChartView } from '../../features/chart-view';
import { svgToPng, type Png } from './chart-png';
import { CHART_REGISTRY, chartIds } from './chart-registry';
import {
  composeChartSvg,
  withEmbeddedFont,
  type ChartFurniture,
  type ChartVariant,
  type ComposedSvg,
} from './chart-svg';
import { fileNameOf } from './file-name';
import { notebookChartFor } from '../notebooks/notebook-charts';

export const CHART_FORMATS = ['png', 'svg', 'csv', 'xlsx'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export const CONTENT_TYPES: Record<ChartFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface RenderOptions {
  /** PNG zoom: 2 for slides, 1 for documents. */
  scale: number;
  /** Width of the image in CSS pixels. */
  width: number;
  variant: ChartVariant;
  /** SVG only: carry the Thai font inside the file. */
  embedFont: boolean;
}

const OPTION_PARAMS: Record<string, { pattern: RegExp; expected: string }> = {
  scale: { pattern: /^[123]$/, expected: '1, 2 or 3' },
  width: {
    pattern: /^(4[89]\d|[5-9]\d\d|1\d\d\d|2000)$/,
    expected: 'a width in pixels from 480 to 2000',
  },
  variant: { pattern: /^(full|slide)$/, expected: 'full or slide' },
  font: { pattern: /^(embed|none)$/, expected: 'embed or none' },
};

export const DEFAULT_WIDTH = 1000;

export interface PreparedChart {
  def: AnyChartDef;
  ctx: ChartContext;
  view: ChartView;
  furniture: ChartFurniture;
  options: RenderOptions;
}

export function chartDefinition(id: string): AnyChartDef {
  // Notebook charts are looked up in the notebooks read now (a dev edit shows at once), not listed ahead.
  const def = CHART_REGISTRY.get(id) ?? notebookChartFor(id);
  if (!def)
    throw new ExportParamError(
      undefined,
      `Unknown chart '${id}'. Charts that can be exported: ${chartIds().join(', ')}`,
    );
  return def;
}

/** Splits the URL parameters into the scope, the chart's own and the rendering options; anything else is a 400. */
function readParams(def: AnyChartDef, search: URLSearchParams) {
  const seen = new Set<string>();
  const chartParams: Record<string, string> = {};
  const scope = new URLSearchParams();
  const options: Record<string, string> = {};
  const own = def.params ?? {};
  for (const [k, v] of search) {
    if (seen.has(k)) throw new ExportParamError(k, `Parameter '${k}' is given more than once`);
    seen.add(k);
    if ((SCOPE_KEYS as readonly string[]).includes(k)) scope.set(k, v);
    else if (k in own) {
      if (!own[k]!.pattern.test(v))
        throw new ExportParamError(k, `'${k}' must be ${own[k]!.expected} (got '${v}')`);
      chartParams[k] = v;
    } else if (k in OPTION_PARAMS) {
      if (!OPTION_PARAMS[k]!.pattern.test(v))
        throw new ExportParamError(k, `'${k}' must be ${OPTION_PARAMS[k]!.expected} (got '${v}')`);
      options[k] = v;
    } else
      throw new ExportParamError(
        k,
        `Unknown parameter '${k}' for chart '${def.id}'. Accepted: ${[
          ...SCOPE_KEYS,
          ...Object.keys(own),
          ...Object.keys(OPTION_PARAMS),
        ].join(', ')}`,
      );
  }
  for (const [k, p] of Object.entries(own))
    if (p.required && !(k in chartParams))
      throw new ExportParamError(k, `Chart '${def.id}' needs '${k}': ${p.expected}`);
  const render: RenderOptions = {
    scale: Number(options.scale ?? 1),
    width: Number(options.width ?? DEFAULT_WIDTH),
    variant: (options.variant as ChartVariant | undefined) ?? 'full',
    embedFont: (options.font ?? 'embed') === 'embed',
  };
  return { scope, chartParams, render };
}

/** The words drawn around the picture: the ChartView's own, with the filter line and the export date. */
export function chartFurniture(ctx: ChartContext, view: ChartView): ChartFurniture {
  return {
    title: view.title,
    description: view.subtitle,
    summary: view.summary,
    filters: filterLine(ctx, view.filters.parts, view.filters),
    source: view.source.line,
    synthetic: view.source.synthetic,
    reference: view.reference,
    exported: exportedLine(ctx, ctx.now),
  };
}

/** Validates the request, resolves the scope and runs the chart's named queries. */
export async function prepareChart(
  runner: QueryRunner,
  id: string,
  search: URLSearchParams,
  { lang, now }: { lang: Lang; now: Date },
): Promise<PreparedChart> {
  const def = chartDefinition(id);
  const { scope, chartParams, render } = readParams(def, search);
  const ctx = chartContext(runner, await resolveScope(runner, scope), lang, now, chartParams);
  const view = def.view(ctx, await def.load(ctx));
  return { def, ctx, view, furniture: chartFurniture(ctx, view), options: render };
}

export function chartFileName(chart: PreparedChart, ext: string): string {
  const { def, ctx, view } = chart;
  return fileNameOf([view.file.subject, def.fileLabel(ctx), view.file.years], ext);
}

/** An ASCII name for old clients: ita-<chart>-<province>-<years>.<ext>. */
export function asciiFileName(chart: PreparedChart, ext: string): string {
  const { def, ctx, view } = chart;
  const parts = [
    'ita',
    def.id,
    ctx.params.org ?? ctx.scope.district ?? ctx.scope.province,
    view.file.years,
  ];
  return fileNameOf(
    parts.map((p) => p ?? undefined),
    ext,
  );
}

/**
 * Rendered SVGs of recent views, so the PNG 2×, PNG 1×, SVG and deck thumbnail of one chart draw it once. Keyed by
 * everything the picture depends on: the data version, the view, the words (language, export date) and the size.
 */
const rendered = new Map<string, ComposedSvg>();
const RENDER_CACHE = 48;

/** Forgets the rendered SVGs (the benchmark times drawing, not the cache). */
export function clearRenderCache(): void {
  rendered.clear();
  rasterised.clear();
}

function renderKey(chart: PreparedChart, o: RenderOptions): string {
  const { ctx, def } = chart;
  return JSON.stringify([
    ctx.dataVersion,
    def.id,
    ctx.scope,
    ctx.params,
    ctx.lang,
    chart.furniture,
    o.width,
    o.variant,
  ]);
}

export function chartSvg(chart: PreparedChart, options: Partial<RenderOptions> = {}): ComposedSvg {
  const o = { ...chart.options, ...options };
  const key = renderKey(chart, o);
  let svg = rendered.get(key);
  if (svg) rendered.delete(key);
  else
    svg = composeChartSvg(chart.view.spec(o.width - 56), chart.furniture, {
      width: o.width,
      variant: o.variant,
    });
  rendered.set(key, svg);
  if (rendered.size > RENDER_CACHE) rendered.delete(rendered.keys().next().value!);
  return o.embedFont ? { ...svg, svg: withEmbeddedFont(svg.svg) } : svg;
}

/** Rasterised PNGs of recent views, keyed like the SVGs plus the zoom (an og:image is asked for again and again). */
const rasterised = new Map<string, Png>();
const PNG_CACHE = 24;

export function chartPng(chart: PreparedChart, options: Partial<RenderOptions> = {}): Png {
  const o = { ...chart.options, ...options, embedFont: false };
  const key = `${renderKey(chart, o)}|${o.scale}`;
  let png = rasterised.get(key);
  if (png) rasterised.delete(key);
  else png = svgToPng(chartSvg(chart, o).svg, o.scale);
  rasterised.set(key, png);
  if (rasterised.size > PNG_CACHE) rasterised.delete(rasterised.keys().next().value!);
  return png;
}

export interface ExportedFile {
  body: Uint8Array | string;
  contentType: string;
  fileName: string;
  asciiName: string;
}

export async function exportChartFile(
  chart: PreparedChart,
  format: ChartFormat,
  link?: string,
): Promise<ExportedFile> {
  const named = (body: Uint8Array | string): ExportedFile => ({
    body,
    contentType: CONTENT_TYPES[format],
    fileName: chartFileName(chart, format),
    asciiName: asciiFileName(chart, format),
  });
  const { view, ctx, furniture } = chart;
  switch (format) {
    case 'svg':
      return named(chartSvg(chart).svg);
    case 'png':
      return named(new Uint8Array(chartPng(chart).bytes));
    case 'csv':
      return named(chartCsv(view.columns, view.rows));
    case 'xlsx':
      return named(await chartXlsx(ctx.t, view.columns, view.rows, furniture, ctx.now, link));
  }
}
