// Reads a notebook's Markdown: front matter (titles, description, parameters), prose, and the fenced blocks that run
// SQL (```sql name=<result>) or show a result (```chart, ```table, ```kpi, ```text). Pure: no SQL runs here.
import {
  CHART_MARKS,
  NOTEBOOK_PARAMS,
  type ChartMark,
  type ChartSpec,
  type Notebook,
  type NotebookBlock,
  type NotebookMeta,
  type NotebookParam,
  type NotebookParamName,
} from './notebook-types';

/** A notebook that cannot be read at all (no front matter, no title, an unknown parameter). */
export class NotebookFormatError extends Error {}

const NAME = /^[a-z][a-z0-9_]*$/;
const BLOCK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function unquote(v: string): string {
  const t = v.trim();
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/** The front matter's small YAML subset: `key: value` lines, and `params:` with indented `name: default` lines. */
function parseFrontMatter(lines: string[], file: string): NotebookMeta {
  const top: Record<string, string> = {};
  const params: NotebookParam[] = [];
  let inParams = false;
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    const m = /^(\s*)([A-Za-z_][\w]*)\s*:\s*(.*)$/.exec(raw);
    if (!m)
      throw new NotebookFormatError(
        `${file}, line ${i + 2}: the front matter holds 'key: value' lines (got '${raw.trim()}')`,
      );
    const [, indent, key, value] = m as unknown as [string, string, string, string];
    if (indent.length > 0 && inParams) {
      if (!(NOTEBOOK_PARAMS as readonly string[]).includes(key))
        throw new NotebookFormatError(
          `${file}, line ${i + 2}: unknown parameter '${key}'; a notebook can declare ${NOTEBOOK_PARAMS.join(', ')}`,
        );
      const v = unquote(value);
      params.push({
        name: key as NotebookParamName,
        default: v === '' || v === 'latest' || v === 'null' ? null : v,
      });
      return;
    }
    inParams = key === 'params';
    if (!inParams) top[key] = unquote(value);
  });
  if (!top.title)
    throw new NotebookFormatError(`${file}: the front matter has no title (title: …, title_en: …)`);
  return {
    title: { th: top.title, en: top.title_en || top.title },
    description: {
      th: top.description ?? '',
      en: top.description_en || top.description || '',
    },
    source: top.source || null,
    params,
  };
}

/** `key: value` lines of a display block; `value:` may repeat (a KPI block's items). */
function blockOptions(body: string): { options: Map<string, string>; values: string[] } {
  const options = new Map<string, string>();
  const values: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new Error(`'${line}' is not a 'key: value' line`);
    if (m[1] === 'value') values.push(m[2]!.trim());
    else options.set(m[1]!, m[2]!.trim());
  }
  return { options, values };
}

const CHART_KEYS = new Set([
  'id',
  'result',
  'title',
  'subtitle',
  'summary',
  'mark',
  'x',
  'y',
  'fill',
  'fx',
  'fy',
  'sort',
  'rule',
  'x_label',
  'y_label',
  'height',
]);
const TABLE_KEYS = new Set(['id', 'result', 'title', 'columns', 'limit']);
const KPI_KEYS = new Set(['id', 'result']);

function checkKeys(kind: string, options: Map<string, string>, allowed: Set<string>): void {
  for (const k of options.keys())
    if (!allowed.has(k))
      throw new Error(`a ${kind} block has no option '${k}' (options: ${[...allowed].join(', ')})`);
}

function need(options: Map<string, string>, key: string, kind: string): string {
  const v = options.get(key);
  if (!v) throw new Error(`a ${kind} block needs '${key}:'`);
  return v;
}

function blockId(options: Map<string, string>, kind: string, counts: Map<string, number>): string {
  const n = (counts.get(kind) ?? 0) + 1;
  counts.set(kind, n);
  const id = options.get('id') ?? `${kind}-${n}`;
  if (!BLOCK_ID.test(id)) throw new Error(`id '${id}' must be lower-case words joined by '-'`);
  return id;
}

/** One fenced block as a notebook block; a mistake in it becomes an error block shown in its place. */
function fencedBlock(
  info: string,
  body: string,
  line: number,
  counts: Map<string, number>,
): NotebookBlock {
  const [kind = '', ...rest] = info.split(/\s+/);
  if (kind === 'sql') {
    const name = /^name=(.+)$/.exec(rest.find((r) => r.startsWith('name=')) ?? '')?.[1];
    if (!name || !NAME.test(name))
      throw new Error(
        "a sql block needs a result name: ```sql name=my_result (lower case letters, digits, '_')",
      );
    return { kind: 'sql', name, sql: body.trim(), line };
  }
  if (kind === 'text') {
    return { kind: 'text', id: blockId(new Map(), 'text', counts), text: body, line };
  }
  const { options, values } = blockOptions(body);
  if (kind === 'chart') {
    checkKeys('chart', options, CHART_KEYS);
    const mark = need(options, 'mark', 'chart');
    if (!(CHART_MARKS as readonly string[]).includes(mark))
      throw new Error(`mark '${mark}' is not one of ${CHART_MARKS.join(', ')}`);
    const height = options.get('height');
    if (height !== undefined && !/^\d{2,4}$/.test(height))
      throw new Error(`height '${height}' must be a number of pixels`);
    const spec: ChartSpec = {
      mark: mark as ChartMark,
      x: options.get('x'),
      y: options.get('y'),
      fill: options.get('fill'),
      fx: options.get('fx'),
      fy: options.get('fy'),
      sort: options.get('sort'),
      rule: options.get('rule'),
      xLabel: options.get('x_label'),
      yLabel: options.get('y_label'),
      height: height === undefined ? undefined : Number(height),
    };
    if (!spec.x && !spec.y)
      throw new Error('a chart block needs x: or y: (a column of its result)');
    return {
      kind: 'chart',
      id: blockId(options, 'chart', counts),
      result: need(options, 'result', 'chart'),
      title: need(options, 'title', 'chart'),
      subtitle: options.get('subtitle'),
      summary: options.get('summary'),
      spec,
      line,
    };
  }
  if (kind === 'table') {
    checkKeys('table', options, TABLE_KEYS);
    const limit = options.get('limit');
    if (limit !== undefined && !/^\d+$/.test(limit))
      throw new Error(`limit '${limit}' must be a whole number of rows`);
    // `columns: total | คะแนนรวม, district`: each column by its SQL name, with the header to show when given.
    const items = options
      .get('columns')
      ?.split(',')
      .map((c) => c.split('|').map((part) => part.trim()))
      .filter(([name]) => !!name);
    return {
      kind: 'table',
      id: blockId(options, 'table', counts),
      result: need(options, 'result', 'table'),
      title: options.get('title'),
      columns: items?.map(([name]) => name!),
      labels:
        items && Object.fromEntries(items.filter(([, label]) => label).map(([n, l]) => [n!, l!])),
      limit: limit === undefined ? undefined : Number(limit),
      line,
    };
  }
  if (kind === 'kpi') {
    checkKeys('kpi', options, KPI_KEYS);
    if (!values.length) throw new Error("a kpi block needs 'value: <column> | <label>' lines");
    return {
      kind: 'kpi',
      id: blockId(options, 'kpi', counts),
      result: need(options, 'result', 'kpi'),
      items: values.map((v) => {
        const [column = '', label] = v.split('|').map((s) => s.trim());
        return { column, label: label || column };
      }),
      line,
    };
  }
  throw new Error(`unknown block kind '${kind}'`);
}

const DISPLAY_KINDS = new Set(['sql', 'chart', 'table', 'kpi', 'text']);

/** Parses a notebook file's text. Throws NotebookFormatError when the notebook as a whole cannot be read. */
export function parseNotebook(slug: string, file: string, source: string): Notebook {
  if (!SLUG.test(slug))
    throw new NotebookFormatError(
      `${file}: the file name must be lower-case words joined by '-' (e.g. province-brief.md)`,
    );
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---')
    throw new NotebookFormatError(
      `${file}: a notebook starts with front matter between '---' lines`,
    );
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new NotebookFormatError(`${file}: the front matter has no closing '---' line`);
  const meta = parseFrontMatter(lines.slice(1, end), file);

  const blocks: NotebookBlock[] = [];
  const counts = new Map<string, number>();
  let prose: string[] = [];
  let proseLine = end + 2;
  const flush = () => {
    if (prose.some((l) => l.trim()))
      blocks.push({ kind: 'markdown', text: prose.join('\n'), line: proseLine });
    prose = [];
  };
  for (let i = end + 1; i < lines.length; i++) {
    const fence = /^(```+)\s*(\S.*)?$/.exec(lines[i]!);
    const info = fence?.[2]?.trim() ?? '';
    if (!fence || !DISPLAY_KINDS.has(info.split(/\s+/)[0]!)) {
      if (!prose.length) proseLine = i + 1;
      prose.push(lines[i]!);
      // A code fence of another language stays prose, closing fence and all.
      if (fence) {
        for (i++; i < lines.length && !lines[i]!.startsWith(fence[1]!); i++) prose.push(lines[i]!);
        if (i < lines.length) prose.push(lines[i]!);
      }
      continue;
    }
    flush();
    const start = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== fence[1]; i++) body.push(lines[i]!);
    if (i >= lines.length) {
      blocks.push({
        kind: 'error',
        line: start,
        message: `line ${start}: the block is never closed with ${fence[1]}`,
      });
      break;
    }
    try {
      blocks.push(fencedBlock(info, body.join('\n'), start, counts));
    } catch (err) {
      blocks.push({
        kind: 'error',
        line: start,
        message: `line ${start}: ${(err as Error).message}`,
      });
    }
  }
  flush();

  const names = new Set<string>();
  const ids = new Set<string>();
  for (const b of blocks) {
    if (b.kind === 'sql') {
      if (names.has(b.name))
        throw new NotebookFormatError(
          `${file}, line ${b.line}: a second sql block is named '${b.name}'`,
        );
      names.add(b.name);
    }
    if ('id' in b) {
      if (ids.has(b.id))
        throw new NotebookFormatError(`${file}, line ${b.line}: a second block has id '${b.id}'`);
      ids.add(b.id);
    }
  }
  return { slug, file, meta, blocks };
}
