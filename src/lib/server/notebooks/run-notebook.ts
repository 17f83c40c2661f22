// Runs a notebook for one view: its SQL blocks with the view's parameters bound (cached per data version), and its
// display blocks as the page shows them: Markdown, charts through the dashboard's chart path, tables, KPIs, text.
import type { ChartParam, LoadContext, ViewContext } from '../../features/chart-view';
import { ChartParamError, defineChart } from '../../features/chart-view';
import { notebookChartView, type NotebookChartData } from '../../features/notebooks/charts';
import { fillValues } from '../../features/notebooks/inline-values';
import { renderMarkdown } from '../../features/notebooks/markdown';
import {
  notebookChartId,
  type Notebook,
  type NotebookBlock,
  type NotebookResult,
  type RenderedBlock,
} from '../../features/notebooks/notebook-types';
import { formatCell } from '../../features/view-text';
import type { Database } from '../db/database';
import { pageChart } from '../page-charts';
import { DEFAULT_LIMITS, runSafeSql, type SafeLimits } from './safe-sql';

export type Results = Record<string, NotebookResult>;

/** The organisation parameter: a DLA code (7 digits) or an old 6-digit geocode. */
export const ORG_PARAM: ChartParam = {
  pattern: /^\d{6,7}$/,
  expected: 'a 6- or 7-digit organisation code',
};

/** The values a notebook's SQL sees for its declared parameters ($year, $province…), from the resolved view. */
export function sqlParams(
  nb: Notebook,
  ctx: Pick<ViewContext, 'scope' | 'params'>,
): Record<string, string | number | null> {
  const { scope } = ctx;
  const out: Record<string, string | number | null> = {};
  for (const p of nb.meta.params) {
    if (p.name === 'year') out.year = scope.year;
    else if (p.name === 'compare') out.compare = scope.compare;
    else if (p.name === 'province') out.province = scope.province;
    else if (p.name === 'district') out.district = scope.district;
    else if (p.name === 'type') out.type = scope.type === 'all' ? null : scope.type;
    else out.org = ctx.params.org ?? p.default;
  }
  return out;
}

const hashes = new WeakMap<Notebook, number>();

/**
 * A number that changes when the notebook's text does: results and drawn SVGs are cached by data version, and in
 * development an edited notebook must not be answered from the cache of its previous text.
 */
export function notebookHash(nb: Notebook): number {
  let h = hashes.get(nb);
  if (h === undefined) {
    h = 0;
    for (const ch of JSON.stringify(nb.blocks)) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
    h = h >>> 0;
    hashes.set(nb, h);
  }
  return h;
}

const runs = new Map<string, Promise<Results>>();
const RUN_CACHE = 64;

/** Every SQL block's result (or its error) for these parameters; one failing block leaves the others' results. */
export function runNotebookSql(
  db: Database,
  nb: Notebook,
  params: Record<string, string | number | null>,
  dataVersion: number,
  limits: SafeLimits = DEFAULT_LIMITS,
): Promise<Results> {
  const key = JSON.stringify([dataVersion, nb.file, notebookHash(nb), params, limits]);
  let run = runs.get(key);
  if (!run) {
    run = (async () => {
      const results: Results = {};
      // One after another: a notebook's queries share the machine with the pages' and are capped by the time limit.
      for (const b of nb.blocks) {
        if (b.kind !== 'sql') continue;
        try {
          results[b.name] = await runSafeSql(db, b.sql, params, limits);
        } catch (err) {
          results[b.name] = { error: (err as Error).message };
        }
      }
      return results;
    })();
    runs.set(key, run);
    if (runs.size > RUN_CACHE) runs.delete(runs.keys().next().value!);
  }
  return run;
}

type ChartBlock = Extract<NotebookBlock, { kind: 'chart' }>;

/** Why a display block cannot show its result: a missing result, a failed query, or a column the result lacks. */
export function resultProblem(
  results: Results,
  name: string,
  columns: (string | undefined)[],
): string | null {
  const r = results[name];
  if (!r) return `No sql block is named '${name}' / ไม่มีบล็อก sql ชื่อ '${name}'`;
  if (r.error !== undefined) return `'${name}' failed: ${r.error}`;
  const missing = columns.filter((c): c is string => !!c && !r.columns.some((k) => k.name === c));
  return missing.length
    ? `'${name}' has no column ${missing.map((m) => `'${m}'`).join(', ')} (columns: ${r.columns.map((c) => c.name).join(', ')})`
    : null;
}

/** The ChartDef of one chart block: loads the notebook's results for the view, then the pure notebook view. */
export function notebookChartDef(
  nb: Notebook,
  block: ChartBlock,
  db: () => Promise<Database>,
  limits?: SafeLimits,
) {
  const declaresOrg = nb.meta.params.some((p) => p.name === 'org');
  return defineChart<NotebookChartData>({
    id: notebookChartId(nb.slug, block.id),
    fileLabel: () => block.title.split(' / ')[0]!,
    params: declaresOrg ? { org: ORG_PARAM } : undefined,
    async load(ctx: LoadContext) {
      const database = await db();
      const results = await runNotebookSql(
        database,
        nb,
        sqlParams(nb, ctx),
        await database.dataVersion(),
        limits,
      );
      const { spec } = block;
      const problem = resultProblem(results, block.result, [spec.x, spec.y, spec.fx, spec.fy]);
      if (problem) throw new ChartParamError(undefined, problem);
      const shown: NotebookChartData['results'] = {};
      for (const [k, v] of Object.entries(results)) if (v.error === undefined) shown[k] = v;
      // The summary's {result.column} may name other results: carry only those it names, and the chart's own.
      for (const k of Object.keys(shown))
        if (k !== block.result && !block.summary?.includes(`{${k}.`)) delete shown[k];
      return {
        title: block.title,
        subtitle: block.subtitle,
        summary: block.summary,
        spec,
        result: block.result,
        results: shown,
        source: nb.meta.source,
        params: nb.meta.params.map((p) => p.name),
      };
    },
    view: notebookChartView,
  });
}

export interface RenderedNotebook {
  blocks: RenderedBlock[];
}

/** Every block of a notebook as the page shows it, for the view in ctx; nothing a block does stops the others. */
export async function renderNotebook(
  nb: Notebook,
  ctx: LoadContext,
  db: () => Promise<Database>,
  dataVersion: number,
  limits?: SafeLimits,
): Promise<RenderedNotebook> {
  const database = await db();
  const results = await runNotebookSql(database, nb, sqlParams(nb, ctx), dataVersion, limits);
  const blocks = await Promise.all(
    nb.blocks.map(async (b): Promise<RenderedBlock> => {
      switch (b.kind) {
        case 'markdown':
          return { kind: 'html', html: renderMarkdown(b.text) };
        case 'text':
          return { kind: 'html', html: renderMarkdown(fillValues(b.text, results, ctx)) };
        case 'error':
          return { kind: 'error', line: b.line, message: b.message };
        case 'sql': {
          const r = results[b.name];
          return {
            kind: 'sql',
            name: b.name,
            sql: b.sql,
            rows: r?.rows?.length ?? null,
            error: r?.error,
          };
        }
        case 'chart': {
          const def = notebookChartDef(nb, b, db, limits);
          try {
            // The drawing cache keys on the data version: the notebook's hash joins it so an edit redraws.
            const version = dataVersion * 2 ** 32 + notebookHash(nb);
            return { kind: 'chart', payload: await pageChart(ctx, 'notebooks', def, version) };
          } catch (err) {
            // A spec Plot cannot draw for these rows is this block's error, not the page's.
            const error = `line ${b.line}: ${(err as Error).message}`;
            const payload = {
              id: def.id,
              feature: 'notebooks',
              data: null,
              text: null,
              svg: '',
              width: 0,
              params: ctx.params,
              error,
            };
            return { kind: 'chart', payload };
          }
        }
        case 'table': {
          const problem = resultProblem(results, b.result, b.columns ?? []);
          if (problem) return { kind: 'error', line: b.line, message: problem };
          const r = results[b.result] as Extract<NotebookResult, { rows: unknown[] }>;
          const cols = (b.columns ?? r.columns.map((c) => c.name)).map((name) =>
            r.columns.find((c) => c.name === name)!,
          );
          const rows = b.limit === undefined ? r.rows : r.rows.slice(0, b.limit);
          return {
            kind: 'table',
            id: b.id,
            title: b.title,
            columns: cols.map((c) => b.labels?.[c.name] ?? c.name),
            cells: rows.map((row) =>
              cols.map((c) =>
                formatCell({ key: c.name, label: c.name, kind: c.kind }, row[c.name], ctx),
              ),
            ),
            more: r.rows.length - rows.length,
          };
        }
        case 'kpi': {
          const problem = resultProblem(
            results,
            b.result,
            b.items.map((i) => i.column),
          );
          if (problem) return { kind: 'error', line: b.line, message: problem };
          return {
            kind: 'kpi',
            id: b.id,
            items: b.items.map((i) => ({
              label: i.label,
              value: fillValues(`{${b.result}.${i.column}}`, results, ctx),
            })),
          };
        }
      }
    }),
  );
  return { blocks };
}

/** The URL's parameters with the notebook's defaults filled in where the URL gives none. */
export function withDefaults(
  nb: Notebook,
  search: URLSearchParams,
): { search: URLSearchParams; defaulted: Record<string, string> } {
  const out = new URLSearchParams(search);
  const defaulted: Record<string, string> = {};
  for (const p of nb.meta.params)
    if (p.default !== null && !out.get(p.name)) {
      out.set(p.name, p.default);
      defaulted[p.name] = p.default;
    }
  return { search: out, defaulted };
}
