// Fetches a named query as Arrow IPC in the browser and turns it into plain row objects for charts.
import { tableFromIPC } from 'apache-arrow';

export class QueryFetchError extends Error {}

export async function fetchQueryRows<T = Record<string, unknown>>(
  name: string,
  params: Record<string, string | number | null | undefined> = {},
  fetchFn: typeof fetch = fetch,
): Promise<T[]> {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const res = await fetchFn(`/api/query/${name}?${search}`);
  if (!res.ok) {
    const body = await res.json().catch(() => ({ error: res.statusText }));
    throw new QueryFetchError(body.error ?? `HTTP ${res.status}`);
  }
  const table = tableFromIPC(new Uint8Array(await res.arrayBuffer()));
  return table.toArray().map((row) => row.toJSON() as T);
}
