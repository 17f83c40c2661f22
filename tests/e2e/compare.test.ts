// The compare page on the national demo data: every chart drawn, same-name SAOs told apart, the list and the year in the URL, clear messages for bad lists.
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

const CHARTS = ['#chart-compare-profile', '#chart-compare-totals', '#chart-compare-completion'];
// จะรัง and ตะลุโบะ (ปัตตานี), and the two วังกระแจะ (ตราด and กาญจนบุรี).
const FOUR = '6940907,6940108,6230107,6710207';

async function chartsReady(page: Page) {
  for (const id of CHARTS)
    await page.locator(`${id}[data-status="ready"] svg`).first().waitFor({ timeout: 60_000 });
}

describe('compare page', () => {
  it('draws the three charts and tells the two วังกระแจะ apart in every legend', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/compare?orgs=${FOUR}`);
    await chartsReady(page);
    // Ten indicators × four organisations; six years × four; two rounds × six years × four.
    expect(await page.locator('#chart-compare-profile').getAttribute('data-rows')).toBe('40');
    expect(await page.locator('#chart-compare-totals svg circle').count()).toBe(24);
    for (const id of CHARTS) {
      const legend = await page.locator(id).innerText();
      expect(legend).toContain('อบต.วังกระแจะ (เมืองตราด, ตราด)');
      expect(legend).toContain('อบต.วังกระแจะ (ไทรโยค, กาญจนบุรี)');
    }
    await expect(page.locator('[data-synthetic="true"]').first().innerText()).resolves.toContain(
      'ข้อมูลสังเคราะห์',
    );
    await page.screenshot({ path: screenshotPath('compare-1366'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the list when the year changes, and adds and removes organisations through the URL', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/compare?orgs=6940907,6940108`);
    await chartsReady(page);
    const entries = await page.evaluate(() => window.history.length);

    await page.selectOption('.picker select[name="year"]', '2565');
    await page.waitForURL(/year=2565/);
    expect(page.url()).toContain('orgs=6940907%2C6940108');
    await page.locator('#chart-compare-profile h2', { hasText: '2565' }).waitFor();

    await page.locator('input[name="compare-add"]').fill('ตะโละกาโปร์');
    await page.locator('.hits button', { hasText: 'อบต.ตะโละกาโปร์' }).first().click();
    await page.waitForURL(/6940909/);
    await chartsReady(page);
    expect(await page.locator('#chart-compare-profile').getAttribute('data-rows')).toBe('30');

    await page.locator('.chips button[aria-label*="อบต.จะรัง"]').click();
    await page.waitForURL((u) => !u.search.includes('6940907'));
    await chartsReady(page);
    expect(await page.locator('#chart-compare-profile').getAttribute('data-rows')).toBe('20');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves a saved comparison of old subdistrict codes to the DLA codes', async () => {
    const { page, errors } = await openPage(browser);
    const res = await page.goto(`${baseURL}/compare?orgs=940917,6940108&year=2566`);
    expect((await res?.request().redirectedFrom()?.response())?.status()).toBe(308);
    expect(page.url()).toBe(`${baseURL}/compare?orgs=6940907,6940108&year=2566`);
    await chartsReady(page);
    expect(await page.locator('.chips li').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names an unknown code and the codes beyond the tenth', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/compare?orgs=6940907,999999`);
    await expect(page.locator('#compare-unknown').innerText()).resolves.toContain('999999');
    // Eleven อบต. of ยะหริ่ง (the DLA registry numbers them 6940904-6940918, 6940910 is no code): the eleventh is dropped.
    const eleven = [4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15].map(
      (n) => `69409${String(n).padStart(2, '0')}`,
    );
    await page.goto(`${baseURL}/compare?orgs=${eleven.join(',')}`);
    await expect(page.locator('#compare-dropped').innerText()).resolves.toContain('6940915');
    await chartsReady(page);
    expect(await page.locator('.chips li').count()).toBe(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has its charts in the first HTML, JavaScript off, with downloads of the organisations found', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/compare?orgs=6940907,999999,6940108`);
    for (const id of CHARTS)
      expect(await page.locator(`${id} .plot svg`).count()).toBeGreaterThan(0);
    // The unknown code is named on the page but left out of the links: every export accepts what they carry.
    const csv = await page
      .locator('#chart-compare-totals a[href^="/export/compare-total-trend.csv"]')
      .getAttribute('href');
    expect(new URL(csv!, baseURL).searchParams.get('orgs')).toBe('6940907,6940108');
    await context.close();
  });

  it('fits a phone screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseURL}/compare?orgs=${FOUR}`);
    await chartsReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: screenshotPath('compare-390'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
