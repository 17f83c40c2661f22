// The limits on previews, which anyone may ask for without an account: their size, and a rate per client address.
import { MAX_UPLOAD_BYTES } from '../import-web/upload';
import { rateLimitedResponse } from './busy-response';
import { RateLimiter, type RateLimit } from './rate-limit';

/**
 * The largest file a preview reads: the upload limit (20 MB), because the import page previews every file before
 * it can be stored, so a smaller preview limit would keep files out that storing accepts. Checked from Content-Length
 * before the body is read, and again on the bytes received.
 */
export const PREVIEW_MAX_BYTES = MAX_UPLOAD_BYTES;

/**
 * Previews per client address: 20 at once (a province's folder of reports dropped on the page), then one every
 * 3 seconds (20 a minute). The page waits out a 429 by its Retry-After and sends the file again.
 */
export const PREVIEW_RATE: RateLimit = { capacity: 20, refillPerSecond: 20 / 60 };

const previews = new RateLimiter(PREVIEW_RATE);

/** null when the client may preview now; otherwise the 429 to answer, before the body is read. */
export function refusePreview(client: string, limiter: RateLimiter = previews): Response | null {
  const decision = limiter.take(client);
  return decision.ok ? null : rateLimitedResponse(decision.retryAfterSeconds);
}
