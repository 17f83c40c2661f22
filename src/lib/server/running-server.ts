// The discovery file a running dashboard writes next to its database (<db>.server.json), so the CLI can find it.
import fs from 'node:fs';

/** What a running dashboard advertises. */
export interface ServerAd {
  /** Where the CLI reaches it, e.g. http://127.0.0.1:3000 */
  url: string;
  pid: number;
  /** The database file it serves. */
  db: string;
  started_at: string;
}

export function adPath(dbPath: string): string {
  return `${dbPath}.server.json`;
}

/**
 * The address adapter-node listens on (HOST, PORT; 0.0.0.0:3000 by default), as a URL this machine can reach.
 * ITA_SERVER_URL overrides it, e.g. behind a proxy or when the server listens on a socket.
 */
export function serverUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  if (env.ITA_SERVER_URL) return env.ITA_SERVER_URL.replace(/\/+$/, '');
  const host = env.HOST && !['0.0.0.0', '::', ''].includes(env.HOST) ? env.HOST : '127.0.0.1';
  const port = env.PORT || '3000';
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Is a process with this id running (and ours to signal, or someone else's)? */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes the discovery file for this process and removes it when the process ends. A file left by a killed server
 * is harmless: readers check that its pid is alive.
 */
export function advertiseServer(dbPath: string, url: string): void {
  if (dbPath === ':memory:') return;
  const file = adPath(dbPath);
  const ad: ServerAd = { url, pid: process.pid, db: dbPath, started_at: new Date().toISOString() };
  try {
    fs.writeFileSync(file, `${JSON.stringify(ad, null, 2)}\n`);
  } catch {
    // A read-only data folder only costs the CLI its way to this server; the dashboard itself works.
    return;
  }
  const remove = () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, 'utf8')) as ServerAd;
      if (current.pid === process.pid) fs.unlinkSync(file);
    } catch {
      // Already gone, or replaced by another server's file: leave it.
    }
  };
  process.once('exit', remove);
  // adapter-node's graceful shutdown (SIGINT, SIGTERM) ends with this event once the HTTP server has closed.
  process.once('sveltekit:shutdown' as 'exit', remove);
}

let advertised = false;

/**
 * Advertises this server once it has opened its database (open is getDatabase): a second server started on the
 * same file cannot open it, and must not claim it. Called at start and on requests until the open succeeds (a CLI
 * load may hold the file when the server starts).
 */
export function advertiseOnceOpen(open: () => Promise<unknown>, dbPath: string, url: string): void {
  if (advertised) return;
  open().then(
    () => {
      if (advertised) return;
      advertised = true;
      advertiseServer(dbPath, url);
    },
    () => undefined,
  );
}

/** The dashboard advertised for dbPath, when its process is still alive. */
export function findServer(dbPath: string): ServerAd | null {
  let ad: ServerAd;
  try {
    ad = JSON.parse(fs.readFileSync(adPath(dbPath), 'utf8')) as ServerAd;
  } catch {
    return null;
  }
  if (typeof ad?.url !== 'string' || !Number.isInteger(ad.pid)) return null;
  return processAlive(ad.pid) ? ad : null;
}
