// Ends the server process once adapter-node's graceful shutdown (SIGTERM, SIGINT) has closed the HTTP server: the
// file reader's worker and the PDF Chromium are closed, then the process exits, so a stopped dashboard never lingers
// holding its database (DuckDB allows one process per file).
import { closeDeckBrowser } from './export/deck-pdf';
import { closeFileReaders } from './limits/file-readers';

/** How long closing may take before the process exits anyway. */
const CLOSE_GRACE_MS = 5_000;

export function exitOnShutdown(): void {
  process.once('sveltekit:shutdown' as 'exit', () => {
    setTimeout(() => process.exit(0), CLOSE_GRACE_MS).unref();
    void Promise.allSettled([closeFileReaders(), closeDeckBrowser()]).then(() => process.exit(0));
  });
}
