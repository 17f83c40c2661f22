// The shapes of a notebook (notebooks/<slug>.md) once parsed, and of its blocks once run: shared by server and page.
import type { ChartPayload } from '../chart-view';

/** Parameters a notebook can declare: the shared scope's (from the URL) and an organisation. */
export const NOTEBOOK_PARAMS = ['year', 'compare', 'province', 'district', 'type', 'org'] as const;
export type NotebookParamName = (typeof NOTEBOOK_PARAMS)[number];

export interface NotebookParam {
  name: NotebookParamName;
  /** The value when the URL gives none; null = the page's own default (latest year, the whole country, SAOs). */
  default: string | null;
}

export interface NotebookMeta {
  title: { th: string; en: string };
  description: { th: string; en: string };
  /** The notebook's own source line, used when a result has no `synthetic` column to say it. */
  source: string | null;
  params: NotebookParam[];
}

export const CHART_MARKS = [
  'dot',
  'line',
  'barY',
  'barX',
  'cell',
  'rectY',
  'tickX',
  'tickY',
  'areaY',
] as const;
export type ChartMark = (typeof CHART_MARKS)[number];

/** A chart block's declarative spec: column names of its result for each channel. */
export interface ChartSpec {
  mark: ChartMark;
  x?: string;
  y?: string;
  fill?: string;
  fx?: string;
  fy?: string;
  /** "-y": the other axis ordered by y, descending; "x": by x, ascending. */
  sort?: string;
  /** A reference line: a number, or pass_mark (the year's pass mark from the framework data). */
  rule?: string;
  xLabel?: string;
  yLabel?: string;
  height?: number;
}

interface BlockBase {
  /** 1-based line of the block's first line in the file, for error messages. */
  line: number;
}

export type NotebookBlock =
  | (BlockBase & { kind: 'markdown'; text: string })
  | (BlockBase & { kind: 'sql'; name: string; sql: string })
  | (BlockBase & {
      kind: 'chart';
      id: string;
      result: string;
      title: string;
      subtitle?: string;
      summary?: string;
      spec: ChartSpec;
    })
  | (BlockBase & {
      kind: 'table';
      id: string;
      result: string;
      title?: string;
      columns?: string[];
      /** Headers by column name (`columns: total | คะแนนรวม`); a column without one shows its SQL name. */
      labels?: Record<string, string>;
      limit?: number;
    })
  | (BlockBase & {
      kind: 'kpi';
      id: string;
      result: string;
      items: { column: string; label: string }[];
    })
  | (BlockBase & { kind: 'text'; id: string; text: string })
  | (BlockBase & { kind: 'error'; message: string });

export interface Notebook {
  slug: string;
  file: string;
  meta: NotebookMeta;
  blocks: NotebookBlock[];
}

/** A file in notebooks/ that could not be read as a notebook: listed with its error. */
export interface BrokenNotebook {
  slug: string;
  file: string;
  error: string;
}

export interface ResultColumn {
  name: string;
  kind: 'text' | 'integer' | 'number' | 'share' | 'year' | 'list' | 'boolean';
}

/** A SQL block's result, or the reason it has none. */
export type NotebookResult =
  | { columns: ResultColumn[]; rows: Record<string, unknown>[]; error?: undefined }
  | { error: string; columns?: undefined; rows?: undefined };

/** A block as the page shows it, already run and formatted on the server. */
export type RenderedBlock =
  | { kind: 'html'; html: string }
  | { kind: 'sql'; name: string; sql: string; rows: number | null; error?: string }
  | { kind: 'chart'; payload: ChartPayload }
  | {
      kind: 'table';
      id: string;
      title?: string;
      columns: string[];
      cells: string[][];
      more: number;
    }
  | { kind: 'kpi'; id: string; items: { label: string; value: string }[] }
  | { kind: 'error'; line: number; message: string };

/** The export id of a notebook's chart block: kebab-case, so /export/<id>.png and the deck take it as they are. */
export const notebookChartId = (slug: string, block: string): string =>
  `notebook-${slug}--${block}`;

export function parseNotebookChartId(id: string): { slug: string; block: string } | null {
  const m = /^notebook-([a-z0-9]+(?:-[a-z0-9]+)*)--([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
  return m ? { slug: m[1]!, block: m[2]! } : null;
}
