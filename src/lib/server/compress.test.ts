// Gzip on the way out: HTML and JSON when asked for, nothing else, and the bytes come back unchanged.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipped } from './compress';

const page = '<!doctype html><p>คะแนน ITA</p>'.repeat(200);
const req = (encoding?: string, method = 'GET') =>
  new Request('http://x/', { method, headers: encoding ? { 'accept-encoding': encoding } : {} });
const html = () =>
  new Response(page, { headers: { 'content-type': 'text/html', 'content-length': '99' } });

describe('gzipped', () => {
  it('gzips HTML for a client that accepts gzip, and the text survives', async () => {
    const res = gzipped(req('gzip, deflate, br'), html());
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBeLessThan(Buffer.byteLength(page) / 5);
    expect(gunzipSync(bytes).toString()).toBe(page);
  });

  it('leaves alone a client without gzip, a HEAD, an image and an encoded body', async () => {
    expect(gzipped(req(), html()).headers.get('content-encoding')).toBeNull();
    expect(gzipped(req('gzip', 'HEAD'), html()).headers.get('content-encoding')).toBeNull();
    const png = new Response(new Uint8Array([1, 2, 3]), {
      headers: { 'content-type': 'image/png' },
    });
    expect(gzipped(req('gzip'), png)).toBe(png);
    const br = new Response('x', {
      headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
    });
    expect(gzipped(req('gzip'), br)).toBe(br);
  });
});
