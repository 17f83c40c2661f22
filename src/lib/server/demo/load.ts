// Loads the synthetic demo set into the database in one transaction, replacing earlier synthetic rows and nothing else.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Database } from '../db/database';
import { frameworksByYear } from '../frameworks/load';
import { DEFAULT_DEMO_SEED, DEMO_VERSION, generateDemo } from './generate';
import { SCALE_SOURCE, scaledOrgs, type DemoOrg } from './scores';
import { SYNTHETIC, writeMeasures, writeReports, writeScores } from './write-synthetic';

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
  /** Limit the set to SAOs of these provinces (2-digit codes): a small database for tests and quick looks. */
  provinces?: readonly string[];
  /** Make the set this many times larger by adding invented copies of each SAO (for benchmarks). Default 1. */
  scale?: number;
}

async function readOrgs(
  conn: DuckDBConnection,
  provinces: readonly string[] | undefined,
): Promise<DemoOrg[]> {
  const r = await conn.runAndReadAll(
    `SELECT code, province_code, short_name_th FROM org WHERE type = 'sao' AND source <> $scaled ORDER BY code`,
    { scaled: SCALE_SOURCE },
  );
  const orgs = r.getRows().map(([code, province, name]) => ({
    code: String(code),
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
    `INSERT INTO org SELECT n.code, o.name_th || ' ' || n.k, o.short_name_th || ' ' || n.k, o.type, NULL,
       o.tambon_th || ' ' || n.k, o.district_code, o.district_th, o.province_code, o.province_th, o.region, $scaled
     FROM demo_scaled_in n JOIN org o ON o.code = n.of_code`,
    { scaled: SCALE_SOURCE },
  );
  await conn.run('DROP TABLE demo_scaled_in');
}

/**
 * Generates the national demo set for `seed` and writes it in one transaction: synthetic scores, reports and
 * measures are replaced; imported and report-derived rows are never touched. Skips when this seed, version
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
  const data = generateDemo(orgs, frameworksByYear(), seed);
  const t0 = performance.now();
  const counts = await db.transaction(async (c) => {
    await replaceScaledOrgs(c, orgs);
    const written: DemoCounts = {
      scope,
      orgs: orgs.length,
      scores: await writeScores(c, data.scores),
      reports: await writeReports(c, data.scores),
      measures: await writeMeasures(c, data.measures),
    };
    await c.run(
      `INSERT INTO import_batch (hash, file_name, kind, loaded_at, counts)
       VALUES ($hash, $file, 'demo', now()::TIMESTAMP, $counts)
       ON CONFLICT (hash) DO UPDATE SET file_name = excluded.file_name, loaded_at = excluded.loaded_at, counts = excluded.counts`,
      { hash: demoBatchHash(seed), file: `demo seed ${seed}`, counts: JSON.stringify(written) },
    );
    return written;
  });
  return {
    seed,
    version: DEMO_VERSION,
    skipped: false,
    counts,
    timings: { ...data.timings, loadMs: performance.now() - t0 },
  };
}
