// Calls the import endpoints from the browser and turns every failure into one bilingual message a person can act on.

export interface ApiFailure {
  ok: false;
  status: number;
  error: { code: string; message: string; message_th: string; param?: string };
}

/** adapter-node refuses bodies over BODY_SIZE_LIMIT (512 KB by default) with a plain-text 413 before our code runs. */
function plainFailure(status: number, text: string): ApiFailure {
  if (status === 413)
    return {
      ok: false,
      status,
      error: {
        code: 'body_limit',
        message: `The server refused a request this large (${text.trim() || '413'}). Start it with BODY_SIZE_LIMIT=25M.`,
        message_th: 'เซิร์ฟเวอร์ปฏิเสธไฟล์ขนาดนี้: ให้ผู้ดูแลเริ่มเซิร์ฟเวอร์ด้วยค่า BODY_SIZE_LIMIT=25M',
      },
    };
  return {
    ok: false,
    status,
    error: {
      code: 'server',
      message: `The server answered ${status}: ${text.slice(0, 200)}`,
      message_th: `เซิร์ฟเวอร์ตอบกลับด้วยข้อผิดพลาด ${status}`,
    },
  };
}

/**
 * POSTs a body and returns the JSON answer (T: every shape the endpoint answers 200 with), or an ApiFailure for HTTP
 * errors and network failures. Every shape with ok: false carries error.message and error.message_th.
 */
/** Refusals that say "come back later" (429 over the rate, 503 busy): sent again after Retry-After, this many times. */
const RETRIES = 5;
/** The longest Retry-After the page waits out by itself, seconds; beyond it the message is shown. */
const MAX_RETRY_WAIT_S = 60;

export async function postJson<T extends { ok: boolean }>(
  url: string,
  body: Blob | string,
  headers: Record<string, string> = {},
): Promise<T | ApiFailure> {
  let res: Response;
  try {
    for (let attempt = 0; ; attempt++) {
      res = await fetch(url, {
        method: 'POST',
        body,
        headers:
          typeof body === 'string' ? { 'content-type': 'application/json', ...headers } : headers,
      });
      const wait = Number(res.headers.get('retry-after'));
      if (
        (res.status !== 429 && res.status !== 503) ||
        !(wait > 0 && wait <= MAX_RETRY_WAIT_S) ||
        attempt >= RETRIES
      )
        break;
      // A preview dropped with many others, or sent while the server is busy: wait our turn, then send it again.
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, wait * 1000));
    }
  } catch (err) {
    return {
      ok: false,
      status: 0,
      error: {
        code: 'network',
        message: `Could not reach the server: ${(err as Error).message}`,
        message_th: 'ติดต่อเซิร์ฟเวอร์ไม่ได้',
      },
    };
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return plainFailure(res.status, text);
  }
  if (!res.ok) {
    const p = parsed as Partial<ApiFailure>;
    if (p?.error?.message) return { ok: false, status: res.status, error: p.error };
    return plainFailure(res.status, text);
  }
  return parsed as T;
}

/**
 * POSTs a file as the raw body (its name in x-file-name, options in the query), which SvelteKit's cross-site form
 * check does not apply to; the token travels in a header, which no other site can set.
 */
export function postFile<T extends { ok: boolean }>(
  url: string,
  file: File,
  options: Record<string, string | boolean | null> = {},
  headers: Record<string, string> = {},
): Promise<T | ApiFailure> {
  const query = Object.entries(options)
    .filter(([, v]) => v !== null && v !== false && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v === true ? 'on' : String(v))}`)
    .join('&');
  return postJson<T>(query ? `${url}?${query}` : url, file, {
    'content-type': 'application/octet-stream',
    'x-file-name': encodeURIComponent(file.name),
    ...headers,
  });
}
