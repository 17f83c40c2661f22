// The change page on the national demo data: every chart drawn, the pair of years and the area in the URL, the level/rating boundary said, no console errors.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CHARTS = [
  '#chart-change-orgs',
  '#chart-change-histogram',
  '#chart-change-indicators',
  '#chart-change-transitions',
];

async function chartsReady(page: Page) {
  for (const id of CHARTS)
    await page.locator(`${id}[data-status="ready"] svg`).first().waitFor({ timeout: 60_000 });
}
/** Links Plot draws inside a chart (it sets xlink:href, which CSS attribute selectors without a namespace miss). */
const linksIn = (page: Page, id: string, prefix: string) =>
  page.evaluate(
    ([sel, pre]) =>
      [...document.querySelectorAll(`${sel} svg a`)].filter((a) =>
        (
          a.getAttribute('href') ??
          a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ??
          ''
        ).startsWith(pre),
      ).length,
    [id, prefix] as const,
  );
const rowsOf = async (page: Page, id: string) =>
  Number(await page.locator(id).getAttribute('data-rows'));

describe('changes page', () => {
  it('draws every chart for the latest pair of years, with movers, direction counts and the threshold', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/changes`);
    await chartsReady(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('2567 → 2568');
    // The whole country is too many for arrows: 15 biggest gainers and 15 biggest decliners.
    expect(await rowsOf(page, '#chart-change-orgs')).toBe(30);
    await expect(page.locator('#chart-change-orgs').textContent()).resolves.toContain(
      'แสดงเฉพาะ 15',
    );
    expect(await page.locator('#movers-gainers tbody tr').count()).toBe(10);
    expect(await page.locator('#movers-decliners tbody tr').count()).toBe(10);
    expect(await page.locator('#movers-gainers a[href^="/org/"]').count()).toBe(10);
    expect(await rowsOf(page, '#chart-change-indicators')).toBe(10);
    await expect(page.locator('.threshold').first().textContent()).resolves.toContain('±1');
    await expect(page.locator('[data-synthetic="true"]').first().textContent()).resolves.toContain(
      'ข้อมูลสังเคราะห์',
    );
    await page.screenshot({ path: screenshotPath('changes-1366'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changes the pair of years in the URL and says when levels meet ratings', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/changes?province=94`);
    await chartsReady(page);
    const before = await page.evaluate(() => history.length);
    await page.selectOption('select[name="year"]', '2566');
    await page.waitForURL(/year=2566/);
    await page.selectOption('select[name="compare"]', '2565');
    await page.waitForURL(/compare=2565/);
    await page.locator('h1', { hasText: '2565 → 2566' }).waitFor();
    await page.locator('.boundary').waitFor();
    await chartsReady(page);
    await expect(
      page.locator('#chart-change-transitions svg').last().textContent(),
    ).resolves.toMatch(/AA[\s\S]*ผ่าน/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.screenshot({ path: screenshotPath('changes-2565-2566'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws every organisation of a small district', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/changes?province=94`);
    await chartsReady(page);
    const provinceRows = await rowsOf(page, '#chart-change-histogram');
    await page.selectOption('select[name="district"]', '9409');
    await page.waitForURL(/district=9409/);
    await chartsReady(page);
    await page.waitForFunction(
      (n) =>
        document.querySelector('#chart-change-histogram')?.getAttribute('data-rows') !== String(n),
      provinceRows,
    );
    const orgs = await rowsOf(page, '#chart-change-orgs');
    expect(orgs).toBeGreaterThan(5);
    expect(orgs).toBeLessThanOrEqual(40);
    expect(await linksIn(page, '#chart-change-orgs', '/org/69409')).toBeGreaterThanOrEqual(orgs);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('explains a pair that cannot be compared', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/changes?year=2567&compare=2567`);
    await expect(page.locator('.empty').textContent()).resolves.toContain('ปีเปรียบเทียบต้องต่างจาก');
    expect(await page.locator('figure.chart').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseURL}/changes?province=94`);
    await chartsReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: screenshotPath('changes-phone'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
