// DuckDB's lock failure becomes an error that names the file and the process, in English and Thai, without DuckDB's text.
import { describe, expect, it } from 'vitest';
import { classifyOpenError, DatabaseLockedError } from './lock';

// The message DuckDB 1.5 gives when another process holds the file (seen with @duckdb/node-api 1.5.6-r.1).
const DUCKDB_LOCK =
  'IO Error: Could not set lock on file "/srv/ita.duckdb": Conflicting lock is held in /usr/bin/node (PID 4242). See also https://duckdb.org/docs/stable/connect/concurrency';

describe('classifyOpenError', () => {
  it('turns the lock failure into a DatabaseLockedError with the file and the process', () => {
    const err = classifyOpenError(new Error(DUCKDB_LOCK), '/srv/ita.duckdb');
    expect(err).toBeInstanceOf(DatabaseLockedError);
    const locked = err as DatabaseLockedError;
    expect(locked.pid).toBe(4242);
    expect(locked.path).toBe('/srv/ita.duckdb');
    expect(locked.message).toContain('/srv/ita.duckdb is in use by another program (process 4242)');
    expect(locked.message).toContain('กำลังถูกใช้งานโดยโปรแกรมอื่น');
    expect(locked.message).not.toMatch(/IO Error|Conflicting lock|duckdb\.org/);
  });

  it('works without a process id', () => {
    const err = classifyOpenError(new Error('IO Error: Could not set lock on file "x"'), 'x');
    expect((err as DatabaseLockedError).pid).toBeNull();
    expect((err as Error).message).toContain('the database x is in use by another program;');
  });

  it('leaves other failures alone', () => {
    const other = new Error('IO Error: Cannot open file "x": No such file or directory');
    expect(classifyOpenError(other, 'x')).toBe(other);
  });
});
