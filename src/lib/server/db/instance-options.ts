// DuckDB instance settings from the environment: how much memory DuckDB may hold, its threads, where it spills.
import os from 'node:os';
import path from 'node:path';

/** The settings read, with their meaning (the README's "Memory" section lists them too). */
export interface InstanceEnv {
  /** DuckDB's memory_limit, e.g. 1GB or 512MB; default a quarter of RAM, at most DEFAULT_MEMORY_CAP_MB. */
  ITA_DUCKDB_MEMORY?: string;
  /** DuckDB's threads; default DuckDB's own (one per core). */
  ITA_DUCKDB_THREADS?: string;
  /** The folder DuckDB spills to when a query or write needs more than memory_limit; default <db>.tmp. */
  ITA_DUCKDB_TEMP?: string;
}

/**
 * DuckDB's buffer pool defaults to 80 % of RAM and grows during a large write or query: the server held 2.0-2.4 GB
 * on the national demo. A limit makes DuckDB spill to disk instead; 1 GB keeps the server under 1.5 GB at 10×.
 */
export const DEFAULT_MEMORY_CAP_MB = 1024;

const SIZE = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$/i;

export class InstanceSettingError extends Error {}

/** The DuckDB configuration for an instance on `dbPath` (':memory:' spills to the system's temp folder). */
export function instanceOptions(
  dbPath: string,
  env: InstanceEnv = process.env,
  totalMemBytes: number = os.totalmem(),
): Record<string, string> {
  const options: Record<string, string> = {};
  const memory = env.ITA_DUCKDB_MEMORY;
  if (memory !== undefined && memory !== '') {
    if (!SIZE.test(memory))
      throw new InstanceSettingError(
        `ITA_DUCKDB_MEMORY='${memory}' is not a size: write it like 1GB or 768MB (DuckDB's memory_limit).`,
      );
    options.memory_limit = memory.replace(/\s+/g, '');
  } else {
    const quarterMb = Math.floor(totalMemBytes / 4 / 2 ** 20);
    options.memory_limit = `${Math.max(64, Math.min(DEFAULT_MEMORY_CAP_MB, quarterMb))}MB`;
  }
  const threads = env.ITA_DUCKDB_THREADS;
  if (threads !== undefined && threads !== '') {
    if (!/^\d+$/.test(threads) || Number(threads) < 1)
      throw new InstanceSettingError(
        `ITA_DUCKDB_THREADS='${threads}' must be a whole number of threads ≥ 1.`,
      );
    options.threads = threads;
  }
  const temp = env.ITA_DUCKDB_TEMP;
  if (temp) options.temp_directory = temp;
  // An in-memory database has no file to put <db>.tmp beside: without a folder it could not spill at all. One folder
  // per process, as DuckDB names its spill files the same way in every process.
  else if (dbPath === ':memory:')
    options.temp_directory = path.join(os.tmpdir(), `ita-duckdb-spill-${process.pid}`);
  return options;
}
