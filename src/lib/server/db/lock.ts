// Recognises DuckDB's "another process holds this file" failure and turns it into an error a person can act on.

/**
 * DuckDB lets one process open a database file for writing (and none may read it meanwhile). When another process
 * holds it, opening fails with "IO Error: Could not set lock on file …: Conflicting lock is held in <program> (PID n)".
 * That text is for developers: this error carries the file and the process instead, and says what to do.
 */
export class DatabaseLockedError extends Error {
  constructor(
    readonly path: string,
    /** The process holding the file, when DuckDB named it. */
    readonly pid: number | null,
  ) {
    super(
      `the database ${path} is in use by another program${pid ? ` (process ${pid})` : ''}; ` +
        `wait for it to finish or stop it, then try again / ` +
        `ฐานข้อมูล ${path} กำลังถูกใช้งานโดยโปรแกรมอื่น${pid ? ` (process ${pid})` : ''} ` +
        `ให้รอจนเสร็จหรือหยุดโปรแกรมนั้นก่อน แล้วลองใหม่`,
    );
    this.name = 'DatabaseLockedError';
  }
}

const LOCK_MESSAGE = /Could not set lock on file|Conflicting lock is held/i;

/** The DatabaseLockedError for a failed open of path, or the error unchanged when it is something else. */
export function classifyOpenError(err: unknown, path: string): unknown {
  const message = err instanceof Error ? err.message : String(err);
  if (!LOCK_MESSAGE.test(message)) return err;
  const pid = /\(PID (\d+)\)/.exec(message)?.[1];
  return new DatabaseLockedError(path, pid ? Number(pid) : null);
}

/** What a page or endpoint says when a CLI load holds the database (no file path: visitors need not see it). */
export const DATABASE_BUSY_MESSAGE =
  'The database is busy: a data load is running on the server. Try again when it has finished. / ' +
  'ฐานข้อมูลกำลังถูกใช้โดยการโหลดข้อมูลบนเซิร์ฟเวอร์ ลองใหม่อีกครั้งเมื่อโหลดเสร็จ';
