// Notebooks in the browser: each shipped notebook renders with its charts, a chart exports through its download menu
// and adds to the deck, a broken block shows its error in place, a malformed file is listed, raw HTML stays text.
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

// The chart blocks each shipped notebook declares (notebooks/*.md), by id.
const SHIPPED: Record<string, string[]> = {
  'measure-effect': ['median-change', 'mean-gap'],
  'province-brief': ['indicator-means', 'completion-by-round', 'peer-categories'],
  'data-quality': ['measure-statuses', 'synthetic-share'],
};

describe('notebooks', () => {
  it('lists the shipped notebooks, and a malformed file with its error', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/notebooks`);
    for (const slug of Object.keys(SHIPPED))
      await expect(page.locator(`[data-notebook="${slug}"] a`).getAttribute('href')).resolves.toBe(
        `/notebooks/${slug}`,
      );
    await expect(page.locator('[data-broken="malformed"]').textContent()).resolves.toContain(
      'a notebook starts with front matter',
    );
    // The nav link.
    await expect(page.locator('nav a[href="/notebooks"]').textContent()).resolves.toContain(
      'สมุดวิเคราะห์',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [slug, charts] of Object.entries(SHIPPED))
    it(`renders ${slug} with its charts drawn on the server and no block in error`, async () => {
      const { page, errors } = await openPage(browser);
      const res = await page.goto(`${baseURL}/notebooks/${slug}`);
      expect(res?.status()).toBe(200);
      for (const id of charts) {
        const fig = page.locator(`#chart-notebook-${slug}--${id}`);
        await expect(fig.getAttribute('data-status')).resolves.toBe('ready');
        expect(Number(await fig.getAttribute('data-rows'))).toBeGreaterThan(0);
        // Plot's marks are in the figure's SVG, and the demo's synthetic source is said in the warning colour.
        expect(await fig.locator('svg [aria-label]').count()).toBeGreaterThan(0);
        await expect(fig.locator('p.source.synthetic').textContent()).resolves.toContain(
          'ข้อมูลสังเคราะห์',
        );
      }
      expect(await page.locator('[data-block-error]').count()).toBe(0);
      expect(await page.locator('details.sql[data-status="error"]').count()).toBe(0);
      await page.screenshot({ path: screenshotPath(`notebook-${slug}`), fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it('exports a notebook chart as PNG and CSV through its menu, for the view on screen, and adds it to the deck', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/notebooks/province-brief?province=94&year=2567`);
    const id = 'notebook-province-brief--indicator-means';
    const menu = page.locator(`[data-chart-menu="${id}"]`);
    await menu.locator('summary').click();
    const png = await menu.locator('[data-export="png1"]').getAttribute('href');
    expect(png).toBe(`/export/${id}.png?year=2567&province=94&type=sao`);
    const image = await page.request.get(`${baseURL}${png}`);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
    const csvHref = await menu.locator('[data-export="csv"]').getAttribute('href');
    const csv = await (await page.request.get(`${baseURL}${csvHref}`)).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('indicator,sort_key,mean_value,below_share,orgs,synthetic');
    // Ten indicators, lowest mean first, as the notebook's ORDER BY says.
    expect(lines).toHaveLength(11);
    const means = lines.slice(1).map((l) => Number(l.split(',')[2]));
    expect(means).toEqual([...means].sort((a, b) => a - b));
    await menu.locator('[data-export="deck-add"]').click();
    await expect(menu.locator('[data-export="deck-open"]').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a broken block’s error in place, renders the blocks after it, and keeps raw HTML as text', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/notebooks/broken-block`);
    await expect(
      page.locator('details.sql[data-sql="passwd"] + p[role="alert"]').textContent(),
    ).resolves.toContain('read_csv() is refused');
    await expect(page.locator('[data-block-error]').textContent()).resolves.toContain(
      "'passwd' failed",
    );
    const chart = page.locator('#chart-notebook-broken-block--orgs-by-year');
    await expect(chart.getAttribute('data-status')).resolves.toBe('ready');
    expect(Number(await chart.getAttribute('data-rows'))).toBeGreaterThan(0);
    await expect(page.locator('.prose').first().textContent()).resolves.toContain(
      "<script>document.body.dataset.injected = 'yes'</script>",
    );
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
    await page.screenshot({ path: screenshotPath('notebook-broken-block'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
