// Runs file parsers in a worker thread with a memory and time budget: a file that goes beyond either ends the worker, not the server.
import fs from 'node:fs';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileLimitError, PARSE_BUDGET, parseTimeMs } from './limits';

export type Budget = typeof PARSE_BUDGET;

/** What the worker measured of itself after a job: its own V8 heap (not the process's). */
export interface WorkerHeap {
  /** Bytes of heap V8 had reserved for the worker (its high-water mark until the next GC shrinks it). */
  total_heap_size: number;
  used_heap_size: number;
  /** Buffers and other memory outside the heap that the worker's isolate holds. */
  external_memory: number;
  /** malloc'ed memory's peak for the isolate. */
  peak_malloced_memory: number;
}

export interface WorkerReply<T> {
  id: number;
  ok: boolean;
  value?: T;
  error?: WorkerFailure;
  heap: WorkerHeap;
}

/** An error as it crosses the thread boundary; `restore` turns it back into its class. */
export type WorkerFailure =
  | {
      type: 'limit';
      file: string;
      kind: 'too_large' | 'too_slow';
      detail: string;
      detail_th: string;
    }
  | { type: 'named'; name: string; file: string | null; message: string };

export function heapNow(): WorkerHeap {
  const h = v8.getHeapStatistics() as v8.HeapInfo & { external_memory?: number };
  return {
    total_heap_size: h.total_heap_size,
    used_heap_size: h.used_heap_size,
    external_memory: h.external_memory ?? 0,
    peak_malloced_memory: h.peak_malloced_memory,
  };
}

interface Job<Req, Res> {
  id: number;
  file: string;
  timeoutMs: number;
  request: Req;
  resolve: (v: { value: Res; heap: WorkerHeap }) => void;
  reject: (e: Error) => void;
}

/**
 * One worker, one job at a time, jobs queued in order. A job that runs past its time (`parseTimeMs`) terminates the worker;
 * one that passes the heap limits kills it (V8's ERR_WORKER_OUT_OF_MEMORY); either way the job fails with a
 * FileLimitError naming the limit, and the next job starts a fresh worker. The worker keeps the process alive only
 * while it has a job.
 */
export class BudgetedWorker<Req extends { file: string }, Res> {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private queue: Job<Req, Res>[] = [];
  private current: Job<Req, Res> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  /** The heap the worker measured after its last job, failed or not (tests check the memory budget with it). */
  lastHeap: WorkerHeap | null = null;

  constructor(
    private readonly boot: URL,
    private readonly entry: string,
    private readonly budget: Budget = PARSE_BUDGET,
    private readonly restore: (f: WorkerFailure) => Error = defaultRestore,
  ) {}

  /** Runs the request on a file of `size` bytes; resolves with the value and the worker's heap measured after it. */
  run(request: Req, size = 0): Promise<{ value: Res; heap: WorkerHeap }> {
    return new Promise((resolve, reject) => {
      const timeoutMs = parseTimeMs(size, this.budget);
      this.queue.push({
        id: this.nextId++,
        file: request.file,
        timeoutMs,
        request,
        resolve,
        reject,
      });
      this.pump();
    });
  }

  /** Starts the worker ahead of the first job (it loads its libraries: seconds on a busy machine). */
  warm(): void {
    if (this.worker || this.ready) return;
    this.start().catch(() => {
      this.reset();
    });
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('the file reader is closed'));
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) await w.terminate();
  }

  private start(): Promise<Worker> {
    this.ready ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(this.boot, {
        workerData: { entry: this.entry },
        resourceLimits: {
          maxOldGenerationSizeMb: this.budget.maxOldGenerationSizeMb,
          maxYoungGenerationSizeMb: this.budget.maxYoungGenerationSizeMb,
        },
      });
      this.worker = worker;
      // Idle, it must not keep a CLI alive; a job refs it while it runs.
      worker.unref();
      worker.once('error', reject);
      // A worker that ends before it is ready (its boot failed) must not leave the job waiting.
      worker.once('exit', (code) =>
        reject(new Error(`the reader ended as it started (exit ${code})`)),
      );
      worker.once('message', () => {
        worker.off('error', reject);
        worker.on('message', (reply: WorkerReply<Res>) => this.settle(worker, reply));
        worker.on('error', (err) => this.crash(worker, err));
        worker.on('exit', (code) =>
          this.crash(worker, new Error(`the reader stopped (exit ${code})`)),
        );
        resolve(worker);
      });
    });
    return this.ready;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.current = job;
    const ready = this.start();
    // A job keeps the process alive while the worker starts and while it reads (a CLI must not exit meanwhile).
    this.worker?.ref();
    ready.then(
      (worker) => {
        if (this.current !== job) return;
        worker.ref();
        this.timer = setTimeout(() => this.timeUp(worker, job), job.timeoutMs);
        worker.postMessage({ id: job.id, request: job.request });
      },
      (err: Error) => {
        this.reset();
        this.finish(job, () =>
          job.reject(new Error(`the file reader could not start (${err.message})`)),
        );
      },
    );
  }

  private finish(job: Job<Req, Res>, settle: () => void): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.current === job) this.current = null;
    this.worker?.unref();
    settle();
    this.pump();
  }

  private settle(worker: Worker, reply: WorkerReply<Res>): void {
    const job = this.current;
    if (worker !== this.worker || !job || job.id !== reply.id) return;
    this.lastHeap = reply.heap;
    this.finish(job, () =>
      reply.ok
        ? job.resolve({ value: reply.value as Res, heap: reply.heap })
        : job.reject(this.restore(reply.error!)),
    );
  }

  private reset(): void {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) void w.terminate();
  }

  private timeUp(worker: Worker, job: Job<Req, Res>): void {
    if (worker !== this.worker || this.current !== job) return;
    this.reset();
    const s = Math.round(job.timeoutMs / 100) / 10;
    this.finish(job, () =>
      job.reject(
        new FileLimitError(
          job.file,
          'too_slow',
          `reading it took more than ${s} seconds, the most one file may take; it was stopped`,
          `การอ่านใช้เวลาเกิน ${s} วินาที ซึ่งเป็นเวลาสูงสุดต่อไฟล์ จึงหยุดอ่าน`,
        ),
      ),
    );
  }

  private crash(worker: Worker, err: Error & { code?: string }): void {
    if (worker !== this.worker) return;
    this.reset();
    const job = this.current;
    if (!job) return;
    const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const mbTotal = this.budget.maxOldGenerationSizeMb + this.budget.maxYoungGenerationSizeMb;
    this.finish(job, () =>
      job.reject(
        oom
          ? new FileLimitError(
              job.file,
              'too_large',
              `reading it needed more than the ${mbTotal} MB of memory one file may use; it was stopped`,
              `การอ่านต้องใช้หน่วยความจำเกิน ${mbTotal} MB ซึ่งเป็นขนาดสูงสุดต่อไฟล์ จึงหยุดอ่าน`,
            )
          : new Error(`the file reader stopped on this file (${err.message})`),
      ),
    );
  }
}

function defaultRestore(f: WorkerFailure): Error {
  if (f.type === 'limit') return new FileLimitError(f.file, f.kind, f.detail, f.detail_th);
  const e = new Error(f.message);
  e.name = f.name;
  return e;
}

/** An error thrown in the worker, as it crosses to the calling thread. */
export function failureOf(err: unknown): WorkerFailure {
  if (err instanceof FileLimitError)
    return {
      type: 'limit',
      file: err.file,
      kind: err.kind,
      detail: err.detail,
      detail_th: err.detail_th,
    };
  const e = err as Error & { file?: string };
  return {
    type: 'named',
    name: e?.constructor?.name ?? 'Error',
    file: typeof e?.file === 'string' ? e.file : null,
    message: String(e?.message ?? err),
  };
}

/** True when a worker file exists at the URL (a bundle without the sources has none). */
export const exists = (u: URL | null): u is URL =>
  !!u && u.protocol === 'file:' && fs.existsSync(fileURLToPath(u));
