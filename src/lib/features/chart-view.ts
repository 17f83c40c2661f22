// One chart, one definition: what a chart loads (named queries) and how it reads (title, summary, source, table, Plot
// spec) as pure functions, shared by the page (server render and browser), the export endpoint, decks and notebooks.
import type * as Plot from '@observablehq/plot';
import type { Lang, Translate } from '../i18n/messages';
import { translator } from '../i18n/messages';
import type { QueryName, QueryParams, QueryRows } from '../queries/types';
import type { Scope } from '../scope';

/** Where a chart's rows come from: the server's query runner (runnerRows); a browser source over /api/query would fit too. */
export interface RowSource {
  rows<N extends QueryName>(name: N, params?: QueryParams[N]): Promise<QueryRows[N][]>;
}

export type FrameworkRow = QueryRows['frameworks'];

/** The scope with its defaults resolved (latest year, the year before to compare) and the pickers' lists. */
export interface ResolvedScope {
  scope: Scope;
  /** Fiscal years that have scores, oldest first. */
  years: number[];
  frameworks: FrameworkRow[];
  provinces: QueryRows['provinces'][];
  districts: QueryRows['districts'][];
  passMark: number;
}

/** Everything a chart's words depend on: the view and the reader's language. */
export interface ViewContext extends ResolvedScope {
  lang: Lang;
  t: Translate;
  /** The chart's own parameters beyond the shared scope (e.g. org, status), validated. */
  params: Record<string, string>;
}

/** A view that can also read rows. */
export interface LoadContext extends ViewContext {
  source: RowSource;
}

/** A column of the chart's table, CSV and XLSX: the row key, a header in the reader's language, and its kind. */
export interface ChartColumn {
  key: string;
  label: string;
  /** share: a 0-1 number shown as a percentage; list: joined with "; "; year: a BE fiscal year. */
  kind?: 'text' | 'integer' | 'number' | 'share' | 'year' | 'list' | 'boolean';
  /**
   * How the page's table shows a value when the kind's format is not what the page says ("70–72.5"); it also gets
   * the whole row, for a cell that says more than its value ("80.00 (อ่อน)"). Files keep the raw value.
   */
  format?: (v: unknown, row: Record<string, unknown>) => string;
}

/** Parts of the view a chart can depend on; each chart lists the ones its picture changes with. */
export type FilterPart = 'area' | 'year' | 'compare' | 'years' | 'peer' | 'weak';

/** What one chart says and draws for one view: the page's frame and every export render exactly this. */
export interface ChartView {
  title: string;
  /** What the marks mean. */
  subtitle?: string;
  summary?: string;
  /** The data's source line: real, synthetic demo data, or both (synthetic is drawn in the warning colour). */
  source: { line: string; synthetic: boolean };
  /** Where the official reference figures drawn in the chart come from: a line of its own. */
  reference?: string;
  /** Filter line parts the picture depends on, with the organisation or the years shown. */
  filters: { parts: readonly FilterPart[]; org?: string; years?: number[] };
  /** What the file is named after: the subject (organisation, area) and the years. */
  file: { subject?: string; years: string };
  columns: ChartColumn[];
  /** The rows the table and the CSV/XLSX carry. */
  rows: Record<string, unknown>[];
  /** Said instead of a chart when there is nothing to draw. */
  empty?: string;
  spec(width: number): Plot.PlotOptions;
}

/** A parameter a chart takes beyond the shared scope, e.g. the organisation code of /org/<code>. */
export interface ChartParam {
  pattern: RegExp;
  /** Said in the 400 answer when the value does not match. */
  expected: string;
  required?: boolean;
}

export interface ChartDef<D = unknown> {
  /** The id in /export/<id>.png, in the page's figure and in decks: kebab-case, named after the spec file. */
  id: string;
  /** A short name for files and deck lists, e.g. 'การกระจายคะแนนรวม'. */
  fileLabel(ctx: ViewContext): string;
  params?: Record<string, ChartParam>;
  /** Runs the chart's named queries for the view. Throws ChartParamError for a view it cannot draw. */
  load(ctx: LoadContext): Promise<D>;
  /** Pure: the same data and view give the same words and picture on the server, in the browser and in a file. */
  view(ctx: ViewContext, data: D): ChartView;
}

export function defineChart<D>(def: ChartDef<D>): ChartDef<D> {
  return def;
}

/** Any chart, whatever its data: the element type of a feature's list of charts and of the export registry. */
// Each chart's load and view agree on its own data type; a list of charts mixes them, which only `any` can say.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartDef = ChartDef<any>;

/** A view the chart cannot draw (no comparison year, an unknown organisation): a 400 naming the parameter. */
export class ChartParamError extends Error {
  constructor(
    readonly param: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The view context from what a page's load returned (scope and lists) and the chosen language. */
export function viewContext(
  resolved: ResolvedScope & { lang: Lang },
  params: Record<string, string> = {},
): ViewContext {
  const { scope, years, frameworks, provinces, districts, passMark, lang } = resolved;
  return {
    scope,
    years,
    frameworks,
    provinces,
    districts,
    passMark,
    lang,
    t: translator(lang),
    params,
  };
}

/** What the page shows of a ChartView without running any chart code: its words, and its table as formatted cells. */
export interface ChartText {
  title: string;
  subtitle?: string;
  summary?: string;
  source: { line: string; synthetic: boolean };
  reference?: string;
  empty?: string;
  columns: { key: string; label: string }[];
  /** The table's cells, formatted the Thai way by formatCell. */
  cells: string[][];
}

/** What the page's server load hands the browser for one chart: its words, its rows, and its picture drawn on the server. */
export interface ChartPayload<D = unknown> {
  id: string;
  /** The feature folder the chart lives in (src/lib/features/<feature>/charts.ts): the browser imports it lazily. */
  feature: string;
  /** The chart's loaded data, or null when the view could not be drawn (error says why). */
  data: D | null;
  text: ChartText | null;
  /** The Plot SVG drawn by the server at `width`, so the chart is in the first HTML (and without JavaScript). */
  svg: string;
  width: number;
  /** The chart's own parameters (e.g. org), carried by its download links. */
  params: Record<string, string>;
  error?: string;
}
