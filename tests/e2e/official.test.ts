// Each page shows the NACC's official figure of its year with its source (national on the overview, the type's mean on organisation and province pages), in the chart and beside it.
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

/** The official box of the page's year: its words, and the source it names (also its hover title). */
async function officialBox(page: Page, year: number) {
  const box = page.locator(`[data-official][data-official-year="${year}"]`).first();
  await box.waitFor({ timeout: 20_000 });
  return {
    text: ((await box.textContent()) ?? '').replace(/\s+/g, ' '),
    title: (await box.getAttribute('title')) ?? '',
  };
}

/** The hover texts of a chart's official diamonds or rule. */
const officialTitles = (page: Page, chart: string) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll(`${sel} svg g.official title`)].map((t) => t.textContent ?? ''),
    chart,
  );

describe('official NACC figures on the pages', () => {
  it('overview 2566: the national mean and share with the 2566 cabinet report, and a diamond per year on the pass-share chart', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/?year=2566`);
    const box = await officialBox(page, 2566);
    // national_by_year.csv / cabinet-ita-2566.txt: mean 90.19, 6,737 of 8,323 passing (80.94 %).
    expect(box.text).toContain('ตัวเลขทางการ ป.ป.ช. ปีงบประมาณ 2566');
    expect(box.text).toContain('คะแนนเฉลี่ยทั้งประเทศ 90.19');
    expect(box.text).toContain('ผ่านเกณฑ์ 80.9% (6,737 จาก 8,323 หน่วยงาน)');
    expect(box.title).toBe(
      'สำนักงาน ป.ป.ช. (รายงานต่อคณะรัฐมนตรี): รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566',
    );
    expect(box.text).toContain(box.title);
    // The demo's years 2563-2568 all have a published national share.
    const titles = await officialTitles(page, '#chart-pass-share');
    expect(titles).toHaveLength(6);
    expect(titles[3]).toContain('ตัวเลขทางการ ป.ป.ช. ปีงบประมาณ 2566: 80.9%');
    expect(titles[3]).toContain('ที่มา: สำนักงาน ป.ป.ช.');
    await expect(
      page.locator('#chart-pass-share [data-official-source]').textContent(),
    ).resolves.toContain('ตัวเลขทางการ ป.ป.ช. (ตัวเลขจริงที่เผยแพร่)');
    // Official figures are never labelled synthetic.
    expect(await page.locator('[data-official] [data-synthetic]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('official-overview'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('organisation page 2566: the official อบต. mean of 2566 beside the organisation, and on its trend', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/org/6940907?year=2566`);
    const box = await officialBox(page, 2566);
    // by_org_type.csv / cabinet-ita-2566.txt: องค์การบริหารส่วนตำบล 5,300, mean 90.11, 80.11 % passing.
    expect(box.text).toContain('ค่าเฉลี่ยทางการของ อบต. ทั้งประเทศ ปีงบประมาณ 2566');
    expect(box.text).toContain('90.11 คะแนน');
    expect(box.text).toContain('ผ่านเกณฑ์ 80.1% จาก 5,300 แห่ง');
    expect(box.text).toMatch(/อบต\.จะรัง ได้ \d+\.\d\d คะแนน: (สูงกว่า|ต่ำกว่า|เท่ากับ)ค่าเฉลี่ยทางการ/);
    expect(box.title).toContain('ประจำปีงบประมาณ พ.ศ. 2566');
    // Published for อบต.: 2564 (2565 report), 2565, 2566.
    const titles = await officialTitles(page, '#chart-org-trend');
    expect(titles.map((t) => t.split('\n')[0])).toEqual([
      'ค่าเฉลี่ยทางการ อบต. (ป.ป.ช.) ปีงบประมาณ 2564: 80.72',
      'ค่าเฉลี่ยทางการ อบต. (ป.ป.ช.) ปีงบประมาณ 2565: 87.04',
      'ค่าเฉลี่ยทางการ องค์การบริหารส่วนตำบล (ป.ป.ช.) ปีงบประมาณ 2566: 90.11',
    ]);
    await page.screenshot({ path: screenshotPath('official-org'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('organisation page 2568: says the NACC published no type mean for the year', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseURL}/org/6940907?year=2568`);
    const box = await officialBox(page, 2568);
    expect(box.text).toContain('ป.ป.ช. ไม่ได้เผยแพร่ค่าเฉลี่ยของ อบต. ปีงบประมาณ 2568');
    expect(box.title).toBe('');
  });

  it('province page 2565: the official อบต. mean of 2565 beside the province, and as a rule on the totals chart', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/province/94?year=2565`);
    const box = await officialBox(page, 2565);
    // by_org_type.csv / cabinet-ita-2565.txt: อบต. 5,300, mean 87.04, 68.09 % passing.
    expect(box.text).toContain('ค่าเฉลี่ยทางการของ อบต. ทั้งประเทศ ปีงบประมาณ 2565');
    expect(box.text).toContain('87.04 คะแนน');
    expect(box.text).toContain('ผ่านเกณฑ์ 68.1% จาก 5,300 แห่ง');
    expect(box.text).toMatch(/อบต\. ในพื้นที่นี้ [\d,]+ แห่ง เฉลี่ย \d+\.\d\d คะแนน/);
    expect(box.title).toContain('ประจำปีงบประมาณ พ.ศ. 2565');
    const titles = await officialTitles(page, '#chart-province-totals');
    expect(titles).toEqual([expect.stringMatching(/^ค่าเฉลี่ยทางการ อบต\. \(ป\.ป\.ช\.\): 87\.04\n/)]);
    await page.screenshot({ path: screenshotPath('official-province'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
