// When the dashboard holds the database: find it, and send a command's reads or writes to its HTTP API instead.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { getDatabase, type Database } from '../lib/server/db/database';
import { DatabaseLockedError } from '../lib/server/db/lock';
import { FILE_NAME_HEADER } from '../lib/server/import-web/upload';
import { findServer, type ServerAd } from '../lib/server/running-server';

/** A refusal the CLI prints as one sentence (exit code 2), never a stack or DuckDB's own text. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** The running dashboard's HTTP API, as the CLI uses it. */
export class Dashboard {
  constructor(
    readonly url: string,
    /** An API token for writes (ITA_API_TOKEN or --token-file), sent in the Authorization header, never in the URL. */
    readonly token: string | null,
  ) {}

  async request(
    method: 'GET' | 'POST',
    route: string,
    opts: { params?: Record<string, string>; body?: Uint8Array; fileName?: string } = {},
  ): Promise<Response> {
    const url = new URL(route, this.url);
    for (const [k, v] of Object.entries(opts.params ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (opts.fileName) headers[FILE_NAME_HEADER] = encodeURIComponent(opts.fileName);
    if (opts.body) headers['content-type'] = 'application/octet-stream';
    if (opts.body) headers['content-length'] = String(opts.body.length);
    try {
      return await send(url, method, headers, opts.body);
    } catch {
      throw new CliError(
        `the dashboard at ${this.url} holds the database but does not answer; start it again or stop it, then retry / ` +
          `แดชบอร์ดที่ ${this.url} ใช้ฐานข้อมูลอยู่แต่ไม่ตอบสนอง ให้เริ่มใหม่หรือหยุดแดชบอร์ดก่อน แล้วลองอีกครั้ง`,
      );
    }
  }

  /** The response when it is a success; otherwise a CliError with the server's own explanation (English / Thai). */
  async ok(res: Response): Promise<Response> {
    if (res.ok) return res;
    throw new CliError(await refusalText(res, this.url));
  }

  /** The body as a Node stream, for copying to stdout or a file. */
  static body(res: Response): Readable {
    return Readable.fromWeb(res.body as WebReadableStream);
  }
}

/**
 * One HTTP request, answered as a fetch Response. Not fetch itself: its client gives up after 5 minutes without
 * response headers, and a write that waits in the server's queue behind a province's reports may take longer.
 */
function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: Uint8Array,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      { method, headers },
      (res) => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
        const status = res.statusCode ?? 500;
        const empty = status === 204 || status === 304;
        if (empty) res.resume();
        resolve(
          new Response(empty ? null : (Readable.toWeb(res) as ReadableStream), {
            status,
            statusText: res.statusMessage,
            headers: h,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The sentence in a refusal: {ok:false, error:{message, message_th}}, {error: '...'} or the status. */
export async function refusalText(res: Response, url: string): Promise<string> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as {
      error?: string | { message?: string; message_th?: string };
    };
    if (typeof body.error === 'string') return body.error;
    if (body.error?.message)
      return body.error.message_th && body.error.message_th !== body.error.message
        ? `${body.error.message} / ${body.error.message_th}`
        : body.error.message;
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `the dashboard at ${url} answered ${res.status} ${res.statusText} / แดชบอร์ดตอบกลับด้วยรหัส ${res.status}`;
}

/**
 * The advertised dashboard, when it is the process DuckDB says holds the file: a discovery file left by a killed
 * server, or another program holding the file, must not send the CLI to the wrong place.
 */
export function dashboardHolding(err: DatabaseLockedError): ServerAd | null {
  const ad = findServer(err.path);
  return ad && (err.pid === null || err.pid === ad.pid) ? ad : null;
}

export type Target =
  { db: Database; dashboard?: undefined } | { db?: undefined; dashboard: Dashboard };

/** The environment variable that holds an API token for writes through a running dashboard. */
export const API_TOKEN_ENV = 'ITA_API_TOKEN';

/**
 * The API token for writes through the dashboard: the first line of --token-file (a file only its owner reads, so
 * the token is not in the shell's history or the process list), else ITA_API_TOKEN; null when neither is given.
 */
export function apiToken(tokenFile?: string): string | null {
  if (tokenFile !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(tokenFile, 'utf8');
    } catch (err) {
      throw new CliError(
        `--token-file ${tokenFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message} / อ่านไฟล์โทเคนไม่ได้`,
      );
    }
    const token = text.split(/\r?\n/)[0]!.trim();
    if (!token) throw new CliError(`--token-file ${tokenFile} is empty / ไฟล์โทเคนว่างเปล่า`);
    return token;
  }
  return process.env[API_TOKEN_ENV]?.trim() || null;
}

/**
 * The database, opened here; or, when a running dashboard holds it, that dashboard. Reads go through any dashboard;
 * writes (write: true) need an API token (ITA_API_TOKEN or --token-file), and without one the CLI says in one
 * sentence what to do.
 */
export async function databaseOrDashboard(opts: {
  write: boolean;
  tokenFile?: string;
}): Promise<Target> {
  try {
    return { db: await getDatabase() };
  } catch (err) {
    if (!(err instanceof DatabaseLockedError)) throw err;
    const ad = dashboardHolding(err);
    if (!ad) throw new CliError(err.message);
    const token = apiToken(opts.tokenFile);
    if (opts.write && !token)
      throw new CliError(
        `the dashboard at ${ad.url} holds the database; stop it, or give an API token (${API_TOKEN_ENV} or --token-file; ita user token create) to send this write through it / ` +
          `แดชบอร์ดที่ ${ad.url} ใช้ฐานข้อมูลอยู่ ให้หยุดแดชบอร์ดก่อน หรือให้โทเคน API (${API_TOKEN_ENV} หรือ --token-file) เพื่อส่งการบันทึกนี้ผ่านแดชบอร์ด`,
      );
    return { dashboard: new Dashboard(ad.url, token) };
  }
}

/**
 * The sentence for a command that cannot run while another process holds the database: which dashboard (or which
 * process) holds it, and what to do. ita.ts uses it for any command that meets the lock, so a new command is covered.
 */
export function heldRefusal(err: DatabaseLockedError, command: string): CliError {
  const ad = dashboardHolding(err);
  if (!ad) return new CliError(err.message);
  return new CliError(
    `the dashboard at ${ad.url} holds the database, and ita ${command} cannot go through it; stop the dashboard, run ita ${command}, then start it again / ` +
      `แดชบอร์ดที่ ${ad.url} ใช้ฐานข้อมูลอยู่ และคำสั่ง ita ${command} ส่งผ่านแดชบอร์ดไม่ได้ ให้หยุดแดชบอร์ด สั่ง ita ${command} แล้วจึงเริ่มแดชบอร์ดใหม่`,
  );
}

/** For writes the dashboard has no endpoint for (demo, rebuild): the database, or the one sentence of heldRefusal. */
export async function databaseUnlessServed(command: string): Promise<Database> {
  try {
    return await getDatabase();
  } catch (err) {
    if (err instanceof DatabaseLockedError) throw heldRefusal(err, command);
    throw err;
  }
}
