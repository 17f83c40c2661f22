// The overview page on the national demo data: chart drawn from Arrow, synthetic data labelled, filters in the URL, no console errors.
import { tableFromIPC } from 'apache-arrow';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath } from './browser';

const baseURL = inject('baseURL');

/** Links inside a chart's SVG whose target starts with prefix (Plot writes xlink:href, which CSS [href] misses). */
const svgLinks = (page: Page, chart: string, prefix: string) =>
  page.evaluate(
    ([sel, pre]) =>
      [...document.querySelectorAll(`${sel} svg a`)].filter((a) =>
        (a.getAttribute('href') ?? '').startsWith(pre!),
      ).length,
    [chart, prefix],
  );
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('overview page', () => {
  it('arrives with the score distribution drawn, fetches no chart data, and has no console errors', async () => {
    const { page, errors } = await openPage(browser);
    // The charts come drawn in the first HTML (issue 12): the browser asks /api/query for nothing.
    const queries: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/query/')) queries.push(r.url());
    });
    await page.goto(`${baseURL}/`);
    await page.waitForLoadState('networkidle');
    expect(queries).toEqual([]);
    const chart = page.locator('#chart-total-distribution[data-status="ready"] svg');
    await chart.first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#chart-total-distribution svg rect').count()).toBeGreaterThan(50);
    await expect(page.locator('h1').textContent()).resolves.toContain('ภาพรวม');
    // The demo is synthetic, and the page says so.
    await expect(page.locator('[data-synthetic="true"]').textContent()).resolves.toContain(
      'ข้อมูลสังเคราะห์',
    );
    // The bundled Thai font is in use, not a system fallback.
    expect(
      await page.evaluate(
        async () => (await document.fonts.ready, document.fonts.check('16px Sarabun', 'ภาพรวม')),
      ),
    ).toBe(true);
    await page.screenshot({ path: screenshotPath('overview-1366'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changes the scope through the URL without adding history entries', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/`);
    await page.locator('#chart-total-distribution[data-status="ready"]').waitFor();
    const before = await page.evaluate(() => history.length);
    const nationRows = Number(
      await page.locator('#chart-total-distribution').getAttribute('data-rows'),
    );
    await page.selectOption('select[name="province"]', '94');
    await page.waitForURL(/province=94/);
    await page.locator('h1', { hasText: 'ปัตตานี' }).waitFor();
    await page.locator('#chart-total-distribution[data-status="ready"]').waitFor();
    const provinceRows = Number(
      await page.locator('#chart-total-distribution').getAttribute('data-rows'),
    );
    expect(provinceRows).toBeLessThan(nationRows);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.screenshot({ path: screenshotPath('overview-province-94'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to English and back', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseURL}/?province=94`);
    await page.click('a.lang');
    await page.locator('h1', { hasText: 'Overview' }).waitFor();
    expect(page.url()).toBe(`${baseURL}/?province=94`);
    await page.locator('#chart-total-distribution[data-status="ready"] svg').first().waitFor();
    await page.screenshot({ path: screenshotPath('overview-en-phone'), fullPage: true });
    await page.click('a.lang');
    await page.locator('h1', { hasText: 'ภาพรวม' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('overview: grades and ranking', () => {
  it('shows levels and ratings by year and ranks the provinces against the target', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/`);
    for (const id of ['#chart-grade-distribution', '#chart-area-ranking'])
      await page.locator(`${id}[data-status="ready"] svg`).first().waitFor({ timeout: 60_000 });
    // Levels AA-F for 2563-2565 and ratings from 2566, with the switch marked.
    await expect(
      page.locator('#chart-grade-distribution svg').last().textContent(),
    ).resolves.toContain('ตั้งแต่ 2566');
    await expect(page.locator('#chart-grade-distribution').textContent()).resolves.toContain(
      'ผ่านดี',
    );
    expect(await page.locator('#chart-grade-distribution svg rect').count()).toBeGreaterThan(20);
    // 76 provinces with SAOs, each bar linking to its province page.
    expect(Number(await page.locator('#chart-area-ranking').getAttribute('data-rows'))).toBe(76);
    expect(await svgLinks(page, '#chart-area-ranking', '/province/')).toBe(76);
    // The latest year (2568) is under the 2566-2570 target: 100 % at 85 or more and a national mean of 89.
    await expect(page.locator('#chart-area-ranking').textContent()).resolves.toContain(
      'เป้าหมาย 100%',
    );
    await expect(page.locator('#chart-area-ranking').textContent()).resolves.toContain(
      'คะแนนเฉลี่ยต่ำกว่าเป้าหมาย 89 คะแนน',
    );
    await expect(page.locator('[data-target="share"]').textContent()).resolves.toContain(
      'เป้าหมายประเทศ 100%',
    );
    await expect(page.locator('[data-target="mean"]').textContent()).resolves.toContain(
      'เป้าหมายคะแนนเฉลี่ย 89',
    );

    await page.selectOption('select[name="province"]', '94');
    await page.waitForURL(/province=94/);
    await page.locator('#chart-area-ranking h2', { hasText: 'อำเภอของจังหวัดปัตตานี' }).waitFor();
    await page.locator('#chart-area-ranking[data-status="ready"] svg').first().waitFor();
    expect(Number(await page.locator('#chart-area-ranking').getAttribute('data-rows'))).toBe(12);
    // A district's bar opens the province page filtered to it.
    const href = await page.locator('#chart-area-ranking svg a').first().getAttribute('href');
    expect(href).toMatch(/^\/province\/94\?(.*&)?district=94\d\d/);
    await page.screenshot({ path: screenshotPath('overview-province-94-charts'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws its first chart soon after navigation', async () => {
    const { page, errors } = await openPage(browser);
    // Once to warm the server's query cache (as any visit before yours would), then measured.
    await page.goto(`${baseURL}/?year=2567`);
    await page.locator('[data-status="ready"] svg').first().waitFor({ timeout: 60_000 });
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(`${baseURL}/?year=2567`);
    await page.locator('[data-status="ready"] svg').first().waitFor({ timeout: 60_000 });
    const ms = Date.now() - started;
    console.log(`overview: first chart drawn ${ms} ms after navigation (warm server cache)`);
    expect(ms).toBeLessThan(10_000);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('query API over HTTP', () => {
  it('serves Arrow that decodes to the same rows as JSON', async () => {
    const arrow = await fetch(`${baseURL}/api/query/org_scores?fiscal_year=2568`);
    const table = tableFromIPC(new Uint8Array(await arrow.arrayBuffer()));
    const json = (await (
      await fetch(`${baseURL}/api/query/org_scores?fiscal_year=2568&format=json`)
    ).json()) as Record<string, unknown>[];
    expect(table.numRows).toBe(json.length);
    expect(table.numRows).toBeGreaterThan(5000);
    const first = table.get(0)!.toJSON();
    expect(first).toEqual(json[0]);
  });
  it('answers a malformed parameter with 400 naming it', async () => {
    const res = await fetch(`${baseURL}/api/query/org_scores?fiscal_year=2568x`);
    expect(res.status).toBe(400);
    expect((await res.json()).param).toBe('fiscal_year');
  });
});
