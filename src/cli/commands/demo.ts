// ita demo: load the national synthetic demo set (scores 2563-2568, measures and their rounds) for a seed.
import { UsageError, flag, hasFlag } from '../args';
import type { Command } from '../command';
import { databaseUnlessServed } from '../dashboard';
import { DEFAULT_DEMO_SEED } from '../../lib/server/demo/generate';
import { loadDemo } from '../../lib/server/demo/load';
import { ingestFiles } from '../../lib/server/ingest/ingest';
import { projectPath } from '../../lib/server/paths';
import { phaseProgress, type PhaseProgress } from '../progress';

function parseSeed(text: string | undefined): number {
  if (text === undefined) return DEFAULT_DEMO_SEED;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new UsageError(`--seed must be a whole number ≥ 0, not '${text}'`);
  return seed;
}

function parseScale(text: string | undefined): number {
  if (text === undefined) return 1;
  const scale = Number(text);
  if (!Number.isInteger(scale) || scale < 1 || scale > 100)
    throw new UsageError(`--scale must be a whole number from 1 to 100, not '${text}'`);
  return scale;
}

function parseProvinces(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const codes = text.split(',').map((c) => c.trim());
  const bad = codes.filter((c) => !/^\d{2}$/.test(c));
  if (bad.length)
    throw new UsageError(
      `--province takes 2-digit province codes separated by commas (94,33), not '${bad.join(',')}'`,
    );
  return codes;
}

export const demo: Command = {
  name: 'demo',
  summary:
    'Load synthetic demo scores and measures for every local government: demo [--seed N] [--force] [--scale N]',
  usage: `ita demo [--seed N] [--force] [--province 94,33] [--scale N]

Generates synthetic ITA scores for every local government in the registry (อบต., เทศบาล,
อบจ., เมืองพัทยา) for each framework year (2563-2568), calibrated per type and year to the
NACC's published figures, and 4-12 synthetic measures per
organisation-year with their 6- and 12-month monitoring rounds, and writes them in one
transaction, a few thousand organisations at a time (so memory stays bounded at any --scale;
a bar shows the progress on a terminal). Rows marked 'synthetic' are replaced; imported and report data are never touched,
and take precedence over synthetic data for the same organisation-year. The real sample
reports in data/reports/ are ingested too (idempotent).

  --seed N          the seed (default ${DEFAULT_DEMO_SEED}); the same seed always gives the same data
  --force           reload even when this seed is already loaded
  --province CODES  only the local governments of these provinces (2-digit codes), for a small database
  --scale N         N times larger, for benchmarks: N - 1 invented copies of each organisation in its
                    district (code 6940907-2, name จะรัง 2), with their own scores and measures; a later load
                    without --scale removes them`,
  booleanFlags: ['force'],
  async run(args) {
    const seed = parseSeed(flag(args, 'seed'));
    const provinces = parseProvinces(flag(args, 'province'));
    const scale = parseScale(flag(args, 'scale'));
    const db = await databaseUnlessServed('demo');
    const t0 = performance.now();
    // The total is known once the organisations are read, so the bar starts with the first batch written.
    let progress: PhaseProgress | null = null;
    const r = await loadDemo(db, {
      seed,
      force: hasFlag(args, 'force'),
      provinces,
      scale,
      onProgress: (done, total) => {
        progress ??= phaseProgress({
          phases: [{ id: 'write', label: 'organisations / อปท.' }],
          total,
        });
        progress.update('write', done);
      },
    }).finally(() => progress?.stop());
    const total = performance.now() - t0;
    // The real sample reports load with the demo data; their measures replace the synthetic ones of their organisations.
    const reports = await ingestFiles(db, [projectPath('data', 'reports')]);
    db.close();
    const c = r.counts;
    console.log(`database: ${db.path}`);
    console.log(
      `demo seed ${r.seed}, generator version ${r.version}${provinces ? `, provinces ${provinces.join(',')}` : ''}${scale > 1 ? `, scale ×${scale}` : ''}`,
    );
    if (r.skipped) {
      console.log('already loaded: nothing written (use --force to reload) / โหลดไว้แล้ว');
    } else {
      console.log('written in one transaction / บันทึกเรียบร้อย');
    }
    console.log(
      `organisations: ${c.orgs}, score rows: ${c.scores}, reports: ${c.reports}, measure rows: ${c.measures}`,
    );
    if (!r.skipped) {
      const ms = (x: number) => `${(x / 1000).toFixed(1)} s`;
      console.log(
        `time: generate scores ${ms(r.timings.scoresMs)}, generate measures ${ms(r.timings.measuresMs)}, ` +
          `load ${ms(r.timings.loadMs)}, total ${ms(total)}`,
      );
    }
    const loaded = reports.loaded.length + reports.loadedWithWarnings.length;
    console.log(
      `real sample reports (data/reports): ${loaded} loaded, ${reports.unchanged.length} already loaded, ${reports.failed.length} failed`,
    );
    for (const f of reports.failed) console.error(`  ${f.file}: ${f.reason}`);
    return reports.failed.length > 0 ? 1 : 0;
  },
};
