import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { commitScoreImport } from '../import/import-scores';
import { nationalResponse } from '../import-web/dataset-request';
import { HeavyQueue } from '../jobs/heavy-queue';
import type { DatasetDownloadRequest } from './dataset-download';
import { DatasetFileCache, exportCacheDir, type DatasetBuilder } from './dataset-file-cache';

let db: Database;
let work: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-file-cache-test-'));
  db = await openDatabase(':memory:');
  await commitScoreImport(db, {
    name: 'wide-thai-be.csv',
    bytes: fs.readFileSync(
      new URL('../../../../data/fixtures/scores/wide-thai-be.csv', import.meta.url),
    ),
  });
});

afterAll(() => {
  db.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A write that changes nothing but the data version, as any committed import does. */
const write = () => db.transaction(async () => undefined, 'touched');

/** A builder that writes the data version it saw, counting its calls; `hold` keeps it running until released. */
function countingBuilder(hold?: Promise<void>) {
  const calls: number[] = [];
  const build: DatasetBuilder = async (d, _req, outFile) => {
    const version = await d.dataVersion();
    calls.push(version);
    await hold;
    fs.writeFileSync(outFile, `version ${version}`);
    return { fileName: 'ita-dataset-csv.zip', contentType: 'application/zip', size: 9 };
  };
  return { calls, build };
}

const csv: DatasetDownloadRequest = { format: 'csv', scope: {} };
const queue = () => new HeavyQueue({ concurrency: 1, maxWaiting: 4 });
const versionDirs = (dir: string) => fs.readdirSync(dir).filter((f) => /^v\d+$/.test(f));

describe('DatasetFileCache', () => {
  it('builds a national file once per data version, removes older versions, and rebuilds after a write', async () => {
    const dir = path.join(work, 'once');
    const { calls, build } = countingBuilder();
    const cache = new DatasetFileCache(db, dir, { build, queue: queue() });
    const v1 = await db.dataVersion();
    const [a, b] = await Promise.all([cache.get(csv), cache.get(csv)]);
    expect(a.state).toBe('ready');
    expect(b).toEqual(a);
    expect(await cache.get(csv)).toEqual(a);
    expect(calls).toEqual([v1]);
    if (a.state !== 'ready') throw new Error('not ready');
    expect(fs.readFileSync(a.file, 'utf8')).toBe(`version ${v1}`);
    expect(versionDirs(dir)).toEqual([`v${v1}`]);

    await write();
    const v2 = await db.dataVersion();
    expect(v2).toBe(v1 + 1);
    const c = await cache.get(csv);
    expect(calls).toEqual([v1, v2]);
    if (c.state !== 'ready') throw new Error('not ready');
    expect(fs.readFileSync(c.file, 'utf8')).toBe(`version ${v2}`);
    // The old version's folder is gone once the new one is built.
    expect(versionDirs(dir)).toEqual([`v${v2}`]);
    // Another scope is another file of the same version.
    await cache.get({ format: 'csv', scope: { fiscalYear: 2564 } });
    expect(calls).toEqual([v1, v2, v2]);
  });

  it('tells a request to come back while the build outlasts the wait, then serves the file', async () => {
    let release!: () => void;
    const { calls, build } = countingBuilder(new Promise<void>((r) => (release = r)));
    const cache = new DatasetFileCache(db, path.join(work, 'slow'), {
      build,
      queue: queue(),
      waitMs: 30,
    });
    expect(await cache.get(csv)).toEqual({ state: 'preparing', retryAfterSeconds: 30 });
    expect(await cache.get(csv)).toEqual({ state: 'preparing', retryAfterSeconds: 30 });
    expect(calls).toHaveLength(1); // the second request joined the build under way
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect((await cache.get(csv)).state).toBe('ready');
    expect(calls).toHaveLength(1);
  });

  it('leaves no half-written file behind when a build fails, and builds again on the next request', async () => {
    const dir = path.join(work, 'fails');
    let fail = true;
    const build: DatasetBuilder = async (_d, _r, outFile) => {
      fs.writeFileSync(outFile, 'half');
      if (fail) throw new Error('disk full');
      return { fileName: 'f.zip', contentType: 'application/zip', size: 4 };
    };
    const cache = new DatasetFileCache(db, dir, { build, queue: queue() });
    await expect(cache.get(csv)).rejects.toThrow('disk full');
    expect(fs.readdirSync(dir)).toEqual([]);
    fail = false;
    expect((await cache.get(csv)).state).toBe('ready');
  });

  it('keeps the cache beside the database file', () => {
    expect(exportCacheDir('/srv/ita/ita.duckdb')).toBe('/srv/ita/ita.duckdb.exports');
  });
});

describe('nationalResponse', () => {
  it('serves the real national CSV export from disk: a ZIP holding every table as CSV', async () => {
    const cache = new DatasetFileCache(db, path.join(work, 'real'), { queue: queue() });
    const res = await nationalResponse(cache, { format: 'csv', scope: { provinceCode: null } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ita-dataset-csv.zip"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const zip = await JSZip.loadAsync(bytes);
    const scores = await zip.file('score.csv')!.async('string');
    // The fixture's จะรัง FY 2564 row: indicator 9 = 72.89 (and the BOM Excel needs).
    expect(scores.charCodeAt(0)).toBe(0xfeff);
    expect(scores).toMatch(/6940907,2564,9,72\.89/);
    expect(Object.keys(zip.files)).toContain('manifest.json');
  });

  it('answers "being prepared" with 503 and Retry-After: JSON for scripts, a self-reloading page for browsers', async () => {
    let release!: () => void;
    const { build } = countingBuilder(new Promise<void>((r) => (release = r)));
    const cache = new DatasetFileCache(db, path.join(work, 'prep'), {
      build,
      queue: queue(),
      waitMs: 10,
    });
    const req = { format: 'csv' as const, scope: { provinceCode: null } };
    const res = await nationalResponse(cache, req);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    const body = (await res.json()) as { error: Record<string, string> };
    expect(body.error.code).toBe('preparing');
    expect(body.error.message).toContain('being prepared. Try again in 30 seconds');
    expect(body.error.message_th).toContain('กำลังเตรียมไฟล์ข้อมูลทั้งประเทศ');
    const page = await nationalResponse(cache, req, 'text/html,application/xhtml+xml');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('<meta http-equiv="refresh" content="30">');
    release();
  });

  it('answers 503 busy when the heavy queue cannot take the build', async () => {
    const full = new HeavyQueue({ concurrency: 1, maxWaiting: 0 });
    let release!: () => void;
    const blocker = full.run(() => new Promise<void>((r) => (release = r)));
    const cache = new DatasetFileCache(db, path.join(work, 'busy'), { queue: full });
    const res = await nationalResponse(cache, { format: 'csv', scope: { provinceCode: null } });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('busy');
    release();
    await blocker;
  });
});
