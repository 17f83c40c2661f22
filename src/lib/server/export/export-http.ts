// Answers GET /export/<chart>.<png|svg|csv|xlsx>?<the page's URL parameters>: the file, or a 400 that says what was
// wrong (unknown chart or format, a malformed, unknown or repeated parameter) in Thai and English.
import type { Lang } from '../../i18n/messages';
import { translator } from '../../i18n/messages';
import { QueryParamError } from '../queries/query-params';
import type { QueryRunner } from '../queries/query-runner';
import { ExportParamError } from './chart-context';
import { CHART_FORMATS, exportChartFile, prepareChart, type ChartFormat } from './chart-export';
import { contentDisposition } from './file-name';

export function problem(status: number, message: string, param?: string): Response {
  return new Response(JSON.stringify({ error: message, ...(param ? { param } : {}) }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** Turns the errors a bad request raises into 400 answers; anything else is a server fault and is rethrown. */
export function badRequest(err: unknown): Response {
  if (err instanceof ExportParamError || err instanceof QueryParamError)
    return problem(400, err.message, err.param);
  throw err;
}

export function fileResponse(
  body: Uint8Array | string,
  contentType: string,
  fileName: string,
  asciiName: string,
  inline = false,
): Response {
  const disposition = contentDisposition(fileName, asciiName);
  return new Response(body as BodyInit, {
    headers: {
      'content-type': contentType,
      'content-disposition': inline ? disposition.replace(/^attachment/, 'inline') : disposition,
      'cache-control': 'no-cache',
    },
  });
}

export async function chartExportResponse(
  runner: QueryRunner,
  file: string,
  search: URLSearchParams,
  { lang, now = new Date(), link }: { lang: Lang; now?: Date; link?: string },
): Promise<Response> {
  const m = /^([a-z0-9-]+)\.([a-z]+)$/.exec(file);
  if (!m || !(CHART_FORMATS as readonly string[]).includes(m[2]!))
    return problem(400, `${translator(lang)('export.error.file')} (got '${file}')`);
  const [, id, format] = m as unknown as [string, string, ChartFormat];
  try {
    const chart = await prepareChart(runner, id, search, { lang, now });
    const out = await exportChartFile(chart, format, link);
    // Images open in the browser tab (and work as og:image); data files download.
    const inline = format === 'png' || format === 'svg';
    return fileResponse(out.body, out.contentType, out.fileName, out.asciiName, inline);
  } catch (err) {
    return badRequest(err);
  }
}
