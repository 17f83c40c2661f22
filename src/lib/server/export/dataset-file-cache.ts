// National dataset downloads built once per data version in the background (as a heavy job) and served from disk: a
// folder beside the database holds the current version's files; older versions go once a newer one is built.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/database';
import { heavyJobs, type HeavyQueue } from '../jobs/heavy-queue';
import {
  writeDatasetDownload,
  type DatasetDownloadRequest,
  type DatasetFileInfo,
} from './dataset-download';

/** The cache folder is `<database>.exports`, beside the file, as DuckDB's spill folder is `<database>.tmp`. */
export const EXPORT_CACHE_SUFFIX = '.exports';
/**
 * How long a request waits for a build before it is told to come back, ms: a year's national Parquet is built within
 * it, the whole national CSV (about a minute on two cores) is not.
 */
export const BUILD_WAIT_MS = 8_000;
/** Retry-After for a build nobody has timed yet, seconds. */
const FIRST_BUILD_RETRY_SECONDS = 30;

export function exportCacheDir(dbPath: string): string {
  return dbPath === ':memory:'
    ? path.join(os.tmpdir(), `ita-exports-${process.pid}`)
    : dbPath + EXPORT_CACHE_SUFFIX;
}

export type CachedDataset =
  | { state: 'ready'; file: string; info: DatasetFileInfo }
  | { state: 'preparing'; retryAfterSeconds: number };
type Ready = Extract<CachedDataset, { state: 'ready' }>;

export type DatasetBuilder = (
  db: Database,
  req: DatasetDownloadRequest,
  outFile: string,
) => Promise<DatasetFileInfo>;

export interface DatasetFileCacheOptions {
  queue?: HeavyQueue;
  build?: DatasetBuilder;
  waitMs?: number;
}

/** The file's name in the cache: what was asked, never anything else from the request. */
const entryName = (req: DatasetDownloadRequest) =>
  [req.format, req.scope?.fiscalYear ?? 'all', req.table ?? 'all'].join('-');

const versionDir = /^v(\d+)$/;
let sequence = 0;

export class DatasetFileCache {
  private readonly building = new Map<string, Promise<Ready>>();
  private readonly started = new Map<string, number>();
  private readonly lastBuildMs = new Map<string, number>();
  private readonly queue: HeavyQueue;
  private readonly build: DatasetBuilder;
  private readonly waitMs: number;

  constructor(
    readonly db: Database,
    readonly dir: string,
    opts: DatasetFileCacheOptions = {},
  ) {
    this.queue = opts.queue ?? heavyJobs;
    this.build = opts.build ?? writeDatasetDownload;
    this.waitMs = opts.waitMs ?? BUILD_WAIT_MS;
    // Files half written by a process that stopped mid-build are never served: remove them.
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(dir))
      if (f.startsWith('.partial-')) fs.rmSync(path.join(dir, f));
  }

  /**
   * The file for this request at the current data version: ready on disk, or being built (started now if nobody
   * has), in which case the caller waits up to waitMs and is then told when to come back. Throws QueueFullError when
   * a build cannot even wait for a slot.
   */
  async get(req: DatasetDownloadRequest): Promise<CachedDataset> {
    const version = await this.db.dataVersion();
    const name = entryName(req);
    const ready = await this.readReady(version, name);
    if (ready) return ready;
    const key = `${version}/${name}`;
    let build = this.building.get(key);
    if (!build) {
      build = this.buildEntry(version, name, req);
      this.building.set(key, build);
      this.started.set(key, Date.now());
      const forget = () => {
        this.building.delete(key);
        this.started.delete(key);
      };
      build.then(forget, forget);
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<null>((resolve) => (timer = setTimeout(resolve, this.waitMs, null)));
    try {
      const done = await Promise.race([build, waited]);
      if (done) return done;
    } finally {
      clearTimeout(timer);
    }
    return { state: 'preparing', retryAfterSeconds: this.retryAfterSeconds(key, name) };
  }

  /** The last build of the same file's time less what has run of this one; half a minute before any build finished. */
  private retryAfterSeconds(key: string, name: string): number {
    const last = this.lastBuildMs.get(name);
    if (last === undefined) return FIRST_BUILD_RETRY_SECONDS;
    const elapsed = Date.now() - (this.started.get(key) ?? Date.now());
    return Math.max(2, Math.ceil((last - elapsed) / 1000));
  }

  private async readReady(version: number, name: string): Promise<Ready | null> {
    const file = path.join(this.dir, `v${version}`, name);
    try {
      // The description is written after the file is in place, so its presence means the file is whole.
      const info = JSON.parse(
        await fs.promises.readFile(`${file}.json`, 'utf8'),
      ) as DatasetFileInfo;
      await fs.promises.access(file);
      return { state: 'ready', file, info };
    } catch {
      return null;
    }
  }

  private buildEntry(version: number, name: string, req: DatasetDownloadRequest): Promise<Ready> {
    return this.queue.run(async () => {
      // Asked again after a build of the same version finished while this one waited for its slot.
      const already = await this.readReady(version, name);
      if (already) return already;
      const partial = path.join(this.dir, `.partial-${process.pid}-${++sequence}-${name}`);
      const t0 = performance.now();
      try {
        const info = await this.build(this.db, req, partial);
        this.lastBuildMs.set(name, performance.now() - t0);
        // A write may have committed while the export ran: the file then holds that newer data, and sits under a
        // version no request asks for any more, until the next build removes it.
        const vdir = path.join(this.dir, `v${version}`);
        await fs.promises.mkdir(vdir, { recursive: true });
        const file = path.join(vdir, name);
        await fs.promises.rename(partial, file);
        await fs.promises.writeFile(`${file}.json`, JSON.stringify(info));
        await this.removeVersionsBefore(version);
        return { state: 'ready' as const, file, info };
      } finally {
        await fs.promises.rm(partial, { force: true });
      }
    });
  }

  /** Older versions' files: a download still streaming one keeps reading it (the file system frees it after). */
  private async removeVersionsBefore(version: number): Promise<void> {
    for (const entry of await fs.promises.readdir(this.dir)) {
      const m = versionDir.exec(entry);
      if (m && Number(m[1]) < version)
        await fs.promises.rm(path.join(this.dir, entry), { recursive: true, force: true });
    }
  }
}

const caches = new WeakMap<Database, DatasetFileCache>();

/** The server's cache for its database, in `<database>.exports`. */
export function datasetFileCache(db: Database): DatasetFileCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new DatasetFileCache(db, exportCacheDir(db.path))));
  return cache;
}
