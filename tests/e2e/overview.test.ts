// The overview page on the national demo data: chart drawn from Arrow, synthetic data labelled, filters in the URL, no console errors.
import { tableFromIPC } from 'apache-arrow';
import type { Browser } from 'playwright-core';
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

describe('overview page', () => {
  it('draws the score distribution from an Arrow response, with no console errors', async () => {
    const { page, errors } = await openPage(browser);
    const arrowResponse = page.waitForResponse((r) =>
      r.url().includes('/api/query/total_histogram'),
    );
    await page.goto(`${baseURL}/`);
    const res = await arrowResponse;
    expect(res.headers()['content-type']).toBe('application/vnd.apache.arrow.stream');
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
