// Answers GET /api/query/<name>: Arrow IPC by default, JSON or CSV on request; 400 for a bad parameter, 404 for an unknown query.
import { QueryParamError } from './query-params';
import { RESULT_FORMATS, CONTENT_TYPES, serialise, type ResultFormat } from './query-format';
import { UnknownQueryError, type QueryRunner } from './query-runner';

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
    const body = serialise(table, format);
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
