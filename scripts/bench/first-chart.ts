// The first chart a reader sees: for each page, a fresh browser context navigates and we time when a chart's SVG is
// in the document and painted (max of first contentful paint and the node's arrival), count the JavaScript the page
// loads (compressed bytes over the wire), and check the chart is there with JavaScript off.
// Standalone: `npx tsx scripts/bench/first-chart.ts <base URL> <path> [<path> …]` (to compare two builds).
import { chromium, type Browser } from 'playwright-core';
import type { Sample } from './page-requests';
import type { Verdict } from './results';
import { median } from './stats';

export interface FirstChartResult {
  page: string;
  path: string;
  /** Median ms from navigation start until the first chart's SVG is present and the page has painted. */
  firstChartMs: number;
  runs: number[];
  /** Compressed bytes of JavaScript transferred for one visit (scripts and module preloads). */
  jsBytes: number;
  /** A chart's SVG is in the page with JavaScript disabled. */
  withoutJs: boolean;
}

const CHART = 'figure.chart svg';

const WATCH = `(() => {
  window.__firstChart = null;
  const check = () => {
    if (window.__firstChart === null && document.querySelector(${JSON.stringify(CHART)}))
      window.__firstChart = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

/**
 * JavaScript each page loaded before the one-chart design (commit 6b726a1, compressed bytes, measured with this file
 * on the national demo): the target is less on every page.
 */
export const JS_BEFORE_KB: Record<string, number> = {
  overview: 184.0,
  indicators: 180.9,
  measures: 188.3,
  changes: 183.7,
  compare: 145.8,
  org: 193.1,
  province: 152.8,
};

/** First-chart target: visible within this many ms of navigation on every page. */
export const FIRST_CHART_TARGET_MS = 500;

/** One view of each page with charts, drawn from the sample like the page requests. */
export function firstChartPages(s: Sample): { page: string; path: string }[] {
  const province = s.districts[0]!.slice(0, 2);
  const [a, b, c] = s.orgs;
  return [
    { page: 'overview', path: `/?province=${province}` },
    { page: 'indicators', path: `/indicators?province=${province}` },
    { page: 'measures', path: `/measures?province=${province}` },
    { page: 'changes', path: `/changes?province=${province}` },
    { page: 'compare', path: `/compare?orgs=${a},${b},${c}` },
    { page: 'org', path: `/org/${a}` },
    { page: 'province', path: `/province/${province}` },
  ];
}

export function firstChartLine(r: FirstChartResult): string {
  return `${r.path}: first chart ${r.firstChartMs.toFixed(0)} ms (runs ${r.runs.map((x) => x.toFixed(0)).join(' ')}), JS ${(r.jsBytes / 1024).toFixed(1)} kB, without JS: ${r.withoutJs ? 'chart shown' : 'no chart'}`;
}

export function firstChartVerdicts(results: FirstChartResult[]): Omit<Verdict, 'dataset'>[] {
  const worst = results.reduce((w, r) => (r.firstChartMs > w.firstChartMs ? r : w));
  const heavier = results.filter((r) => r.jsBytes / 1024 >= (JS_BEFORE_KB[r.page] ?? Infinity));
  return [
    {
      what: 'first chart visible after navigation, median per page (fresh browser, warm server)',
      measured: `worst ${worst.page} ${worst.firstChartMs.toFixed(0)} ms`,
      target: `≤ ${FIRST_CHART_TARGET_MS} ms on every page`,
      met: worst.firstChartMs <= FIRST_CHART_TARGET_MS,
      values: Object.fromEntries(results.map((r) => [r.page, r.firstChartMs])),
    },
    {
      what: 'chart in the first HTML (JavaScript disabled)',
      measured: `${results.filter((r) => r.withoutJs).length} of ${results.length} pages`,
      target: 'every page',
      met: results.every((r) => r.withoutJs),
    },
    {
      what: 'JavaScript per page, compressed, against 6b726a1',
      measured: results
        .map((r) => `${r.page} ${(r.jsBytes / 1024).toFixed(0)} kB (was ${JS_BEFORE_KB[r.page]})`)
        .join(', '),
      target: 'less on every page',
      met: heavier.length === 0,
      values: Object.fromEntries(results.map((r) => [r.page, r.jsBytes])),
    },
  ];
}

async function visit(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(CHART).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return await page.evaluate(() => {
      const w = window as unknown as { __firstChart: number | null };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const js = performance
        .getEntriesByType('resource')
        .filter((r) => /\.m?js(\?|$)/.test(r.name))
        .reduce((n, r) => n + (r as PerformanceResourceTiming).transferSize, 0);
      return { ms: Math.max(fcp, w.__firstChart ?? Infinity), js };
    });
  } finally {
    await context.close();
  }
}

async function withoutJavaScript(browser: Browser, url: string): Promise<boolean> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return (await page.locator(CHART).count()) > 0;
  } finally {
    await context.close();
  }
}

export async function measureFirstCharts(
  base: string,
  pages: { page: string; path: string }[],
  runs = 5,
): Promise<FirstChartResult[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  try {
    const out: FirstChartResult[] = [];
    for (const { page, path } of pages) {
      const url = base + path;
      await visit(browser, url); // warm the server's caches for this view
      const times: number[] = [];
      let js = 0;
      for (let i = 0; i < runs; i++) {
        const r = await visit(browser, url);
        times.push(r.ms);
        js = r.js;
      }
      out.push({
        page,
        path,
        firstChartMs: median(times),
        runs: times,
        jsBytes: js,
        withoutJs: await withoutJavaScript(browser, url),
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base, ...paths] = process.argv.slice(2);
  if (!base || paths.length === 0) {
    console.error('usage: npx tsx scripts/bench/first-chart.ts <base URL> <path> [<path> …]');
    process.exit(2);
  }
  const results = await measureFirstCharts(
    base,
    paths.map((p) => ({ page: p, path: p })),
  );
  for (const r of results)
    console.log(
      `${r.path}\tfirst chart ${r.firstChartMs.toFixed(0)} ms (runs ${r.runs.map((x) => x.toFixed(0)).join(' ')})\tJS ${(r.jsBytes / 1024).toFixed(1)} kB\twithout JS: ${r.withoutJs ? 'chart shown' : 'no chart'}`,
    );
}
