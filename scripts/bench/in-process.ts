// Times a named query's own SQL run in this process on DuckDB (no HTTP, no Arrow, no cache): the floor an endpoint is held to.
import type { Database } from '../../src/lib/server/db/database';
import { bindParams } from '../../src/lib/server/queries/query-params';
import type { QuerySpec } from '../../src/lib/server/queries/query-spec';
import { median, timed } from './stats';

/** Median milliseconds of `repeat` runs of the query's SQL with its parameters bound, each on a fresh connection. */
export async function inProcessMs(
  db: Database,
  spec: QuerySpec,
  params: Record<string, string>,
  repeat = 3,
): Promise<number> {
  const bound = bindParams(spec, params);
  const times: number[] = [];
  for (let i = 0; i < repeat; i++)
    times.push(
      (
        await timed(() =>
          db.withConnection((c) => c.runAndReadAll(spec.sql, bound.values, bound.types)),
        )
      )[0],
    );
  return median(times);
}
