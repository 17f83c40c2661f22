// Times the export of every registered chart on the national demo data: each format, first run (queries not yet
// cached) and repeats (cached queries, so rendering alone). Run: ITA_DB=<demo db> npx tsx scripts/bench-export.ts
// Target: under a second per chart and format.
import { openDatabase } from '../src/lib/server/db/database';
import { databasePath } from '../src/lib/server/paths';
import { queryRunner } from '../src/lib/server/queries/query-runner';
import {
  CHART_FORMATS,
  exportChartFile,
  prepareChart,
} from '../src/lib/server/export/chart-export';
import { CHART_REGISTRY, chartIds } from '../src/lib/server/export/chart-registry';

const REPEATS = Number(process.env.REPEATS ?? 5);
const db = await openDatabase(databasePath());
const runner = queryRunner(db);
const now = new Date();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

// Fonts, jsdom and resvg load once per process; time that apart from the charts.
let t = performance.now();
await exportChartFile(
  await prepareChart(runner, 'pass-share-trend', new URLSearchParams(), { lang: 'th', now }),
  'png',
);
console.log(`start-up (fonts, jsdom, resvg, first query): ${ms(performance.now() - t)}`);

// The national view, except for charts about one organisation or one province (อบต.จะรัง, ปัตตานี).
const VIEW_PARAMS: Record<string, string> = { org: 'org=940917', code: 'code=940917' };
const views: Record<string, string> = Object.fromEntries(
  chartIds().map((id) => {
    const own = Object.keys(CHART_REGISTRY.get(id)!.params ?? {});
    return [
      id,
      own
        .map((k) => VIEW_PARAMS[k] ?? '')
        .filter(Boolean)
        .join('&'),
    ];
  }),
);
let worst = 0;
console.log(`\n${'chart'.padEnd(34)} ${'view'.padEnd(28)} format   first    median of ${REPEATS}`);
for (const id of chartIds()) {
  const search = views[id] ?? '';
  for (const format of [...CHART_FORMATS, 'png@2x'] as const) {
    const times: number[] = [];
    for (let i = 0; i <= REPEATS; i++) {
      t = performance.now();
      const chart = await prepareChart(runner, id, new URLSearchParams(search), {
        lang: 'th',
        now,
      });
      if (format === 'png@2x') chart.options.scale = 2;
      const file = await exportChartFile(chart, format === 'png@2x' ? 'png' : format);
      if (!file.body.length) throw new Error(`${id}.${format} is empty`);
      times.push(performance.now() - t);
    }
    const [first, ...rest] = times;
    worst = Math.max(worst, first!, ...rest);
    console.log(
      `${id.padEnd(34)} ${(search || '(nation)').padEnd(28)} ${format.padEnd(7)} ${ms(first!)} ${ms(median(rest))}`,
    );
  }
}
console.log(
  `\nslowest single export: ${ms(worst)} ${worst < 1000 ? '(under a second)' : '(OVER A SECOND)'}`,
);
db.close();
