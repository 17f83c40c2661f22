// Times the export of every registered chart on the national demo data, per format: the first export (queries not yet
// cached), then repeats with cached queries but nothing else cached (the render cache is cleared), as wall time and as
// this process's CPU time (what the export costs without other processes competing for the cores), and finally a
// repeat served from the render cache. Run: ITA_DB=<demo db> npx tsx scripts/bench-export.ts. Target: under a second.
import { openDatabase } from '../src/lib/server/db/database';
import { databasePath } from '../src/lib/server/paths';
import { queryRunner } from '../src/lib/server/queries/query-runner';
import {
  CHART_FORMATS,
  clearRenderCache,
  exportChartFile,
  prepareChart,
} from '../src/lib/server/export/chart-export';
import { chartIds } from '../src/lib/server/export/chart-registry';

const REPEATS = Number(process.env.REPEATS ?? 5);
const db = await openDatabase(databasePath());
const runner = queryRunner(db);
const now = new Date();

// The national view, except where a chart has no national form: the province with the most organisations
// (นครราชสีมา, 30) for the province page, อบต.จะรัง for the organisation page, three SAOs for the compare page.
const VIEWS: Record<string, string> = {
  'province-org-totals': 'province=30',
  'province-districts': 'province=30',
  'org-total-trend': 'org=6940907',
  'org-indicator-benchmark': 'org=6940907',
  'org-completion': 'org=6940907',
  'org-measure-status': 'org=6940907',
  'compare-indicator-profile': 'orgs=6940907,6940108,6940104',
  'compare-total-trend': 'orgs=6940907,6940108,6940104',
  'compare-completion': 'orgs=6940907,6940108,6940104',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(5)}`;

async function once(id: string, format: string): Promise<{ wall: number; cpu: number }> {
  const t = performance.now();
  const c = process.cpuUsage();
  const chart = await prepareChart(runner, id, new URLSearchParams(VIEWS[id] ?? ''), {
    lang: 'th',
    now,
  });
  if (format === 'png@2x') chart.options.scale = 2;
  const file = await exportChartFile(chart, (format === 'png@2x' ? 'png' : format) as 'png');
  if (!file.body.length) throw new Error(`${id}.${format} is empty`);
  const used = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

// Fonts, jsdom and resvg load once per process; time that apart from the charts.
const start = await once('pass-share-trend', 'png');
console.log(`start-up (fonts, jsdom, resvg, first queries): ${ms(start.wall)} ms`);
console.log(
  `\nms: first = cold queries; wall/cpu = median of ${REPEATS} with queries cached, nothing rendered; cached = render cache hit\n`,
);
console.log(`${'chart'.padEnd(28)} ${'view'.padEnd(26)} format  first  wall   cpu cached`);
let worstWall = 0;
let worstCpu = 0;
for (const id of chartIds()) {
  for (const format of [...CHART_FORMATS, 'png@2x']) {
    clearRenderCache();
    const first = await once(id, format);
    const runs: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < REPEATS; i++) {
      clearRenderCache();
      runs.push(await once(id, format));
    }
    const cached = await once(id, format);
    const wall = median(runs.map((r) => r.wall));
    const cpu = median(runs.map((r) => r.cpu));
    worstWall = Math.max(worstWall, wall);
    worstCpu = Math.max(worstCpu, cpu);
    console.log(
      `${id.padEnd(28)} ${(VIEWS[id] ?? '(nation)').padEnd(26)} ${format.padEnd(7)}${ms(first.wall)}${ms(wall)}${ms(cpu)}${ms(cached.wall)}`,
    );
  }
}
console.log(
  `\nslowest median export: wall ${ms(worstWall)} ms, cpu ${ms(worstCpu)} ms ${worstCpu < 1000 ? '(under a second of work)' : '(OVER A SECOND)'}`,
);
db.close();
