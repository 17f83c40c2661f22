// Keeps the serialised server data (__data.json) of the read-only dashboard pages per data version, URL and language.
//
// Those pages' loads read only named queries, so their answer is a function of the URL, the interface language and
// the data version. The query runner already caches the rows, but each hit still turned Arrow into rows and let
// SvelteKit serialise them again (3-12 ms of CPU per request on the national data); keeping the body makes a
// repeated request a map lookup. A commit moves the data version, so an old entry is never served after a write.
import type { RequestEvent } from '@sveltejs/kit';
import { appRunner } from './app-context';

/** Routes whose server data depends on nothing but the URL, the language and the data (not the clock, not a cookie). */
export const CACHED_PAGE_ROUTES: ReadonlySet<string> = new Set([
  '/',
  '/province/[code]',
  '/org/[code]',
  '/indicators',
  '/measures',
  '/changes',
  '/compare',
]);

interface Entry {
  body: string;
  headers: [string, string][];
}

export class PageDataCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly limit = 500,
    /** Bodies larger than this are served but not kept (a page that grows past it is not worth the memory). */
    private readonly maxBytes = 2_000_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached answer for key, or produce()'s, kept when it is a complete page of data (not an error, not a redirect). */
  async respond(key: string, produce: () => Response | Promise<Response>): Promise<Response> {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place so the least recently used entry is evicted first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return new Response(hit.body, { headers: hit.headers });
    }
    const response = await produce();
    // SvelteKit answers a data request with plain JSON when nothing streams; a load that failed answers 200 too,
    // with an error (or redirect) node inside, which must be asked again next time.
    if (
      response.status !== 200 ||
      response.headers.get('content-type') !== 'application/json' ||
      response.headers.has('set-cookie')
    )
      return response;
    const body = await response.text();
    const headers = [...response.headers].filter(([k]) => k !== 'content-length' && k !== 'date');
    if (body.length <= this.maxBytes && !/"type":"(error|redirect)"/.test(body)) {
      this.entries.set(key, { body, headers });
      if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    }
    return new Response(body, { headers });
  }
}

const cache = new PageDataCache();

/** Whether this request is a cacheable page's __data.json. */
export function isCachedPageData(event: RequestEvent): boolean {
  return (
    event.isDataRequest &&
    event.request.method === 'GET' &&
    event.route.id !== null &&
    CACHED_PAGE_ROUTES.has(event.route.id)
  );
}

/**
 * Answers a page's __data.json from the cache when the query cache is on (not with ITA_QUERY_CACHE=off, which the
 * benchmark uses to measure uncached pages). The key is the raw request URL: SvelteKit's x-sveltekit-invalidated
 * parameter (which of the page's loads the client asks for) changes the body.
 */
export async function cachedPageData(
  event: RequestEvent,
  render: () => Response | Promise<Response>,
): Promise<Response> {
  let runner;
  try {
    runner = await appRunner();
  } catch {
    return render(); // the database cannot be opened now: the page says why
  }
  if (!runner.caching) return render();
  const key = `${await runner.dataVersion()}|${event.locals.lang}|${event.request.url}`;
  return cache.respond(key, render);
}
