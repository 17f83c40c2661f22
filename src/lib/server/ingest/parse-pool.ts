// Parses report files on a small pool of worker threads, so that a folder of reports parses on every core.
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileLimitError, PARSE_BUDGET, parseTimeMs } from '../limits/limits';
import { projectPath } from '../paths';
import type { OrgResolver } from '../registry/resolver';
import { parseReportBytes, readReportBytes, resolveReport, type ReadReport } from './parse-report';
import type { ParsedReportFile } from './types';

/** Turns one file's bytes into a parsed report; ReportInputError (or a plain Error) when it cannot. */
export interface ReportParser {
  parse(name: string, bytes: Uint8Array): Promise<ParsedReportFile>;
  /** Threads that parse: 0 means this thread. */
  readonly threads: number;
  close(): Promise<void>;
}

/** What a worker answers for one job. */
export type ParseReply =
  { id: number; ok: true; read: ReadReport } | { id: number; ok: false; message: string };

/** What a worker is asked. */
export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** More threads than this only add start-up time and memory: parsing one report takes tens of milliseconds. */
const MAX_THREADS = 8;

/**
 * One worker per core the machine offers besides the calling thread's, which parses too (see startParsePool), at
 * least one and at most MAX_THREADS.
 */
export function defaultThreads(): number {
  return Math.max(1, Math.min(MAX_THREADS, os.availableParallelism() - 1));
}

/** Parses in the calling thread: for a single upload, a few files, or where worker threads cannot start. */
export function inThreadParser(resolver: OrgResolver): ReportParser {
  return {
    threads: 0,
    parse: (name, bytes) => parseReportBytes(name, bytes, { resolver }),
    close: async () => undefined,
  };
}

const BOOT_FILE = 'parse-worker-boot.js';

/**
 * The worker's entry. Beside this module when it runs from source (tsx, vitest); from the checkout when it runs
 * from the built server, whose bundle has no separate worker file. Null when neither exists.
 */
export function bootFile(): URL | null {
  const candidates = [
    new URL(`./${BOOT_FILE}`, import.meta.url),
    new URL(`file://${projectPath('src', 'lib', 'server', 'ingest', BOOT_FILE)}`),
  ];
  return candidates.find((u) => u.protocol === 'file:' && fs.existsSync(fileURLToPath(u))) ?? null;
}

interface Job extends ParseRequest {
  resolve: (read: ReadReport) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** Ends the job's worker when the job passes the parse budget's time. */
  timer: NodeJS.Timeout | null;
}

/**
 * Starts `threads` workers that read reports up to their organisation; `resolver` (or the promise of one, built while
 * the workers start) finds each organisation in this thread, so the org table is read and indexed once, not once per
 * worker. With `inThread` (the default) the calling thread reads reports too, whenever no worker is free: it is
 * mostly idle while DuckDB writes, and it starts at once, where a worker takes about a second (more on a busy
 * machine) to load the parser; the pool is then returned without waiting for the workers, and one that cannot start
 * leaves the work to the others. Without it, the pool waits for its workers and is null when one cannot start.
 * Null when there is no worker file (a bundle without the sources): the caller then parses in its own thread.
 */
export async function startParsePool(
  resolver: OrgResolver | Promise<OrgResolver>,
  threads: number = defaultThreads(),
  boot: URL | null = bootFile(),
  { inThread = true }: { inThread?: boolean } = {},
): Promise<ReportParser | null> {
  if (!boot || threads < 1 || !fs.existsSync(fileURLToPath(boot))) return null;
  const entry = new URL('./parse-worker.ts', boot).href;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  /** Every worker still running, ready or not: close ends them all. */
  const spawned = new Set<Worker>();

  const spawn = (): Promise<Slot> =>
    new Promise((resolve, reject) => {
      // The parse budget: a report past the heap limits kills only its worker (ERR_WORKER_OUT_OF_MEMORY).
      const worker = new Worker(boot, {
        workerData: { entry },
        resourceLimits: {
          maxOldGenerationSizeMb: PARSE_BUDGET.maxOldGenerationSizeMb,
          maxYoungGenerationSizeMb: PARSE_BUDGET.maxYoungGenerationSizeMb,
        },
      });
      spawned.add(worker);
      worker.once('exit', () => spawned.delete(worker));
      const slot: Slot = { worker, job: null, timer: null };
      const onStartError = (err: Error) => reject(err);
      worker.once('error', onStartError);
      worker.once('message', (msg: { ready: true }) => {
        if (!msg.ready) return;
        worker.off('error', onStartError);
        worker.on('message', (reply: ParseReply) => settle(slot, reply));
        worker.on('error', (err) => crash(slot, err));
        // An exit without an error (process.exit in a parser) must not leave its file waiting forever.
        worker.on('exit', (code) => {
          if (!closed && slots.includes(slot)) crash(slot, new Error(`exit code ${code}`));
        });
        resolve(slot);
      });
    });

  const pump = (slot: Slot) => {
    if (slot.job || closed) return;
    const job = queue.shift();
    if (!job) return;
    slot.job = job;
    const request: ParseRequest = { id: job.id, name: job.name, bytes: job.bytes };
    const ms = parseTimeMs(job.bytes.length);
    slot.timer = setTimeout(() => {
      const s = Math.round(ms / 100) / 10;
      crash(
        slot,
        new FileLimitError(
          job.name,
          'too_slow',
          `reading it took more than ${s} seconds, the most one file may take; it was stopped`,
          `การอ่านใช้เวลาเกิน ${s} วินาที ซึ่งเป็นเวลาสูงสุดต่อไฟล์ จึงหยุดอ่าน`,
        ),
      );
    }, ms);
    slot.worker.postMessage(request);
  };

  const stopTimer = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  };

  const settle = (slot: Slot, reply: ParseReply) => {
    stopTimer(slot);
    const job = slot.job;
    slot.job = null;
    if (job && job.id === reply.id) {
      if (reply.ok) job.resolve(reply.read);
      else job.reject(new Error(reply.message));
    }
    pump(slot);
  };

  /**
   * A worker that dies (out of memory, a bug in a parser) or runs past the time budget fails only the file it held; a
   * fresh one takes its place.
   */
  const crash = (slot: Slot, err: Error & { code?: string }) => {
    stopTimer(slot);
    const job = slot.job;
    slot.job = null;
    const mbTotal = PARSE_BUDGET.maxOldGenerationSizeMb + PARSE_BUDGET.maxYoungGenerationSizeMb;
    job?.reject(
      err instanceof FileLimitError
        ? err
        : err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new FileLimitError(
              job.name,
              'too_large',
              `reading it needed more than the ${mbTotal} MB of memory one file may use; it was stopped`,
              `การอ่านต้องใช้หน่วยความจำเกิน ${mbTotal} MB ซึ่งเป็นขนาดสูงสุดต่อไฟล์ จึงหยุดอ่าน`,
            )
          : new Error(`the parser stopped on this file (${err.message})`),
    );
    const i = slots.indexOf(slot);
    if (i === -1 || closed) return;
    slots.splice(i, 1);
    // A worker past its time is still running: end it (its exit then finds the slot gone).
    void slot.worker.terminate();
    spawn().then(
      (fresh) => {
        slots.push(fresh);
        pump(fresh);
      },
      () => undefined,
    );
  };

  // The calling thread's turn: one file at a time, between the event loop's other work.
  let localBusy = false;
  const pumpLocal = () => {
    if (!inThread || localBusy || closed || queue.length === 0) return;
    const job = queue.shift()!;
    localBusy = true;
    setImmediate(() => {
      readReportBytes(job.name, job.bytes)
        .then(job.resolve, job.reject)
        .finally(() => {
          localBusy = false;
          pumpLocal();
        });
    });
  };

  if (inThread) {
    for (let i = 0; i < threads; i++)
      spawn().then(
        (slot) => {
          if (closed) return void slot.worker.terminate();
          slots.push(slot);
          pump(slot);
        },
        () => undefined,
      );
  } else {
    try {
      slots.push(...(await Promise.all(Array.from({ length: threads }, spawn))));
    } catch {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      return null;
    }
  }

  return {
    threads,
    async parse(name, bytes) {
      if (closed) throw new Error('the parser pool is closed');
      const read = await new Promise<ReadReport>((resolve, reject) => {
        queue.push({ id: nextId++, name, bytes, resolve, reject });
        for (const s of slots) pump(s);
        pumpLocal();
      });
      return resolveReport(read, await resolver);
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the parser pool is closed'));
      await Promise.all([...spawned].map((w) => w.terminate()));
    },
  };
}
