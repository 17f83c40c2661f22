// The shape of one exportable chart: where its rows come from, the spec function its page mounts, and its words.
import type * as Plot from '@observablehq/plot';
import type { ChartContext, FilterPart } from './chart-context';

/** A column of the chart's data as CSV/XLSX: the row key, a header in the reader's language, and how to store it. */
export interface ExportColumn {
  key: string;
  label: string;
  /** share: a 0-1 number shown as a percentage in Excel; list: joined with "; ". */
  kind?: 'text' | 'integer' | 'number' | 'share' | 'year' | 'list' | 'boolean';
}

/** A parameter a chart takes beyond the shared scope, e.g. the organisation code of /org/<code>. */
export interface ChartParam {
  pattern: RegExp;
  /** Said in the 400 answer when the value does not match. */
  expected: string;
  required?: boolean;
}

export interface ChartText {
  title: string;
  /** What the marks mean: the chart's subtitle on its page. */
  description?: string;
  summary?: string;
}

export interface LoadedChart<D = unknown> {
  data: D;
  /** The rows the page's "show as table" and the CSV/XLSX carry. */
  rows: Record<string, unknown>[];
  columns: ExportColumn[];
  text: ChartText;
  /** Organisation-years behind the chart by provenance, for the source line. */
  provenance: { real: number; synthetic: number };
  /** A source line of the page's own words (measures, peers), instead of one made from provenance. */
  source?: { line: string; synthetic: boolean };
  /** Where the official reference figures drawn in the chart come from (officialSourceLine): a line of its own. */
  reference?: string;
  /** Filter line parts the picture depends on, with the organisation or the years shown. */
  filters: { parts: readonly FilterPart[]; org?: string; years?: number[] };
  /** What the file is named after: the subject (organisation, area) and the years. */
  file: { subject?: string; years: string };
  spec(width: number): Plot.PlotOptions;
}

export interface ChartDefinition<D = unknown> {
  /** The id in /export/<id>.png and in ChartFrame's chart prop: kebab-case, named after the spec file. */
  id: string;
  /** A short name for files and deck lists, e.g. 'การกระจายคะแนนรวม'. */
  fileLabel(ctx: ChartContext): string;
  params?: Record<string, ChartParam>;
  load(ctx: ChartContext): Promise<LoadedChart<D>>;
}

export function defineChart<D>(def: ChartDefinition<D>): ChartDefinition<D> {
  return def;
}
