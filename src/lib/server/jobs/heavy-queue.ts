// Heavy work (dataset exports, decks, meeting packs, previews' parsing) runs at most N at once; the rest wait in order
// up to a limit, and beyond it are refused with an estimate of when to try again.
import os from 'node:os';

/** How many heavy jobs run at once: ITA_HEAVY_JOBS, else one core left free for the reads (at least one). */
export const HEAVY_JOBS_ENV = 'ITA_HEAVY_JOBS';
/** How many heavy jobs may wait for a slot: ITA_HEAVY_QUEUE, else DEFAULT_MAX_WAITING. */
export const HEAVY_QUEUE_ENV = 'ITA_HEAVY_QUEUE';
export const DEFAULT_MAX_WAITING = 8;
/** Retry-After when no job has finished yet to estimate from, seconds. */
const DEFAULT_RETRY_SECONDS = 10;
const MAX_RETRY_SECONDS = 120;
/** How many recent job durations the Retry-After estimate averages. */
const RECENT = 20;

type Env = Record<string, string | undefined>;

function positiveInt(text: string | undefined, name: string): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number (got '${text}')`);
  return n;
}

/** The queue's size from the environment: N defaults to the cores less one, so a heavy job never takes every core. */
export function heavyQueueOptions(
  env: Env = process.env,
  cores: number = os.availableParallelism(),
): HeavyQueueOptions {
  return {
    concurrency: Math.max(1, positiveInt(env[HEAVY_JOBS_ENV], HEAVY_JOBS_ENV) ?? cores - 1),
    maxWaiting: positiveInt(env[HEAVY_QUEUE_ENV], HEAVY_QUEUE_ENV) ?? DEFAULT_MAX_WAITING,
  };
}

export interface HeavyQueueOptions {
  /** Jobs running at once. */
  concurrency: number;
  /** Jobs waiting for a slot; one more is refused. */
  maxWaiting: number;
}

/** The queue is full: the request is refused, to be sent again after retryAfterSeconds. */
export class QueueFullError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly running: number,
    readonly waiting: number,
  ) {
    super(
      `The server is busy with ${running} heavy job(s) and ${waiting} waiting; try again in ${retryAfterSeconds} s`,
    );
  }
}

export class HeavyQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly recentMs: number[] = [];

  constructor(readonly options: HeavyQueueOptions) {
    if (!(options.concurrency >= 1)) throw new Error('a heavy queue needs at least one slot');
  }

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Seconds until a slot is likely free for one more job: the recent mean duration times the rounds of jobs ahead of
   * it. Used for Retry-After, so it is whole seconds between 1 and 120.
   */
  retryAfterSeconds(): number {
    if (this.recentMs.length === 0) return DEFAULT_RETRY_SECONDS;
    const mean = this.recentMs.reduce((a, b) => a + b, 0) / this.recentMs.length;
    const rounds = Math.ceil((this.waiting.length + 1) / this.options.concurrency);
    return Math.min(MAX_RETRY_SECONDS, Math.max(1, Math.ceil((mean * rounds) / 1000)));
  }

  /**
   * Runs fn when a slot is free, in the order calls arrived. Throws QueueFullError at once (fn never runs) when every
   * slot is taken and maxWaiting jobs already wait. A job that fails frees its slot like one that succeeds.
   */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) {
      if (this.waiting.length >= this.options.maxWaiting)
        throw new QueueFullError(this.retryAfterSeconds(), this.running, this.waiting.length);
      // The slot is handed over by the job that finishes (running is not decremented in between), so a caller arriving
      // meanwhile cannot overtake the ones already waiting.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    const started = performance.now();
    try {
      return await fn();
    } finally {
      this.recentMs.push(performance.now() - started);
      if (this.recentMs.length > RECENT) this.recentMs.shift();
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/** The server's one queue of heavy jobs. */
export const heavyJobs = new HeavyQueue(heavyQueueOptions());
