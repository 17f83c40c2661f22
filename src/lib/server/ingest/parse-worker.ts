// A parse-pool worker: parses the report files it is sent with a resolver of the organisations it was started with.
import { parentPort, workerData } from 'node:worker_threads';
import { OrgResolver, type OrgRecord } from '../registry/resolver';
import { parseReportBytes } from './parse-report';
import type { ParseReply, ParseRequest } from './parse-pool';

const port = parentPort!;
const resolver = new OrgResolver((workerData as { orgs: OrgRecord[] }).orgs);

port.on('message', async (req: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = {
      id: req.id,
      ok: true,
      parsed: await parseReportBytes(req.name, req.bytes, { resolver }),
    };
  } catch (err) {
    // ReportInputError's message already names the file and says what to do.
    reply = { id: req.id, ok: false, message: String((err as Error)?.message ?? err) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
