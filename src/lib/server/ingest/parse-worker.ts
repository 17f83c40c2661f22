// A parse-pool worker: reads the report files it is sent up to their organisation, which the pool resolves.
import { parentPort } from 'node:worker_threads';
import { readReportBytes } from './parse-report';
import { preloadPdfjs } from './pdf/pdf-pages';
import type { ParseReply, ParseRequest } from './parse-pool';

const port = parentPort!;

port.on('message', async (req: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: req.id, ok: true, read: await readReportBytes(req.name, req.bytes) };
  } catch (err) {
    // ReportInputError's message already names the file and says what to do.
    reply = { id: req.id, ok: false, message: String((err as Error)?.message ?? err) };
  }
  port.postMessage(reply);
});
// pdfjs takes a second or more to load: loaded before the first job, so that the job's time budget is the file's.
await preloadPdfjs();
port.postMessage({ ready: true });
