// Score files and reports read in the budgeted worker (in this thread only where no worker file exists), their errors restored to their classes.
import { bootFile } from '../ingest/parse-pool';
import { ReportInputError } from '../ingest/decode';
import { readReportBytes, type ReadReport } from '../ingest/parse-report';
import { readSheets, UnreadableFileError, type ReadFile } from '../import/read-sheets';
import { BudgetedWorker, exists, type WorkerFailure, type WorkerHeap } from './budget-worker';
import { FileLimitError } from './limits';

export type FileJob =
  | { kind: 'sheets'; file: string; bytes: Uint8Array }
  | { kind: 'report'; file: string; bytes: Uint8Array };

function restore(f: WorkerFailure): Error {
  if (f.type === 'limit') return new FileLimitError(f.file, f.kind, f.detail, f.detail_th);
  if (f.name === 'UnreadableFileError') return new UnreadableFileError(f.message);
  if (f.name === 'ReportInputError' && f.file !== null)
    return new ReportInputError(
      f.file,
      f.message.startsWith(`${f.file}: `) ? f.message.slice(f.file.length + 2) : f.message,
    );
  const e = new Error(f.message);
  e.name = f.name;
  return e;
}

let shared: BudgetedWorker<FileJob, unknown> | null | undefined;

/** The process's one budgeted reader; null where there is no worker file (then files are read in this thread). */
function reader(): BudgetedWorker<FileJob, unknown> | null {
  if (shared !== undefined) return shared;
  const boot = bootFile();
  shared = exists(boot)
    ? new BudgetedWorker<FileJob, unknown>(
        boot,
        // The boot file (ingest/parse-worker-boot.js) registers tsx, then loads this entry.
        new URL('../limits/file-worker.ts', boot).href,
        undefined,
        restore,
      )
    : null;
  return shared;
}

/** The last job's heap as the worker measured it, failed or not (tests check the memory budget with it). */
export const lastWorkerHeap = (): WorkerHeap | null => shared?.lastHeap ?? null;

async function run<T>(job: FileJob, here: () => Promise<T>): Promise<T> {
  const w = reader();
  if (!w) return here();
  return (await w.run(job, job.bytes.length)).value as T;
}

/** readSheets with the parse budget: FileLimitError when the file is too large or too slow. */
export function readSheetsBudgeted(file: string, bytes: Uint8Array): Promise<ReadFile> {
  return run({ kind: 'sheets', file, bytes }, () => readSheets(file, bytes));
}

/** readReportBytes with the parse budget: FileLimitError when the file is too large or too slow. */
export function readReportBudgeted(file: string, bytes: Uint8Array): Promise<ReadReport> {
  return run({ kind: 'report', file, bytes }, () => readReportBytes(file, bytes));
}

/** Starts the reader's worker now, so that the first upload does not wait for it to load exceljs and pdfjs. */
export function warmFileReaders(): void {
  reader()?.warm();
}

/** Ends the worker (tests, and a CLI that wants to exit at once). */
export async function closeFileReaders(): Promise<void> {
  const w = shared;
  shared = undefined;
  await w?.close();
}
