// The weak-indicator page on the national demo data: every chart drawn, filters, sort, drill-down and the weak definition in the URL, no console errors.
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

const CHARTS = ['#chart-indicator-means', '#chart-indicator-below', '#chart-indicator-heatmap'];

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
/** The row labels of the heatmap, top to bottom (the linked names left of the cells). */
const heatmapNames = (page: Page) =>
  page.locator('#chart-indicator-heatmap svg a text').allTextContents();

describe('weak indicators page', () => {
  it('draws every chart for the whole country with province rows, and says which definition of weak is used', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/indicators`);
    await chartsReady(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('ตัวชี้วัดที่อ่อน');
    // 76 provinces with SAOs: one heatmap row each, not 7,283 organisations.
    expect(await rowsOf(page, '#chart-indicator-heatmap')).toBe(76);
    await expect(page.locator('#chart-indicator-heatmap').textContent()).resolves.toContain(
      '1 แถวต่อจังหวัด',
    );
    // Indicators 1-10 at the nation level.
    expect(await rowsOf(page, '#chart-indicator-means')).toBe(10);
    expect(await page.locator('#chart-indicator-means svg circle').count()).toBe(10);
    await expect(page.locator('.weak-note').textContent()).resolves.toContain('ต่ำกว่าเกณฑ์ผ่าน 85');
    await expect(page.locator('[data-synthetic="true"]').first().textContent()).resolves.toContain(
      'ข้อมูลสังเคราะห์',
    );
    await page.screenshot({ path: screenshotPath('indicators-1366'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows to a province through the URL: organisations as rows, province beside the nation', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/indicators`);
    await chartsReady(page);
    const before = await page.evaluate(() => history.length);
    await page.selectOption('select[name="province"]', '94');
    await page.waitForURL(/province=94/);
    await page.locator('h1', { hasText: 'ปัตตานี' }).waitFor();
    await chartsReady(page);
    await page.waitForFunction(
      () => document.querySelector('#chart-indicator-heatmap')?.getAttribute('data-rows') !== '76',
    );
    const orgs = await rowsOf(page, '#chart-indicator-heatmap');
    expect(orgs).toBeGreaterThan(50);
    expect(orgs).toBeLessThan(200);
    // Two areas per indicator now: the province and the nation.
    expect(await rowsOf(page, '#chart-indicator-means')).toBe(20);
    expect(await linksIn(page, '#chart-indicator-heatmap', '/org/694')).toBeGreaterThan(orgs);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sorts the heatmap by an indicator and keeps the sort in the URL', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/indicators?province=94`);
    await chartsReady(page);
    const byTotal = await heatmapNames(page);
    await page.selectOption('select[name="sort"]', '7');
    await page.waitForURL(/sort=7/);
    await page.selectOption('select[name="dir"]', 'desc');
    await page.waitForURL(/dir=desc/);
    await chartsReady(page);
    await page.waitForFunction(
      (first) =>
        document.querySelector('#chart-indicator-heatmap svg a text')?.textContent !== first,
      byTotal[0],
    );
    const by7 = await heatmapNames(page);
    expect(by7).not.toEqual(byTotal);
    expect(new Set(by7)).toEqual(new Set(byTotal));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('drills into the sub-indicators of 9 and switches the definition of weak', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/indicators?province=94`);
    await chartsReady(page);
    const outlinesPassMark = await page
      .locator('#chart-indicator-heatmap g[aria-label="cell"][stroke="#111827"] rect')
      .count();
    await page.selectOption('select[name="weak"]', 'lowest');
    await page.waitForURL(/weak=lowest/);
    await page.locator('.weak-note[data-weak="lowest"]').waitFor();
    await chartsReady(page);
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll(
          '#chart-indicator-heatmap g[aria-label="cell"][stroke="#111827"] rect',
        ).length !== n,
      outlinesPassMark,
    );
    await page.click('a[data-drill="9"]');
    await page.waitForURL(/drill=9/);
    await page.locator('.drill .current').waitFor();
    await chartsReady(page);
    // 2568 framework: 9 and 9.1-9.4, for the province and the nation.
    await page.waitForFunction(
      () => document.querySelector('#chart-indicator-means')?.getAttribute('data-rows') === '10',
    );
    await expect(
      page.locator('#chart-indicator-heatmap svg').last().textContent(),
    ).resolves.toContain('9.4');
    await page.screenshot({ path: screenshotPath('indicators-drill-9'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseURL}/indicators?province=94`);
    await chartsReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: screenshotPath('indicators-phone'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws every chart in the first HTML, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/indicators?province=94&drill=9&sort=9.2`);
    for (const id of CHARTS)
      expect(await page.locator(`${id} .plot svg`).count()).toBeGreaterThan(0);
    // 9 and 9.1-9.4 for the province and the nation, from the server's table cells.
    expect(await rowsOf(page, '#chart-indicator-means')).toBe(10);
    await context.close();
  });

  it('names the group weak=peer_median really compares with when "similar" is chosen (issue 12)', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/indicators?province=94&weak=peer_median&peer=similar`);
    await chartsReady(page);
    const chosen = await page.locator('select[name="peer"] option:checked').textContent();
    expect(chosen).toContain('ประเภทเดียวกันทั้งประเทศ');
    await expect(page.locator('.weak-note').textContent()).resolves.toContain(
      'ประเภทเดียวกันทั้งประเทศ (ใช้แทน',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers a malformed sort with 400 naming it', async () => {
    const res = await fetch(`${baseURL}/indicators?sort=drop`);
    expect(res.status).toBe(400);
  });
});
