// Hostile files against the running server: the far-corner workbook and the zip bomb posted to the previews are answered with the limit, and pages keep answering meanwhile and after.
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');
const fixture = (name: string) => fs.readFileSync(`data/fixtures/hostile/${name}`);

async function post(path: string, name: string) {
  const t = performance.now();
  const res = await fetch(`${baseURL}${path}`, {
    method: 'POST',
    body: fixture(name),
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
    },
  });
  const body = (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
  return { status: res.status, body, ms: performance.now() - t };
}

/** A page and a query, timed: what another visitor gets. */
async function visit(): Promise<number> {
  const t = performance.now();
  const [page, query] = await Promise.all([
    fetch(`${baseURL}/`),
    fetch(`${baseURL}/api/query/provinces?format=json`),
  ]);
  expect(page.status).toBe(200);
  expect(query.status).toBe(200);
  await Promise.all([page.text(), query.text()]);
  return performance.now() - t;
}

describe('hostile files on the running server', () => {
  it('answers the far-corner workbook and the zip bomb with the limit, and keeps serving pages', async () => {
    await visit(); // warm: the first page renders its caches
    // A legitimate preview first: the server's resolver and file reader are loaded (a cold start is not the point).
    const legit = await fetch(`${baseURL}/api/import/scores/preview`, {
      method: 'POST',
      body: fs.readFileSync('data/fixtures/hostile/mixed-encoding.csv'),
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'mixed-encoding.csv' },
    });
    expect(((await legit.json()) as { ok: boolean }).ok).toBe(true);
    const idle = await visit();
    // Pages asked for while the hostile files are being answered.
    const during = Promise.all([visit(), visit(), visit()]);
    const [far, bomb, docBomb] = await Promise.all([
      post('/api/import/scores/preview', 'far-corner.xlsx'),
      post('/api/import/scores/preview', 'zip-bomb.xlsx'),
      post('/api/import/report/preview', 'zip-bomb-lying-sizes.xlsx'),
    ]);
    for (const r of [far, bomb, docBomb]) {
      expect(r.status).toBe(200);
      expect(r.body.ok).toBe(false);
      expect(r.body.error!.code).toBe('too_large');
      expect(r.ms).toBeLessThan(10_000);
    }
    expect(far.body.error!.message).toContain('XFD1048576');
    expect(bomb.body.error!.message).toContain('100 MB');
    const waits = await during;
    // Within 10 s whatever the machine's load; the point is that nothing waited for the files (it once took 17 s).
    for (const w of waits) expect(w).toBeLessThan(Math.max(10_000, idle * 4));
    expect(await visit()).toBeLessThan(Math.max(5_000, idle * 4));
  });
});
