// Where the session cookie's Secure flag and the sign-in's way back come from: the scheme the browser used, and local paths only.
import { describe, expect, it } from 'vitest';
import { crossOriginRefusal } from './request-auth';
import { localPath, servedOverHttps } from './session-cookie';

const post = (origin?: string) =>
  new Request('https://ita.example/login', {
    method: 'POST',
    headers: origin ? { origin } : {},
  });

describe('servedOverHttps', () => {
  it.each([
    // adapter-node without ORIGIN says https even on plain http: the browser's Origin decides.
    ['http://192.168.1.5:3000', 'https://192.168.1.5:3000/login', false],
    ['https://ita.example', 'http://ita.example/login', true],
    [undefined, 'https://ita.example/login', true],
    [undefined, 'http://localhost:3000/login', false],
    ['null', 'https://ita.example/login', true],
  ])('Origin %s, server address %s → %s', (origin, url, secure) => {
    const r = new Request(url, { method: 'POST', headers: origin ? { origin } : {} });
    expect(servedOverHttps(r, new URL(url))).toBe(secure);
  });
});

describe('crossOriginRefusal', () => {
  const url = new URL('https://ita.example/login');
  it('compares hosts, not schemes (the server cannot know its scheme without ORIGIN)', () => {
    expect(crossOriginRefusal(post('http://ita.example'), url, 'session')).toBeNull();
    expect(crossOriginRefusal(post('https://ita.example'), url, null)).toBeNull();
    expect(crossOriginRefusal(post('https://ita.example.evil.test'), url, null)?.code).toBe(
      'cross_origin',
    );
    expect(crossOriginRefusal(post('null'), url, null)?.code).toBe('cross_origin');
    // A sign-in form from another site is refused too (login CSRF), though it carries no session.
    expect(crossOriginRefusal(post('https://evil.test'), url, null)?.code).toBe('cross_origin');
  });
});

describe('localPath', () => {
  it.each([
    ['/import', '/import'],
    ['/org/6940907?year=2567', '/org/6940907?year=2567'],
    ['//evil.test/x', '/import'],
    ['/\\evil.test', '/import'],
    ['https://evil.test', '/import'],
    [null, '/import'],
  ])('%s → %s', (next, expected) => {
    expect(localPath(next)).toBe(expected);
  });
});
