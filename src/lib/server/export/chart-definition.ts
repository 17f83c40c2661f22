// TRANSITIONAL (issue 12): the export-only chart shape of the first version, wrapped as a ChartDef by legacyChart until
// each page's charts move into src/lib/features/<page>/. New charts are ChartDefs (src/lib/features/chart-view.ts).
import type * as Plot from '@observablehq/plot';
import type {
  ChartColumn,
  ChartDef,
  ChartParam,
  ChartView,
  FilterPart,
} from '../../features/chart-view';
import { sourceLine } from '../../features/view-text';
import type { ChartContext } from './chart-context';

export type ExportColumn = ChartColumn;
export type { ChartParam };

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

/** An export-only definition as a ChartDef: its load is the data, its loaded words the view. */
export function legacyChart(def: ChartDefinition<unknown>): ChartDef<LoadedChart<unknown>> {
  return {
    id: def.id,
    fileLabel: (ctx) => def.fileLabel(ctx as ChartContext),
    params: def.params,
    load: (ctx) => def.load(ctx as ChartContext),
    view: (ctx, loaded): ChartView => ({
      title: loaded.text.title,
      subtitle: loaded.text.description,
      summary: loaded.text.summary,
      source: loaded.source ?? sourceLine(ctx, loaded.provenance),
      reference: loaded.reference,
      filters: loaded.filters,
      file: loaded.file,
      columns: loaded.columns,
      rows: loaded.rows,
      spec: loaded.spec,
    }),
  };
}
