// Runs named queries from queries/*.sql with validated, bound parameters; results as Arrow tables, cached per data version.
import fs from 'node:fs';
import type { Table } from 'apache-arrow';
import type { Database } from '../db/database';
import { projectPath } from '../paths';
import { resultToArrow } from './duckdb-to-arrow';
import { bindParams, QueryParamError } from './query-params';
import { loadQuerySpecs, type QuerySpec } from './query-spec';

export class UnknownQueryError extends Error {}

export interface QueryResult {
  table: Table;
  spec: QuerySpec;
  dataVersion: number;
  cached: boolean;
}

const CACHE_LIMIT = 500;

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
  private readonly cache = new Map<string, Table>();

  constructor(
    private readonly db: Database,
    readonly specs: Map<string, QuerySpec>,
    private readonly useCache: boolean = queryCacheEnabled(),
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

  /** Validates params (QueryParamError on a bad one), runs the query or returns the cached table for this data version. */
  async run(name: string, params: Record<string, string | undefined> = {}): Promise<QueryResult> {
    const spec = this.spec(name);
    const bound = bindParams(spec, params);
    const version = await this.db.dataVersion();
    const key = `${version}|${name}|${bound.key}`;
    const hit = this.useCache ? this.cache.get(key) : undefined;
    if (hit) {
      // Refresh its place so the least recently used entry is evicted first.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return { table: hit, spec, dataVersion: version, cached: true };
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
      if (this.useCache) this.cache.set(key, table);
      if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
      return { table, spec, dataVersion: version, cached: false };
    });
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
