// The organisation page on the national demo data: every chart drawn, peer group, year and weak definition in the URL, the header search, the 404 page.
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
  '#chart-org-trend',
  '#chart-org-benchmark',
  '#chart-org-completion',
  '#chart-org-status',
];

async function chartsReady(page: Page) {
  for (const id of CHARTS)
    await page.locator(`${id}[data-status="ready"] svg`).first().waitFor({ timeout: 60_000 });
}
const text = (page: Page, sel: string) => page.locator(sel).first().innerText();

describe('organisation page', () => {
  it('shows the SAO with its place, every chart, the similar organisations and the synthetic label', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/org/6940907`);
    await chartsReady(page);
    await expect(text(page, 'h1')).resolves.toBe('อบต.จะรัง');
    await expect(text(page, '.org-header')).resolves.toContain('อำเภอยะหริ่ง จังหวัดปัตตานี');
    // Ranked among its own type (อบต.) in its district and province.
    await expect(text(page, '.kpis')).resolves.toMatch(
      /อันดับ \d+ จาก \d+ แห่ง \(อบต\.ในอำเภอยะหริ่ง\)/,
    );
    // Six years on the trend, ten indicators against the province by default, the definition of weak named.
    expect(await page.locator('#chart-org-trend svg circle').count()).toBe(6);
    expect(await page.locator('#chart-org-benchmark').getAttribute('data-rows')).toBe('10');
    await expect(text(page, '#chart-org-benchmark h2')).resolves.toContain('จังหวัดปัตตานี');
    await expect(text(page, '#weak-definition')).resolves.toContain('ต่ำกว่าเกณฑ์ผ่าน 85');
    await expect(text(page, '[data-synthetic="true"]')).resolves.toContain('ข้อมูลสังเคราะห์');
    // The 15 most similar, each linking to its own page.
    await page.locator('#org-similar[data-status="ready"]').waitFor({ timeout: 60_000 });
    await page.locator('#org-similar summary').click();
    expect(await page.locator('#org-similar tbody a[href^="/org/"]').count()).toBe(15);
    // The legend is set in the bundled Thai font (Plot's default has no Thai glyphs).
    expect(
      await page.evaluate(() => {
        const el = document.querySelector('#chart-org-benchmark [class*="-swatches"]');
        return el ? getComputedStyle(el).fontFamily : '';
      }),
    ).toContain('Sarabun');
    await page.screenshot({ path: screenshotPath('org-1366'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changes the peer group, the definition of weak and the year through the URL', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/org/6940907`);
    await chartsReady(page);
    const entries = await page.evaluate(() => window.history.length);
    const before = await text(page, '#chart-org-benchmark .subtitle');

    await page.selectOption('select[name="peer"]', 'district');
    await page.waitForURL(/peer=district/);
    await page.locator('#chart-org-benchmark h2', { hasText: 'อำเภอยะหริ่ง' }).waitFor();
    await chartsReady(page);
    expect(await text(page, '#chart-org-benchmark .subtitle')).not.toBe(before);

    await page.selectOption('select[name="weak"]', 'lowest');
    await page.waitForURL(/weak=lowest/);
    await page.locator('#weak-definition', { hasText: 'ต่ำที่สุด' }).waitFor();
    // Under "lowest two" at least two indicators are weak, drawn in the warning colour, and the peers' practices load.
    expect(
      Number(await page.locator('#org-weak').getAttribute('data-weak')),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await page.locator('#chart-org-benchmark svg circle[fill="#c0392b"]').count(),
    ).toBeGreaterThanOrEqual(2);
    await page.locator('#org-practices[data-status="ready"]').waitFor({ timeout: 60_000 });

    await page.selectOption('select[name="year"]', '2566');
    await page.waitForURL(/year=2566/);
    await page.locator('#chart-org-benchmark h2', { hasText: '2566' }).waitFor();
    await expect(text(page, '#org-response h2')).resolves.toContain('2565');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    await page.screenshot({ path: screenshotPath('org-district-lowest-2566'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('benchmarks against the 15 most similar organisations', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/org/6940907?peer=similar`);
    await chartsReady(page);
    await expect(text(page, '#chart-org-benchmark .subtitle')).resolves.toContain('15 หน่วยงาน');
    // The similar list opens by itself when it is the peer group.
    await page.locator('#org-similar[open] tbody a').first().waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens an organisation from the header search box', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/`);
    await page.locator('input[name="org-search"]').fill('จะรัง');
    await page.locator('#org-search-results a', { hasText: 'อบต.จะรัง' }).first().click();
    await page.waitForURL(/\/org\/6940907$/);
    await page.locator('h1', { hasText: 'อบต.จะรัง' }).waitFor();
    await chartsReady(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("moves an old address (the first registry's subdistrict code) permanently to the DLA code, keeping the view", async () => {
    const { page, errors } = await openPage(browser);
    const res = await page.goto(`${baseURL}/org/940917?year=2566&weak=lowest`);
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
      '/org/6940907?year=2566&weak=lowest',
    );
    const hop = res?.request().redirectedFrom();
    expect(hop?.url()).toBe(`${baseURL}/org/940917?year=2566&weak=lowest`);
    expect((await hop?.response())?.status()).toBe(308);
    await page.locator('h1', { hasText: 'อบต.จะรัง' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers an unknown code with a 404 page offering the search box and close matches', async () => {
    const { page } = await openPage(browser);
    // ยะหริ่ง's อบต. are numbered up to 6940918: 6940919 is no organisation.
    const res = await page.goto(`${baseURL}/org/6940919`);
    expect(res?.status()).toBe(404);
    await expect(text(page, 'h1')).resolves.toContain('ไม่พบหน่วยงานรหัส "6940919"');
    await page.locator('.notfound a[href="/org/6940918"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.notfound input[type="search"]').count()).toBe(1);
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseURL}/org/6940907?weak=lowest`);
    await chartsReady(page);
    // Nothing wider than the screen but the tables, which scroll inside their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    // Each menu link stays on one line (Thai labels are not broken between syllables).
    const heights = await page
      .locator('nav[aria-label="main"] a')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    // Seven pages (notebooks among them) and the account link (บัญชี).
    expect(heights.length).toBe(8);
    expect(Math.max(...heights)).toBeLessThan(1.5 * Math.min(...heights));
    await page.screenshot({ path: screenshotPath('org-390'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('counts the measures that could not be done apart, in the status chart and the table, at desktop and phone width', async () => {
    // An organisation of Pattani with a measure that could not be done in FY 2567, whichever the demo drew.
    const found = (await (
      await fetch(
        `${baseURL}/api/query/measure_table?fiscal_year=2567&province=94&status=not_possible&limit=1&format=json`,
      )
    ).json()) as { org_code: string }[];
    expect(found.length).toBe(1);
    const code = found[0]!.org_code;
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const { page, errors } = await openPage(browser, viewport);
      await page.goto(`${baseURL}/org/${code}?year=2567`);
      await chartsReady(page);
      // A violet segment of its own, named in the legend, and the table's status cell saying so.
      const chart = page.locator('#chart-org-status');
      expect(
        await chart.locator(`svg rect[fill="${STATUS_COLORS.not_possible}"]`).count(),
      ).toBeGreaterThan(0);
      await expect(chart.textContent()).resolves.toContain('ไม่สามารถดำเนินการได้');
      const cells = page.locator('#org-measures td.status.not_possible');
      expect(await cells.count()).toBeGreaterThan(0);
      await expect(cells.first().textContent()).resolves.toContain('ไม่สามารถดำเนินการได้');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.screenshot({
        path: screenshotPath(`org-not-possible-${viewport.width}`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
