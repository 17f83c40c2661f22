// Starts a parse-pool worker: registers tsx in this thread, then loads the TypeScript worker (parse-worker.ts).
// Node 20 does not pass `--import tsx` on to worker threads, so the worker registers the loader itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
