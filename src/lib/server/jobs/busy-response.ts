// The answers to work the server will not start now: 503 (the heavy queue is full) and 429 (a client over its rate),
// each with Retry-After and a message in Thai and English.
import type { QueueFullError } from './heavy-queue';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });

/** The shape every import endpoint refuses with: { ok: false, error: { code, message, message_th } }. */
export const refusal = (
  status: number,
  code: string,
  message: string,
  message_th: string,
  retryAfterSeconds?: number,
) =>
  json(
    status,
    { ok: false, error: { code, message, message_th } },
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
  );

export const busyResponse = (err: QueueFullError) =>
  refusal(
    503,
    'busy',
    `The server is busy with other exports and files (${err.running} running, ${err.waiting} waiting). Try again in ${err.retryAfterSeconds} seconds.`,
    `เซิร์ฟเวอร์กำลังประมวลผลงานอื่นอยู่ (ทำอยู่ ${err.running} งาน รอ ${err.waiting} งาน) กรุณาลองใหม่ในอีก ${err.retryAfterSeconds} วินาที`,
    err.retryAfterSeconds,
  );

export const rateLimitedResponse = (retryAfterSeconds: number) =>
  refusal(
    429,
    'rate_limited',
    `Too many previews from your address in a short time. Try again in ${retryAfterSeconds} seconds.`,
    `ส่งไฟล์มาตรวจสอบถี่เกินไป กรุณาลองใหม่ในอีก ${retryAfterSeconds} วินาที`,
    retryAfterSeconds,
  );
