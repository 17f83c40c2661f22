// The page-data cache keeps complete JSON page data per key, and never keeps errors, redirects, streams or cookies.
import { describe, expect, it } from 'vitest';
import { PageDataCache } from './page-data-cache';

const json =
  (body: string, extra: Record<string, string> = {}, status = 200) =>
  () =>
    Promise.resolve(
      new Response(body, {
        status,
        headers: {
          'content-type': 'application/json',
          'cache-control': 'private, no-store',
          ...extra,
        },
      }),
    );

const DATA = '{"type":"data","nodes":[{"type":"data","data":[{"total":1},91.67],"uses":{}}]}';

describe('PageDataCache', () => {
  it('answers the second request for a key from the first body, with its headers, without producing again', async () => {
    const cache = new PageDataCache();
    let produced = 0;
    const produce = () => {
      produced++;
      return json(DATA)();
    };
    const first = await cache.respond('1|th|/org/6940907/__data.json', produce);
    const second = await cache.respond('1|th|/org/6940907/__data.json', produce);
    expect(await first.text()).toBe(DATA);
    expect(await second.text()).toBe(DATA);
    expect(second.headers.get('content-type')).toBe('application/json');
    expect(second.headers.get('cache-control')).toBe('private, no-store');
    expect(produced).toBe(1);
  });

  it('keeps different keys (data version, language, URL) apart', async () => {
    const cache = new PageDataCache();
    await cache.respond('1|th|/a', json('{"v":1}'));
    const other = await cache.respond('2|th|/a', json('{"v":2}'));
    expect(await other.text()).toBe('{"v":2}');
    expect(await (await cache.respond('1|th|/a', json('{"v":3}'))).text()).toBe('{"v":1}');
    expect(cache.size).toBe(2);
  });

  it('does not keep a load that failed, a redirect, a stream, a non-200 answer or one that sets a cookie', async () => {
    const cache = new PageDataCache();
    const error = '{"type":"data","nodes":[{"type":"error","error":{"message":"busy"}}]}';
    const redirect = '{"type":"redirect","location":"/"}';
    await cache.respond('e', json(error));
    await cache.respond('r', json(redirect));
    await cache.respond('s', json(DATA, { 'content-type': 'text/sveltekit-data' }));
    await cache.respond('n', json(DATA, {}, 404));
    await cache.respond('c', json(DATA, { 'set-cookie': 'lang=en' }));
    expect(cache.size).toBe(0);
    // and the failed answer still reaches the client unchanged
    expect(await (await cache.respond('e', json(error))).text()).toBe(error);
  });

  it('evicts the least recently used entry past its limit and skips bodies over its size limit', async () => {
    const cache = new PageDataCache(2, 10);
    await cache.respond('a', json('{"a":1}'));
    await cache.respond('b', json('{"b":1}'));
    await cache.respond('a', json('{"a":2}')); // a is now the most recently used
    await cache.respond('c', json('{"c":1}'));
    expect(await (await cache.respond('a', json('{"a":3}'))).text()).toBe('{"a":1}');
    expect(await (await cache.respond('b', json('{"b":2}'))).text()).toBe('{"b":2}');
    const big = '{"x":"' + 'x'.repeat(20) + '"}';
    await cache.respond('big', json(big));
    expect(await (await cache.respond('big', json('{}'))).text()).toBe('{}');
  });
});
