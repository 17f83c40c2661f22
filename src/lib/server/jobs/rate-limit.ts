// A token bucket per client (its IP address): a burst of `capacity` requests, then one every 1/refill seconds.

export interface RateLimit {
  /** Requests a client may make at once after a quiet spell. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Beyond this many clients, buckets that have refilled are forgotten (they hold nothing a new bucket would not). */
const MAX_CLIENTS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(readonly limit: RateLimit) {}

  private level(b: Bucket, now: number): number {
    return Math.min(
      this.limit.capacity,
      b.tokens + ((now - b.at) / 1000) * this.limit.refillPerSecond,
    );
  }

  /** Takes one token from the client's bucket, or says how many whole seconds until one is back. */
  take(client: string, now: number = Date.now()): RateDecision {
    const b = this.buckets.get(client) ?? { tokens: this.limit.capacity, at: now };
    const tokens = this.level(b, now);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.limit.refillPerSecond)),
      };
    }
    this.buckets.delete(client); // re-inserted last: the map stays in order of last use
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    if (this.buckets.size > MAX_CLIENTS) this.forgetFull(now);
    return { ok: true };
  }

  private forgetFull(now: number): void {
    for (const [client, b] of this.buckets) {
      if (this.buckets.size <= MAX_CLIENTS) break;
      if (this.level(b, now) >= this.limit.capacity) this.buckets.delete(client);
    }
    // Everyone is still limited (a flood of addresses): the least recently seen go; they start again with a full
    // bucket, which at worst lets one burst through.
    for (const client of this.buckets.keys()) {
      if (this.buckets.size <= MAX_CLIENTS) break;
      this.buckets.delete(client);
    }
  }
}
