// Absolute links in the first HTML name the scheme the reader used, not adapter-node's https guess.
import { describe, expect, it } from 'vitest';
import { publicOrigin } from './public-origin';

const url = new URL('https://dash.example:3000/?province=94');
const req = (headers: Record<string, string> = {}) => new Request(url, { headers });

describe('publicOrigin', () => {
  it('is plain http when served directly (adapter-node has no TLS of its own)', () => {
    expect(publicOrigin(req(), url, {})).toBe('http://dash.example:3000');
  });
  it('is https behind a TLS proxy that says so', () => {
    expect(publicOrigin(req({ 'x-forwarded-proto': 'https, http' }), url, {})).toBe(
      'https://dash.example:3000',
    );
  });
  it('is the configured ORIGIN when one is set', () => {
    const set = new URL('https://ita.example.go.th/');
    expect(publicOrigin(req(), set, { ORIGIN: 'https://ita.example.go.th' })).toBe(
      'https://ita.example.go.th',
    );
  });
});
