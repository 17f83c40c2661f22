import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_CAP_MB, instanceOptions } from './instance-options';

const GB = 2 ** 30;

describe('instanceOptions', () => {
  it.each([
    ['24 GB of RAM: capped', 24 * GB, `${DEFAULT_MEMORY_CAP_MB}MB`],
    ['2 GB of RAM: a quarter', 2 * GB, '512MB'],
    ['128 MB of RAM: never below 64 MB', 128 * 2 ** 20, '64MB'],
  ])('limits DuckDB to a quarter of RAM at most %s', (_, ram, limit) => {
    expect(instanceOptions('/data/ita.duckdb', {}, ram)).toEqual({ memory_limit: limit });
  });

  it('takes ITA_DUCKDB_MEMORY, ITA_DUCKDB_THREADS and ITA_DUCKDB_TEMP as given', () => {
    expect(
      instanceOptions('/data/ita.duckdb', {
        ITA_DUCKDB_MEMORY: '1.5 GB',
        ITA_DUCKDB_THREADS: '2',
        ITA_DUCKDB_TEMP: '/var/tmp/ita',
      }),
    ).toEqual({ memory_limit: '1.5GB', threads: '2', temp_directory: '/var/tmp/ita' });
  });

  it('gives an in-memory database a spill folder of its own', () => {
    expect(instanceOptions(':memory:', {}, 24 * GB).temp_directory).toBe(
      path.join(os.tmpdir(), `ita-duckdb-spill-${process.pid}`),
    );
  });

  it.each([
    [{ ITA_DUCKDB_MEMORY: 'lots' }, /ITA_DUCKDB_MEMORY='lots' is not a size: write it like 1GB/],
    [{ ITA_DUCKDB_MEMORY: '1024' }, /ITA_DUCKDB_MEMORY='1024' is not a size/],
    [{ ITA_DUCKDB_THREADS: '0' }, /ITA_DUCKDB_THREADS='0' must be a whole number/],
    [{ ITA_DUCKDB_THREADS: 'two' }, /ITA_DUCKDB_THREADS='two' must be a whole number/],
  ])('refuses %o, naming the setting and what it wants', (env, message) => {
    expect(() => instanceOptions('/data/ita.duckdb', env)).toThrow(message);
  });

  it('is accepted by DuckDB, which then reports the limit it was given', async () => {
    const options = instanceOptions(':memory:', {
      ITA_DUCKDB_MEMORY: '300MB',
      ITA_DUCKDB_THREADS: '1',
    });
    const instance = await DuckDBInstance.create(':memory:', options);
    const conn = await instance.connect();
    const rows = (
      await conn.runAndReadAll(
        `SELECT current_setting('memory_limit'), current_setting('threads')::INTEGER`,
      )
    ).getRows();
    conn.closeSync();
    instance.closeSync();
    // DuckDB prints the limit in its own units (300 MB = 286.1 MiB).
    expect(String(rows[0]![0])).toMatch(/^286\.\d MiB$/);
    expect(Number(rows[0]![1])).toBe(1);
  });
});
