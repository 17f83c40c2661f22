// Loads the synthetic demo set into the database in one transaction, batch by batch, replacing earlier synthetic rows and nothing else.
import type { DuckDBConnection } from '@duckdb/node-api';
import { recordAudit } from '../audit/record';
import { cliActor, type Actor } from '../auth/actor';
import type { Database } from '../db/database';
import { frameworksByYear } from '../frameworks/load';
import { DEFAULT_DEMO_SEED, DEMO_BATCH_ORGS, DEMO_VERSION, generateDemoBatches } from './generate';
import { SCALE_SOURCE, scaledOrgs, type DemoOrg } from './scores';
import {
  beginSyntheticLoad,
  endSyntheticLoad,
  SYNTHETIC,
  writeMeasures,
  writeReports,
  writeScores,
} from './write-synthetic';

export interface DemoCounts {
  /** 'all' or the province codes the set was limited to, comma-separated. */
  scope: string;
  orgs: number;
  scores: number;
  reports: number;
  measures: number;
}

export interface DemoLoadResult {
  seed: number;
  version: string;
  /** True when this seed and version were already loaded and nothing was written. */
  skipped: boolean;
  counts: DemoCounts;
  timings: { scoresMs: number; measuresMs: number; loadMs: number };
}

export const demoBatchHash = (seed: number): string => `demo:${seed}:${DEMO_VERSION}`;

export interface DemoOptions {
  /** Default DEFAULT_DEMO_SEED. */
  seed?: number;
  /** Reload even when this seed and version are already in place. */
  force?: boolean;
  /** Limit the set to the local governments of these provinces (2-digit codes): a small database for tests and quick looks. */
  provinces?: readonly string[];
  /** Make the set this many times larger by adding invented copies of each organisation (for benchmarks). Default 1. */
  scale?: number;
  /** Organisations generated and written per batch (default DEMO_BATCH_ORGS); the rows do not depend on it. */
  batchOrgs?: number;
  /** Called after each batch is written, inside the transaction: an error thrown here undoes the whole load. */
  onProgress?: (orgsDone: number, orgsTotal: number) => void;
  /** Who writes, for the audit log (default: the command line's user). */
  actor?: Actor;
}

/** Every local government of the registry (all six types); imported agencies of type `other` get no demo data. */
async function readOrgs(
  conn: DuckDBConnection,
  provinces: readonly string[] | undefined,
): Promise<DemoOrg[]> {
  const r = await conn.runAndReadAll(
    `SELECT code, type, province_code, short_name_th FROM org
     WHERE type <> 'other' AND source <> $scaled ORDER BY code`,
    { scaled: SCALE_SOURCE },
  );
  const orgs = r.getRows().map(([code, type, province, name]) => ({
    code: String(code),
    type: String(type) as DemoOrg['type'],
    province_code: String(province ?? ''),
    short_name_th: String(name),
  }));
  return provinces ? orgs.filter((o) => provinces.includes(o.province_code)) : orgs;
}

/** The counts of the demo batch already in place for this seed and version, when its scores are all still there. */
async function alreadyLoaded(
  conn: DuckDBConnection,
  seed: number,
  scope: string,
  orgs: number,
): Promise<DemoCounts | null> {
  const last = (
    await conn.runAndReadAll(
      `SELECT hash, counts FROM import_batch WHERE kind = 'demo' ORDER BY loaded_at DESC, hash LIMIT 1`,
    )
  ).getRows()[0];
  if (!last || String(last[0]) !== demoBatchHash(seed)) return null;
  const counts = JSON.parse(String(last[1])) as DemoCounts;
  if (counts.scope !== scope || counts.orgs !== orgs) return null;
  const have = (
    await conn.runAndReadAll(`SELECT count(*) FROM score WHERE source = $s`, { s: SYNTHETIC })
  ).getRows()[0]![0];
  return Number(have) === counts.scores ? counts : null;
}

/** Replaces the invented copies `scale` adds to the org table with the ones in orgs (none when scale is 1). */
async function replaceScaledOrgs(conn: DuckDBConnection, orgs: readonly DemoOrg[]): Promise<void> {
  await conn.run(`DELETE FROM org WHERE source = $scaled`, { scaled: SCALE_SOURCE });
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE demo_scaled_in (code VARCHAR, of_code VARCHAR, k VARCHAR)`,
  );
  const app = await conn.createAppender('demo_scaled_in', 'main', 'temp');
  for (const o of orgs) {
    const m = /^(.*)-(\d+)$/.exec(o.code);
    if (!m) continue;
    app.appendVarchar(o.code);
    app.appendVarchar(m[1]!);
    app.appendVarchar(m[2]!);
    app.endRow();
  }
  app.closeSync();
  await conn.run(
    `INSERT INTO org BY NAME
     SELECT n.code AS code, o.name_th || ' ' || n.k AS name_th, o.short_name_th || ' ' || n.k AS short_name_th,
       o.type AS type, NULL AS tambon_code, o.tambon_th || ' ' || n.k AS tambon_th, o.district_code AS district_code,
       o.district_th AS district_th, o.province_code AS province_code, o.province_th AS province_th,
       o.region AS region, $scaled AS source, o.lat AS lat, o.lon AS lon, o.area_km2 AS area_km2
     FROM demo_scaled_in n JOIN org o ON o.code = n.of_code`,
    { scaled: SCALE_SOURCE },
  );
  await conn.run('DROP TABLE demo_scaled_in');
}

/**
 * Generates the national demo set for `seed` and writes it in one transaction, DEMO_BATCH_ORGS organisations at a
 * time: synthetic scores, reports and measures are replaced; imported and report-derived rows are never touched. Skips when this seed, version
 * and scope are already loaded, unless `force`. A province-limited load replaces the whole synthetic set.
 */
export async function loadDemo(db: Database, options: DemoOptions = {}): Promise<DemoLoadResult> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  const scope =
    (options.provinces ? [...options.provinces].sort().join(',') : 'all') +
    (scale > 1 ? ` ×${scale}` : '');
  const { orgs, loaded } = await db.withConnection(async (c) => {
    const orgs = scaledOrgs(await readOrgs(c, options.provinces), scale);
    return {
      orgs,
      loaded: options.force ? null : await alreadyLoaded(c, seed, scope, orgs.length),
    };
  });
  if (loaded) {
    return {
      seed,
      version: DEMO_VERSION,
      skipped: true,
      counts: loaded,
      timings: { scoresMs: 0, measuresMs: 0, loadMs: 0 },
    };
  }
  const timings = { scoresMs: 0, measuresMs: 0, loadMs: 0 };
  const t0 = performance.now();
  // One transaction over every batch: a load that fails part-way leaves the database as it was. Only one batch is
  // in memory at a time; DuckDB keeps the transaction's rows within its memory_limit (instance-options.ts).
  const counts = await db.transaction(async (c) => {
    await replaceScaledOrgs(c, orgs);
    await beginSyntheticLoad(
      c,
      orgs.map((o) => o.code),
    );
    const written: DemoCounts = { scope, orgs: orgs.length, scores: 0, reports: 0, measures: 0 };
    let done = 0;
    const batches = generateDemoBatches(
      orgs,
      frameworksByYear(),
      seed,
      options.batchOrgs ?? DEMO_BATCH_ORGS,
    );
    for (const batch of batches) {
      timings.scoresMs += batch.timings.scoresMs;
      timings.measuresMs += batch.timings.measuresMs;
      written.scores += await writeScores(c, batch.scores);
      written.reports += await writeReports(c, batch.scores);
      written.measures += await writeMeasures(c, batch.measures);
      done += batch.orgs;
      options.onProgress?.(done, orgs.length);
    }
    await endSyntheticLoad(c);
    await c.run(
      `INSERT INTO import_batch (hash, file_name, kind, loaded_at, counts)
       VALUES ($hash, $file, 'demo', now()::TIMESTAMP, $counts)
       ON CONFLICT (hash) DO UPDATE SET file_name = excluded.file_name, loaded_at = excluded.loaded_at, counts = excluded.counts`,
      { hash: demoBatchHash(seed), file: `demo seed ${seed}`, counts: JSON.stringify(written) },
    );
    await recordAudit(c, options.actor ?? cliActor(), {
      action: 'demo_load',
      orgCodes: orgs.map((o) => o.code),
      provinceCodes: [...new Set(orgs.map((o) => o.province_code))],
      file: { hash: demoBatchHash(seed), name: `demo seed ${seed}` },
      counts: { ...written },
      message: `synthetic demo data, seed ${seed}, generator ${DEMO_VERSION}, scope ${scope}`,
    });
    return written;
  });
  timings.loadMs = performance.now() - t0 - timings.scoresMs - timings.measuresMs;
  return {
    seed,
    version: DEMO_VERSION,
    skipped: false,
    counts,
    timings,
  };
}
