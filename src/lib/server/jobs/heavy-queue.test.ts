import { describe, expect, it } from 'vitest';
import { busyResponse } from './busy-response';
import { HeavyQueue, heavyQueueOptions, QueueFullError } from './heavy-queue';

/** A job that runs until release() is called, recording when it started. */
function gate(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return {
    release: () => release(),
    job: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('HeavyQueue', () => {
  it('runs at most N jobs at once and starts the waiting ones in the order they came', async () => {
    const q = new HeavyQueue({ concurrency: 2, maxWaiting: 10 });
    const log: string[] = [];
    const gates = ['a', 'b', 'c', 'd'].map((n) => gate(log, n));
    const results = gates.map((g) => q.run(g.job));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    expect(q.stats).toEqual({ running: 2, waiting: 2 });
    gates[1]!.release();
    await tick();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    gates[0]!.release();
    await tick();
    await tick();
    expect(log.slice(-2)).toEqual(['end a', 'start d']);
    gates[2]!.release();
    gates[3]!.release();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(q.stats).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a job beyond the waiting limit at once, without running it', async () => {
    const q = new HeavyQueue({ concurrency: 1, maxWaiting: 1 });
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const ra = q.run(a.job);
    const rb = q.run(b.job);
    let ran = false;
    const refused = q.run(async () => {
      ran = true;
    });
    await expect(refused).rejects.toBeInstanceOf(QueueFullError);
    await expect(refused).rejects.toMatchObject({ running: 1, waiting: 1 });
    a.release();
    b.release();
    await Promise.all([ra, rb]);
    expect(ran).toBe(false);
    // Once the queue has room again, a job is accepted.
    expect(await q.run(async () => 'later')).toBe('later');
  });

  it('frees the slot of a failing job for the next one', async () => {
    const q = new HeavyQueue({ concurrency: 1, maxWaiting: 5 });
    const failing = q.run(async () => {
      throw new Error('broken file');
    });
    const next = q.run(async () => 'next ran');
    await expect(failing).rejects.toThrow('broken file');
    expect(await next).toBe('next ran');
    expect(q.stats).toEqual({ running: 0, waiting: 0 });
  });

  it('estimates Retry-After from the recent jobs and the queue ahead', async () => {
    const q = new HeavyQueue({ concurrency: 1, maxWaiting: 3 });
    expect(q.retryAfterSeconds()).toBe(10); // nothing finished yet
    await q.run(() => new Promise((r) => setTimeout(r, 1_100)));
    // One round of ~1.1 s ahead of the next job: 2 s once rounded up.
    expect(q.retryAfterSeconds()).toBe(2);
  });

  it('takes N and the waiting limit from the environment, N defaulting to the cores less one', () => {
    expect(heavyQueueOptions({}, 2)).toEqual({ concurrency: 1, maxWaiting: 8 });
    expect(heavyQueueOptions({}, 1).concurrency).toBe(1);
    expect(heavyQueueOptions({}, 8).concurrency).toBe(7);
    expect(heavyQueueOptions({ ITA_HEAVY_JOBS: '3', ITA_HEAVY_QUEUE: '0' }, 2)).toEqual({
      concurrency: 3,
      maxWaiting: 0,
    });
    expect(() => heavyQueueOptions({ ITA_HEAVY_JOBS: 'two' }, 2)).toThrow(/ITA_HEAVY_JOBS/);
  });
});

describe('busyResponse', () => {
  it('answers 503 with Retry-After and a Thai and English message when the queue is full', async () => {
    const q = new HeavyQueue({ concurrency: 1, maxWaiting: 0 });
    const log: string[] = [];
    const a = gate(log, 'a');
    const first = q.run(a.job);
    const err = await q.run(async () => 'never').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueueFullError);
    const res = busyResponse(err as QueueFullError);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('10');
    const body = (await res.json()) as { ok: boolean; error: Record<string, string> };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('busy');
    expect(body.error.message).toMatch(/1 running, 0 waiting\). Try again in 10 seconds/);
    expect(body.error.message_th).toMatch(/ลองใหม่ในอีก 10 วินาที/);
    a.release();
    expect(await first).toBe('a');
  });
});
