// The province page on the national demo data: headline, both charts, a sortable table of every organisation, district filter, 404, print.
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

async function chartsReady(page: Page) {
  for (const id of ['#chart-province-totals', '#chart-province-districts'])
    await page.locator(`${id}[data-status="ready"] svg`).first().waitFor({ timeout: 60_000 });
}
const rowsOf = async (page: Page, id: string) =>
  Number(await page.locator(id).getAttribute('data-rows'));
const tableRows = (page: Page) => page.locator('table.province tbody tr');

describe('province page', () => {
  it('shows Pattani: headline, every organisation as a dot and a row, districts against the target', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/province/94`);
    await chartsReady(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('ปัตตานี');
    const orgs = await rowsOf(page, '#chart-province-totals');
    // The page is SAO-first: Pattani's 96 อบต. of the DLA registry (114 organisations of every type).
    expect(orgs).toBe(96);
    expect(await tableRows(page).count()).toBe(orgs);
    expect(await page.locator('#chart-province-totals svg circle').count()).toBe(orgs);
    expect(await svgLinks(page, '#chart-province-totals', '/org/694')).toBe(orgs);
    expect(await page.locator('table.province a[href^="/org/694"]').count()).toBe(orgs);
    // 12 districts of Pattani, each a bar.
    expect(await rowsOf(page, '#chart-province-districts')).toBe(12);
    // 2568: the 2566-2570 target, 100 % at 85 or more and a mean of 89, each part judged.
    await expect(page.locator('.headline').textContent()).resolves.toContain('เป้าหมายประเทศ 100%');
    await expect(page.locator('.headline [data-target="mean"]').textContent()).resolves.toContain(
      'เป้าหมายคะแนนเฉลี่ย 89',
    );
    await expect(page.locator('.headline').textContent()).resolves.toContain('ทั้งประเทศ');
    await expect(page.locator('.synthetic-banner').textContent()).resolves.toContain(
      'ข้อมูลสังเคราะห์',
    );
    // Highest total first by default.
    const totals = (
      await page.locator('table.province tbody td.num:nth-child(3)').allTextContents()
    ).map(Number);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    await page.screenshot({ path: screenshotPath('province-94-1366'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sorts by change with the key in the URL, and keeps it when the district filter changes', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/province/94`);
    await chartsReady(page);
    const all = await tableRows(page).count();
    await page.click('table.province thead button:has-text("เปลี่ยนแปลงจากปี")');
    await page.waitForURL(/sort=-change/);
    const changes = (await page.locator('table.province tbody td.change').allTextContents())
      .map((s) => Number(s.trim().replace('−', '-').replace('±', '').replace('+', '')))
      .filter((n) => !Number.isNaN(n));
    expect(changes.length).toBeGreaterThan(50);
    expect(changes).toEqual([...changes].sort((a, b) => b - a));

    await page.selectOption('select[name="district"]', '9409');
    await page.waitForURL(/district=9409/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('table.province tbody tr').length !== n,
      all,
    );
    expect(page.url()).toMatch(/sort=-change/);
    expect(page.url()).not.toMatch(/province=/);
    const districts = await page.locator('table.province tbody td:nth-child(2)').allTextContents();
    expect(new Set(districts)).toEqual(new Set(['ยะหริ่ง']));
    // The district is outlined in the district chart, which still shows the whole province.
    expect(await rowsOf(page, '#chart-province-districts')).toBe(12);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has both charts in the first HTML, and the peer picker names the group weak=peer_median reads', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/province/94?weak=peer_median&peer=similar`);
    expect(await page.locator('#chart-province-totals svg circle').count()).toBe(96);
    expect(await rowsOf(page, '#chart-province-districts')).toBe(12);
    expect(await page.locator('#chart-province-districts svg').count()).toBeGreaterThan(0);
    // The similar group has no median of its own: the SQL reads the same-type median, and the picker says so.
    const similar = await page.locator('select[name="peer"] option[value="similar"]').textContent();
    expect(similar).toContain('ประเภทเดียวกันทั้งประเทศ');
    expect(similar).not.toContain('15');
    await context.close();
  });

  it('answers an unknown province with a clear 404 and the list of provinces', async () => {
    const res = await fetch(`${baseURL}/province/99`);
    expect(res.status).toBe(404);
    const { page } = await openPage(browser);
    await page.goto(`${baseURL}/province/99`);
    await expect(page.locator('h1').textContent()).resolves.toContain('ไม่พบจังหวัดรหัส 99');
    await page.locator('.provinces a[href="/province/94"]').waitFor();
    expect(await page.locator('.provinces a').count()).toBe(76);
    await page.context().close();
    expect((await fetch(`${baseURL}/province/9x`)).status).toBe(404);
  });

  it('prints on A4 without the navigation, the table header repeated on every page', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/province/94`);
    await chartsReady(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    expect(await page.locator('button.print').isVisible()).toBe(false);
    expect(
      await page.locator('table.province thead').evaluate((el) => getComputedStyle(el).display),
    ).toBe('table-header-group');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: screenshotPath('province-94-print'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads on a phone', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseURL}/province/94?year=2567&weak=lowest`);
    await chartsReady(page);
    // Under "lowest", every organisation with indicator scores has a weakest indicator; a real total read from a
    // report (the demo's sample reports) comes without indicator scores, and the table says so.
    const weakest = await page.locator('table.province tbody td.weak').allTextContents();
    const named = weakest.filter((w) => /^\s*\d{1,2}\s+\S/.test(w));
    expect(named.length).toBeGreaterThan(50);
    expect(
      weakest.filter((w) => !named.includes(w)).every((w) => w.includes('ไม่มีคะแนนรายตัวชี้วัด')),
    ).toBe(true);
    await page.screenshot({ path: screenshotPath('province-94-phone'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
