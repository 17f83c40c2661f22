import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';
import { PREVIEW_RATE, refusePreview } from './preview-limits';

describe('RateLimiter', () => {
  it('lets a burst of `capacity` through, refuses the next, and lets one through after the refill time', () => {
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 0.5 });
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(limiter.take('10.0.0.1', t0)).toEqual({ ok: true });
    // One token comes back every 2 s.
    expect(limiter.take('10.0.0.1', t0)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take('10.0.0.1', t0 + 1_000)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('10.0.0.1', t0 + 2_000)).toEqual({ ok: true });
    expect(limiter.take('10.0.0.1', t0 + 2_000).ok).toBe(false);
  });

  it('keeps one bucket per client', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 0.1 });
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 0).ok).toBe(false);
    expect(limiter.take('b', 0).ok).toBe(true);
  });

  it('never holds more than a full bucket after a long quiet spell', () => {
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 1 });
    limiter.take('a', 0);
    const later = 3_600_000;
    expect(limiter.take('a', later).ok).toBe(true);
    expect(limiter.take('a', later).ok).toBe(true);
    expect(limiter.take('a', later).ok).toBe(false);
  });
});

describe('refusePreview', () => {
  it('answers 429 with Retry-After and a bilingual message once a client is over the preview rate, then OK after the wait', async () => {
    const limiter = new RateLimiter(PREVIEW_RATE);
    for (let i = 0; i < PREVIEW_RATE.capacity; i++)
      expect(refusePreview('192.0.2.7', limiter)).toBeNull();
    const res = refusePreview('192.0.2.7', limiter)!;
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(wait).toBe(Math.ceil(1 / PREVIEW_RATE.refillPerSecond));
    const body = (await res.json()) as { error: Record<string, string> };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain(`${wait} seconds`);
    expect(body.error.message_th).toContain(`${wait} วินาที`);
    // Another address is not affected.
    expect(refusePreview('192.0.2.8', limiter)).toBeNull();
  });
});
