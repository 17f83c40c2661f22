// Organisation type as a scope in the browser: the overview with every type, a municipality's own page, the province
// table with a type column. Scores for four non-SAO organisations are imported first, so this holds whatever types
// the demo covers.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath } from './browser';

const baseURL = inject('baseURL');
const TOKEN = inject('admin').token;

// FY 2568 totals of a เทศบาลตำบล, a เทศบาลเมือง and the อบจ. of Pattani, and เมืองพัทยา (DLA codes 5940903, 4940102,
// 2940101, 3200408 in data/registry/dla-lao-registry.csv).
const SCORES = [
  'ชื่อหน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม',
  'เทศบาลตำบลยะหริ่ง,ยะหริ่ง,ปัตตานี,2568,91.37',
  'เทศบาลเมืองปัตตานี,เมืองปัตตานี,ปัตตานี,2568,84.12',
  'องค์การบริหารส่วนจังหวัดปัตตานี,เมืองปัตตานี,ปัตตานี,2568,93.46',
  'เมืองพัทยา,บางละมุง,ชลบุรี,2568,89.90',
].join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const res = await fetch(`${baseURL}/api/import/scores/commit`, {
    method: 'POST',
    body: SCORES,
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('e2e-types.csv'),
      authorization: `Bearer ${TOKEN}`,
    },
  });
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  expect(body.counts.rejected).toBe(0);
});
afterAll(async () => {
  await browser?.close();
});

const text = (page: Page, sel: string) => page.locator(sel).first().innerText();
/** "5,300" → 5300 */
const count = async (page: Page, sel: string) =>
  Number((await text(page, sel)).replace(/[^\d]/g, ''));

async function shoot(page: Page, name: string) {
  await page.screenshot({
    path: screenshotPath(`${name}-${page.viewportSize()!.width}`),
    fullPage: true,
  });
}

describe('organisation type as a scope', () => {
  it('overview with type=all: every type counted, the picker on "all", the totals of every type', async () => {
    for (const width of [1366, 390]) {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await page.goto(`${baseURL}/?year=2568&type=all`);
      await page.locator('[data-status="ready"] svg').first().waitFor({ timeout: 60_000 });
      await expect(text(page, 'h1')).resolves.toContain('ทุกประเภท');
      expect(await page.locator('select[name="type"]').inputValue()).toBe('all');
      // The six types of the DLA's registry with its counts (DOMAIN.md), then every type together.
      const chips = page.locator('.types a[data-type]');
      expect(await chips.evaluateAll((as) => as.map((a) => a.getAttribute('data-type')))).toEqual([
        'sao',
        'subdistrict_municipality',
        'town_municipality',
        'city_municipality',
        'pao',
        'special',
        'all',
      ]);
      const of = (type: string) => count(page, `.types a[data-type="${type}"] .of`);
      expect(await of('sao')).toBe(5300);
      expect(await of('subdistrict_municipality')).toBe(2247);
      expect(await of('town_municipality')).toBe(195);
      expect(await of('city_municipality')).toBe(30);
      expect(await of('pao')).toBe(76);
      expect(await of('special')).toBe(1);
      expect(await of('all')).toBe(7849);
      await expect(text(page, '.types a[data-type="sao"] .name')).resolves.toBe('อบต.');
      await expect(
        text(page, '.types a[data-type="subdistrict_municipality"] .name'),
      ).resolves.toBe('เทศบาลตำบล');
      // The imported municipality, PAO and Pattaya are counted; "all" is the chosen chip and sums the types.
      const scored = (type: string) => count(page, `.types a[data-type="${type}"] .n`);
      for (const type of ['subdistrict_municipality', 'town_municipality', 'pao', 'special'])
        expect(await scored(type)).toBeGreaterThanOrEqual(1);
      let sum = 0;
      for (const type of [
        'sao',
        'subdistrict_municipality',
        'town_municipality',
        'city_municipality',
      ])
        sum += await scored(type);
      sum += (await scored('pao')) + (await scored('special'));
      expect(await scored('all')).toBe(sum);
      expect(await page.locator('.types a[aria-current]').getAttribute('data-type')).toBe('all');
      // The KPI counts every type assessed that year.
      expect(await count(page, '.kpis .kpi .v')).toBe(sum);
      // A type chip keeps the year and chooses the type; อบต. is the default and leaves the URL.
      expect(await page.locator('.types a[data-type="pao"]').getAttribute('href')).toBe(
        '/?year=2568&type=pao',
      );
      expect(await page.locator('.types a[data-type="sao"]').getAttribute('href')).toBe(
        '/?year=2568',
      );
      await shoot(page, 'types-overview-all');
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('overview without type is SAO-first', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/?year=2568`);
    await page.locator('[data-status="ready"] svg').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('select[name="type"]').inputValue()).toBe('sao');
    await expect(text(page, 'h1')).resolves.toContain('อบต.');
    expect(await count(page, '.kpis .kpi .v')).toBe(
      await count(page, '.types a[data-type="sao"] .n'),
    );
    // Choosing a type in the filter bar writes it into the URL.
    await page.selectOption('select[name="type"]', 'subdistrict_municipality');
    await page.waitForURL(/type=subdistrict_municipality/);
    await page.locator('h1', { hasText: 'เทศบาลตำบล' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a เทศบาลตำบล's page names its type, ranks it among its type and links to its type in the province", async () => {
    for (const width of [1366, 390]) {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await page.goto(`${baseURL}/org/5940903?year=2568&peer=type`);
      await page
        .locator('#chart-org-trend[data-status="ready"] svg')
        .first()
        .waitFor({ timeout: 60_000 });
      await expect(text(page, 'h1')).resolves.toBe('ทต.ยะหริ่ง');
      await expect(text(page, '.org-header .kicker')).resolves.toBe('เทศบาลตำบล · รหัส 5940903');
      await expect(text(page, '.kpis')).resolves.toContain('91.37');
      await expect(text(page, '.kpis')).resolves.toMatch(
        /อันดับ [\d,]+ จาก [\d,]+ แห่ง \(เทศบาลตำบลทั่วประเทศ\)/,
      );
      // "Same type" compares with the เทศบาลตำบล of the whole country.
      await expect(text(page, '#chart-org-benchmark h2')).resolves.toContain('เทศบาลตำบลทั่วประเทศ');
      const link = page.locator('.org-header a[data-province-link]');
      await expect(link.innerText()).resolves.toBe('เทศบาลตำบลในจังหวัดปัตตานี');
      expect(await link.getAttribute('href')).toBe(
        '/province/94?year=2568&type=subdistrict_municipality',
      );
      await shoot(page, 'types-org-municipality');
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('the pages of a PAO and of เมืองพัทยา open with their own type', async () => {
    const { page, errors } = await openPage(browser);
    for (const [code, name, type] of [
      ['2940101', 'อบจ.ปัตตานี', 'อบจ.'],
      ['3200408', 'เมืองพัทยา', 'ท้องถิ่นรูปแบบพิเศษ'],
    ]) {
      await page.goto(`${baseURL}/org/${code}?year=2568`);
      await page
        .locator('#chart-org-trend[data-status="ready"] svg')
        .first()
        .waitFor({ timeout: 60_000 });
      await expect(text(page, 'h1')).resolves.toBe(name);
      await expect(text(page, '.org-header .kicker')).resolves.toBe(`${type} · รหัส ${code}`);
      await expect(text(page, '.kpis')).resolves.toContain(`(${type}ทั่วประเทศ)`);
      // One อบจ. per province: its province link lists every type.
      await expect(text(page, '.org-header a[data-province-link]')).resolves.toMatch(
        /^หน่วยงานทุกประเภทในจังหวัด/,
      );
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the province table with type=all mixes the types and names each; the default shows อบต. only', async () => {
    for (const width of [1366, 390]) {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await page.goto(`${baseURL}/province/94?year=2568&type=all`);
      await page.locator('table.province').waitFor({ timeout: 60_000 });
      const headers = await page.locator('table.province thead th .print-label').allTextContents();
      expect(headers.slice(0, 3)).toEqual(['หน่วยงาน', 'ประเภท', 'อำเภอ']);
      const row = (name: string) =>
        page.locator('table.province tbody tr', { has: page.locator(`a:text-is("${name}")`) });
      await expect(row('ทต.ยะหริ่ง').locator('td.type').innerText()).resolves.toBe('เทศบาลตำบล');
      await expect(row('ทม.ปัตตานี').locator('td.type').innerText()).resolves.toBe('เทศบาลเมือง');
      await expect(row('อบจ.ปัตตานี').locator('td.type').innerText()).resolves.toBe('อบจ.');
      await expect(row('ทต.ยะหริ่ง').innerText()).resolves.toContain('91.37');
      await expect(text(page, 'section.orgs h2')).resolves.toContain('ทุกประเภท');
      await shoot(page, 'types-province-all');
      expect(errors).toEqual([]);
      await page.context().close();
    }
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/province/94?year=2568`);
    await page.locator('table.province').waitFor({ timeout: 60_000 });
    expect(await page.locator('table.province td.type').count()).toBe(0);
    expect(await page.locator('table.province a:text-is("ทต.ยะหริ่ง")').count()).toBe(0);
    const names = await page.locator('table.province tbody th a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith('อบต.'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
