// The budgeted reader's worker: reads one score file into sheets or one report up to its organisation, and says how much heap it took.
import { parentPort } from 'node:worker_threads';
import { failureOf, heapNow, type WorkerReply } from './budget-worker';
import type { FileJob } from './file-readers';

const port = parentPort!;

// Everything is loaded before the worker says it is ready: on a busy machine pdfjs alone takes seconds to load, and
// the time budget is for reading the file.
const [{ readSheets }, { readReportBytes }] = await Promise.all([
  import('../import/read-sheets'),
  import('../ingest/parse-report'),
  import('../import/read-xlsx'),
  import('../ingest/pdf/pdf-pages').then((m) => m.preloadPdfjs()),
]);

port.on('message', async ({ id, request }: { id: number; request: FileJob }) => {
  let reply: WorkerReply<unknown>;
  try {
    const value =
      request.kind === 'sheets'
        ? await readSheets(request.file, request.bytes)
        : await readReportBytes(request.file, request.bytes);
    reply = { id, ok: true, value, heap: heapNow() };
  } catch (err) {
    reply = { id, ok: false, error: failureOf(err), heap: heapNow() };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
