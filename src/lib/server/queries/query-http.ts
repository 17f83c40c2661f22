// Answers GET /api/query/<name>: Arrow IPC by default, JSON or CSV on request; 400 for a bad parameter, 404 for an unknown query.
import type { Table } from 'apache-arrow';
import { QueryParamError } from './query-params';
import { RESULT_FORMATS, CONTENT_TYPES, serialise, type ResultFormat } from './query-format';
import { UnknownQueryError, type QueryRunner } from './query-runner';

// A cached result is the same Table object on every hit, so its serialised bodies are kept beside it (and dropped
// with it): a repeated request costs a map lookup instead of re-encoding the rows (1.4 MB of IPC for org_scores).
const bodies = new WeakMap<Table, Map<ResultFormat, Uint8Array | string>>();

function serialisedOnce(table: Table, format: ResultFormat, cached: boolean): Uint8Array | string {
  let byFormat = bodies.get(table);
  let body = byFormat?.get(format);
  if (body === undefined) {
    body = serialise(table, format);
    if (cached) {
      if (!byFormat) bodies.set(table, (byFormat = new Map()));
      byFormat.set(format, body);
    }
  }
  return body;
}

function problem(status: number, message: string, param?: string): Response {
  return new Response(JSON.stringify({ error: message, ...(param ? { param } : {}) }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

export async function queryResponse(
  runner: QueryRunner,
  name: string,
  search: URLSearchParams,
): Promise<Response> {
  const format = (search.get('format') ?? 'arrow') as ResultFormat;
  if (!RESULT_FORMATS.includes(format))
    return problem(
      400,
      `Parameter 'format' must be one of ${RESULT_FORMATS.join(', ')} (got '${format}')`,
      'format',
    );
  const params: Record<string, string> = {};
  for (const [k, v] of search) {
    if (k in params) return problem(400, `Parameter '${k}' is given more than once`, k);
    params[k] = v;
  }
  try {
    const { table, dataVersion } = await runner.run(name, params);
    const body = serialisedOnce(table, format, runner.caching);
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[format],
      'x-data-version': String(dataVersion),
      'cache-control': 'no-cache',
    };
    if (format === 'csv') headers['content-disposition'] = `attachment; filename="${name}.csv"`;
    return new Response(body as BodyInit, { headers });
  } catch (err) {
    if (err instanceof QueryParamError) return problem(400, err.message, err.param);
    if (err instanceof UnknownQueryError) return problem(404, err.message);
    throw err;
  }
}
