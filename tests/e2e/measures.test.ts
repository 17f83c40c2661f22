// The measures page on the national demo data: every chart drawn, table filters and paging in the URL, synthetic data labelled, no console errors.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STATUS_COLORS } from '../../src/lib/charts/measure-statuses';
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
  '#chart-measure-trend',
  '#chart-measure-status',
  '#chart-measure-category',
  '#chart-measure-indicator',
];

async function pageReady(page: Page) {
  for (const id of CHARTS)
    await page.locator(`${id}[data-status="ready"] svg`).first().waitFor({ timeout: 60_000 });
  await page.locator('#lowest-orgs[data-status="ready"]').waitFor({ timeout: 60_000 });
}
const rowsOf = async (page: Page, id: string) =>
  Number(await page.locator(id).getAttribute('data-rows'));
const range = (page: Page) => page.locator('#measure-table .range').textContent();

describe('measures page', () => {
  it('draws completion per round, category and indicator, the lowest organisations and a page of measures', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/measures`);
    await pageReady(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('ทั้งประเทศ');
    // Six years × two rounds, plus a point for each year with a real sample report that states no round.
    const trendRows = await rowsOf(page, '#chart-measure-trend');
    expect(trendRows).toBeGreaterThanOrEqual(12);
    expect(await page.locator('#chart-measure-trend svg circle').count()).toBe(trendRows);
    // 17 categories plus "other", and all ten indicators, in both rounds.
    expect(await rowsOf(page, '#chart-measure-category')).toBeGreaterThanOrEqual(36);
    expect(await rowsOf(page, '#chart-measure-indicator')).toBeGreaterThanOrEqual(20);
    // The legend names the rounds in Thai.
    await expect(page.locator('#chart-measure-trend').textContent()).resolves.toContain(
      'รอบ 12 เดือน',
    );
    expect(await rowsOf(page, '#lowest-orgs')).toBe(15);
    expect(await page.locator('#lowest-orgs a[href^="/org/"]').count()).toBe(15);
    // 50 rows per page out of tens of thousands, each marked synthetic.
    expect(await page.locator('table.measures tbody tr').count()).toBe(50);
    await expect(range(page)).resolves.toMatch(/แสดง 1–50 จาก \d{2},\d{3} รายการ/);
    expect(await page.locator('table.measures .badge.synthetic').count()).toBe(50);
    await expect(page.locator('.synthetic-banner').textContent()).resolves.toContain(
      'ข้อมูลสังเคราะห์',
    );
    // What "completed" means is explained on the page.
    await page.click('details.explain summary');
    await expect(page.locator('details.explain p').textContent()).resolves.toContain(
      'ผลการดำเนินการ',
    );
    await page.screenshot({ path: screenshotPath('measures-1366'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows to a province through the URL and the charts follow', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/measures`);
    await pageReady(page);
    const before = await page.evaluate(() => history.length);
    const nationRange = await range(page);
    await page.selectOption('select[name="province"]', '94');
    await page.waitForURL(/province=94/);
    await page.locator('h1', { hasText: 'ปัตตานี' }).waitFor();
    await pageReady(page);
    await page.waitForFunction(
      () => document.querySelector('#lowest-orgs')?.textContent?.includes('ปัตตานี') ?? false,
    );
    expect(await range(page)).not.toBe(nationRange);
    // Every organisation in the lowest list is now in Pattani.
    const places = await page.locator('#lowest-orgs li small:not(.count)').allTextContents();
    expect(places.every((p) => p.endsWith('ปัตตานี'))).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters and pages the table in the URL, and keeps the filters when the year changes', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/measures?province=94`);
    await pageReady(page);
    const all = await range(page);
    await page.selectOption('#measure-table select[name="status"]', 'not_started');
    await page.waitForURL(/status=not_started/);
    await page.waitForFunction(
      (prev) => document.querySelector('#measure-table .range')?.textContent !== prev,
      all,
    );
    const statuses = await page
      .locator('table.measures tbody tr td:nth-child(5) .chip')
      .allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 'ยังไม่ดำเนินการ')).toBe(true);

    await page.selectOption('#measure-table select[name="indicator"]', '9');
    await page.waitForURL(/indicator=9/);
    const targeted = await page.locator('table.measures tbody tr td.indicators').allTextContents();
    expect(targeted.length).toBeGreaterThan(0);
    // "8, 9.2 *": the codes, with sub-indicators counted under their indicator.
    const tops = (text: string) =>
      text
        .replace('*', '')
        .split(',')
        .map((c) => c.trim().split('.')[0]);
    expect(targeted.every((text) => tops(text).includes('9'))).toBe(true);

    // The filter bar changes the year; the table's filters stay, the page starts again.
    await page.selectOption('select[name="year"]', '2566');
    await page.waitForURL(/year=2566/);
    expect(page.url()).toMatch(/status=not_started/);
    expect(page.url()).toMatch(/indicator=9/);
    await page.locator('#measure-table h2', { hasText: '2566' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pages through the national table with LIMIT/OFFSET', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/measures`);
    await pageReady(page);
    const first = await page.locator('table.measures tbody tr td.name').first().textContent();
    await page.click('.pager button:last-child');
    await page.waitForURL(/page=2/);
    await page.waitForFunction(() =>
      document.querySelector('#measure-table .range')?.textContent?.includes('51–100'),
    );
    expect(await page.locator('table.measures tbody tr td.name').first().textContent()).not.toBe(
      first,
    );
    // Another year starts the table again at its first page.
    await page.selectOption('select[name="year"]', '2567');
    await page.waitForURL(/year=2567/);
    expect(page.url()).not.toMatch(/page=/);
    await page.waitForFunction(() =>
      document.querySelector('#measure-table .range')?.textContent?.includes('1–50'),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the round chosen for the table in the lowest-completion list, on a phone', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseURL}/measures?province=94&round=6m`);
    await pageReady(page);
    await expect(page.locator('#lowest-orgs h2').textContent()).resolves.toContain('รอบ 6 เดือน');
    // On a phone each measure is a card: no table header, labels beside the values.
    expect(await page.locator('table.measures thead').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('measures-phone'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the measures read from a real report apart from synthetic ones', async () => {
    const { page, errors } = await openPage(browser);
    // อบต.ตะลุโบะ (6940108): the demo loads its real FY 2567 report from data/reports.
    await page.goto(`${baseURL}/measures?district=9401&year=2567&source=real`);
    await pageReady(page);
    const rows = page.locator('table.measures tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await page.locator('table.measures tbody tr.real').count()).toBe(await rows.count());
    expect(await page.locator('table.measures .badge.synthetic').count()).toBe(0);
    // Sample 002, as the demo loaded it (.txt) or as import.test.ts stored it again from a PDF.
    await expect(page.locator('table.measures .file').first().textContent()).resolves.toMatch(
      /^002_4c4a9c54fc41eb39\.(txt|libreoffice\.pdf|chromium\.pdf)$/,
    );
    await expect(page.locator('#measure-table .range').textContent()).resolves.toMatch(
      /จาก \d{1,2} รายการ/,
    );
    await page.screenshot({ path: screenshotPath('measures-real-report'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a province's measures that could not be done as their own segment, at desktop and phone width", async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const { page, errors } = await openPage(browser, viewport);
      await page.goto(`${baseURL}/measures?province=94&year=2567`);
      await pageReady(page);
      const chart = page.locator('#chart-measure-status');
      expect(
        await chart.locator(`svg rect[fill="${STATUS_COLORS.not_possible}"]`).count(),
      ).toBeGreaterThan(0);
      await expect(chart.textContent()).resolves.toContain('ไม่สามารถดำเนินการได้');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.screenshot({
        path: screenshotPath(`measures-not-possible-${viewport.width}`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('answers a malformed table filter with 400 naming it', async () => {
    const res = await fetch(`${baseURL}/measures?status=done`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('status');
  });
});
