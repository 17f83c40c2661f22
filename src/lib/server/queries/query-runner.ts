// Runs named queries from queries/*.sql with validated, bound parameters; results as Arrow tables, cached per data version.
import fs from 'node:fs';
import type { Table } from 'apache-arrow';
import type { Database } from '../db/database';
import { projectPath } from '../paths';
import { resultToArrow } from './duckdb-to-arrow';
import { bindParams, QueryParamError } from './query-params';
import { loadQuerySpecs, type QuerySpec } from './query-spec';
import type { RowsTable } from '../../queries/rows';
import type { QueryName, QueryParams, QueryRows } from '../../queries/types';

export class UnknownQueryError extends Error {}

export interface QueryResult<R = Record<string, unknown>> {
  /** The rows as Arrow; tableToRows(table) gives R[] (the query's generated row type when run by a known name). */
  table: RowsTable<R>;
  spec: QuerySpec;
  dataVersion: number;
  cached: boolean;
}

const CACHE_LIMIT = 500;

/** Parameters as the URL would give them: typed callers may pass numbers, booleans and null (= absent). */
function asText(
  params: Record<string, string | number | boolean | null | undefined>,
): Record<string, string | undefined> {
  const text: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(params))
    text[k] = v === null || v === undefined ? undefined : String(v);
  return text;
}

/**
 * The cache's bound in bytes of Arrow buffers (ITA_QUERY_CACHE_MB, default 128): an entry count alone does not bound
 * memory, as one year's org_scores at 10x is several MB; a table larger than the bound is not cached.
 */
export const queryCacheBytes = (env: Record<string, string | undefined> = process.env): number => {
  const mb = Number(env.ITA_QUERY_CACHE_MB ?? 128);
  return (Number.isFinite(mb) && mb >= 0 ? mb : 128) * 2 ** 20;
};

const tableBytes = (table: Table): number =>
  table.batches.reduce((sum, batch) => sum + batch.data.byteLength, 0);

/**
 * ITA_QUERY_CACHE=off makes every call run its SQL: the benchmark (scripts/bench.ts) measures uncached page times
 * on a running server this way. Anything else, or unset, keeps the cache.
 */
export const queryCacheEnabled = (env: Record<string, string | undefined> = process.env): boolean =>
  env.ITA_QUERY_CACHE !== 'off';

/**
 * ITA_QUERY_LOG=<file> appends one JSON line per query run (name, parameters, SQL and conversion ms, rows): how the
 * slowest named queries of a page are found on a running server.
 */
const queryLog = process.env.ITA_QUERY_LOG;

export class QueryRunner {
  private readonly cache = new Map<string, { table: Table; bytes: number }>();
  private cachedBytes = 0;

  constructor(
    private readonly db: Database,
    readonly specs: Map<string, QuerySpec>,
    private readonly useCache: boolean = queryCacheEnabled(),
    private readonly maxBytes: number = queryCacheBytes(),
  ) {}

  /** Whether results are kept between calls (off on a server started with ITA_QUERY_CACHE=off). */
  get caching(): boolean {
    return this.useCache;
  }

  /** The database's data version: cached results and anything derived from them are valid while it holds. */
  dataVersion(): Promise<number> {
    return this.db.dataVersion();
  }

  spec(name: string): QuerySpec {
    const spec = this.specs.get(name);
    if (!spec)
      throw new UnknownQueryError(
        `Unknown query '${name}'. Known queries: ${[...this.specs.keys()].join(', ')}`,
      );
    return spec;
  }

  /**
   * Validates params (QueryParamError on a bad one), runs the query or returns the cached table for this data version.
   * Called with a query's name as a literal, params and rows are that query's generated types (src/lib/queries/types.ts);
   * with any string (the HTTP endpoint, the CLI), they are plain records.
   */
  run<N extends QueryName>(name: N, params?: QueryParams[N]): Promise<QueryResult<QueryRows[N]>>;
  run(name: string, params?: Record<string, string | undefined>): Promise<QueryResult>;
  async run(
    name: string,
    params: Record<string, string | number | boolean | null | undefined> = {},
  ): Promise<QueryResult> {
    const spec = this.spec(name);
    const bound = bindParams(spec, asText(params));
    const version = await this.db.dataVersion();
    const key = `${version}|${name}|${bound.key}`;
    const hit = this.useCache ? this.cache.get(key) : undefined;
    if (hit) {
      // Refresh its place so the least recently used entry is evicted first.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return { table: hit.table, spec, dataVersion: version, cached: true };
    }
    return this.db.withConnection(async (conn) => {
      const t0 = performance.now();
      const result = await conn.run(spec.sql, bound.values, bound.types);
      const t1 = performance.now();
      const table = resultToArrow(result);
      if (queryLog) {
        const line = { name, params: bound.key, sqlMs: t1 - t0, arrowMs: performance.now() - t1 };
        fs.appendFileSync(queryLog, JSON.stringify({ ...line, rows: table.numRows }) + '\n');
      }
      if (this.useCache) this.remember(key, table);
      return { table, spec, dataVersion: version, cached: false };
    });
  }

  /** Caches a table, evicting the least recently used entries beyond CACHE_LIMIT entries or maxBytes. */
  private remember(key: string, table: Table): void {
    const bytes = tableBytes(table);
    if (bytes > this.maxBytes) return;
    const old = this.cache.get(key);
    if (old) this.cachedBytes -= old.bytes;
    this.cache.delete(key);
    this.cache.set(key, { table, bytes });
    this.cachedBytes += bytes;
    for (const [oldest, entry] of this.cache) {
      if (this.cache.size <= CACHE_LIMIT && this.cachedBytes <= this.maxBytes) break;
      this.cache.delete(oldest);
      this.cachedBytes -= entry.bytes;
    }
  }

  /** How many tables and bytes the cache holds now. */
  get cacheSize(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cachedBytes };
  }
}

export { QueryParamError };

const runners = new WeakMap<Database, QueryRunner>();

/** The runner for a database, with the query files read once. */
export function queryRunner(db: Database, dir: string = projectPath('queries')): QueryRunner {
  let r = runners.get(db);
  if (!r) {
    r = new QueryRunner(db, loadQuerySpecs(dir));
    runners.set(db, r);
  }
  return r;
}
