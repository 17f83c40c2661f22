// A notebook chart block as a dashboard chart: its result rows and spec → the ChartView the page frame, the export
// and the deck render. The view is pure; the server's ChartDef (src/lib/server/notebooks/notebook-chart-def.ts) loads.
import { notebookChartSpec } from '../../charts/notebook-chart';
import type { ChartColumn, ChartDef, ChartView, FilterPart, ViewContext } from '../chart-view';
import { fileSubject, sourceLine } from '../view-text';
import { fillValues } from './inline-values';
import {
  parseNotebookChartId,
  type ChartSpec,
  type NotebookParamName,
  type ResultColumn,
} from './notebook-types';

/** What a notebook chart carries from server to browser: everything its view needs. */
export interface NotebookChartData {
  title: string;
  subtitle?: string;
  summary?: string;
  spec: ChartSpec;
  /** The result the chart draws, and every result of the notebook for {result.column} in its summary. */
  result: string;
  results: Record<string, { columns: ResultColumn[]; rows: Record<string, unknown>[] }>;
  /** The notebook's own source line, used when the result has no `synthetic` column. */
  source: string | null;
  params: NotebookParamName[];
}

const CATEGORICAL: ReadonlySet<ResultColumn['kind']> = new Set(['text', 'year', 'boolean', 'list']);

/** The source line: counted from the result's `synthetic` column when it has one, else the notebook's own words. */
function resultSource(ctx: ViewContext, data: NotebookChartData): ChartView['source'] {
  const { columns, rows } = data.results[data.result]!;
  const flag = columns.find((c) => c.name === 'synthetic');
  if (flag) {
    // A boolean per row, or a count of synthetic organisation-years beside an `orgs` count.
    const counts = { real: 0, synthetic: 0 };
    for (const r of rows) {
      const v = r.synthetic;
      if (typeof v === 'boolean') counts[v ? 'synthetic' : 'real'] += 1;
      else if (typeof v === 'number') {
        counts.synthetic += v;
        counts.real += typeof r.orgs === 'number' ? Math.max(0, r.orgs - v) : 0;
      }
    }
    return sourceLine(ctx, counts);
  }
  return { line: data.source ?? ctx.t('nb.source.unknown'), synthetic: false };
}

export function notebookChartView(ctx: ViewContext, data: NotebookChartData): ChartView {
  const result = data.results[data.result]!;
  const columns: ChartColumn[] = result.columns.map((c) => ({
    key: c.name,
    label: c.name,
    kind: c.kind,
  }));
  const parts: FilterPart[] = [];
  if (data.params.some((p) => p === 'province' || p === 'district' || p === 'type'))
    parts.push('area');
  if (data.params.includes('compare')) parts.push('compare');
  else if (data.params.includes('year')) parts.push('year');
  const categorical = new Set(
    result.columns.filter((c) => CATEGORICAL.has(c.kind)).map((c) => c.name),
  );
  return {
    title: data.title,
    subtitle: data.subtitle,
    summary: data.summary ? fillValues(data.summary, data.results, ctx) : undefined,
    source: resultSource(ctx, data),
    filters: { parts, org: ctx.params.org },
    file: {
      subject: fileSubject(ctx, ctx.params.org),
      years: ctx.scope.year ? String(ctx.scope.year) : '',
    },
    columns,
    rows: result.rows,
    spec: (width) =>
      notebookChartSpec(result.rows, data.spec, { width, passMark: ctx.passMark, categorical }),
  };
}

/**
 * The browser's ChartDef for a notebook chart id (Chart.svelte draws live from the server's data with it): only its
 * view runs in the browser; loading happens on the server.
 */
export function chartFor(id: string): ChartDef<NotebookChartData> | undefined {
  const parsed = parseNotebookChartId(id);
  if (!parsed) return undefined;
  return {
    id,
    fileLabel: () => parsed.block,
    load: () => Promise.reject(new Error('Notebook charts are loaded on the server')),
    view: notebookChartView,
  };
}
