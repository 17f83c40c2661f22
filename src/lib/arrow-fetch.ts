// Fetches a named query as Arrow IPC in the browser and turns it into plain row objects for charts, typed by query name.
import { tableFromIPC } from 'apache-arrow';
import { tableToRows } from './queries/rows';
import type { QueryName, QueryParams, QueryRows } from './queries/types';

export class QueryFetchError extends Error {}

export async function fetchQueryRows<N extends QueryName>(
  name: N,
  params: QueryParams[N] = {} as QueryParams[N],
  fetchFn: typeof fetch = fetch,
): Promise<QueryRows[N][]> {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params as Record<string, unknown>))
    if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const res = await fetchFn(`/api/query/${name}?${search}`);
  if (!res.ok) {
    const body = await res.json().catch(() => ({ error: res.statusText }));
    throw new QueryFetchError(body.error ?? `HTTP ${res.status}`);
  }
  // The same conversion as the server's (lists as arrays, bigints as numbers), so rows have the generated types.
  return tableToRows<QueryRows[N]>(tableFromIPC(new Uint8Array(await res.arrayBuffer())));
}
