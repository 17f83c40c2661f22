// Gzips the dashboard's own HTML and page data on the way out: a page now carries its charts' SVG (and the rows they
// came from), which compress about sixfold; static files are already served precompressed by adapter-node.
const COMPRESSIBLE = /^(text\/html|application\/json)\b/;

/** The response gzipped when the client accepts it and it is HTML or JSON not already encoded; otherwise itself. */
export function gzipped(request: Request, response: Response): Response {
  const type = response.headers.get('content-type') ?? '';
  if (
    !response.body ||
    !COMPRESSIBLE.test(type) ||
    response.headers.has('content-encoding') ||
    !/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '') ||
    request.method === 'HEAD'
  )
    return response;
  const headers = new Headers(response.headers);
  headers.set('content-encoding', 'gzip');
  headers.delete('content-length');
  headers.append('vary', 'Accept-Encoding');
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
