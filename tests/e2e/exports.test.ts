// Taking charts to a meeting, on the national demo data: every download from a chart's menu (PNG, SVG, CSV, XLSX), the
// meeting deck as PPTX and PDF, print, and link previews, each file opened and checked.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath } from './browser';
import JSZip from 'jszip';
import { darkPixels, decodePng, pdfPageCount, pptxSlides, squeeze, svgText } from './exports-files';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PASS = '#chart-pass-share';

async function overview(view = '?province=94'): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser);
  await opened.page.goto(`${baseURL}/${view}`);
  await opened.page.locator(`${PASS}[data-status="ready"] svg`).first().waitFor();
  await opened.page.locator('#chart-total-distribution[data-status="ready"] svg').first().waitFor();
  return opened;
}

async function download(
  page: Page,
  chart: string,
  kind: string,
): Promise<{ d: Download; bytes: Buffer }> {
  await page.locator(`${chart} .export-menu summary`).click();
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${chart} [data-export="${kind}"]`).click(),
  ]);
  return { d, bytes: fs.readFileSync((await d.path())!) };
}

function csvRows(text: string): string[][] {
  return text
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split(','));
}

describe('downloads from a chart menu on the overview (province 94)', () => {
  let page: Page;
  let errors: string[];
  let title: string;
  beforeAll(async () => {
    ({ page, errors } = await overview());
    title = (await page.locator(`${PASS} h2`).textContent())!.trim();
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the menu with every format', async () => {
    await page.locator(`${PASS} .export-menu summary`).click();
    await page.screenshot({ path: screenshotPath('exports-menu-1366') });
    for (const kind of ['png2', 'png1', 'svg', 'csv', 'xlsx', 'deck-add'])
      await expect(page.locator(`${PASS} [data-export="${kind}"]`).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(`${PASS} .export-menu summary`).click();
  });

  it('PNG 2× for slides: 2000 px wide, named after what it shows, the title drawn in', async () => {
    const { d, bytes } = await download(page, PASS, 'png2');
    expect(d.suggestedFilename()).toBe('จ.ปัตตานี-อบต.-สัดส่วนที่ผ่านเกณฑ์-2563-2568.png');
    const png = decodePng(bytes);
    expect(png.width).toBe(2000);
    expect(png.height).toBeGreaterThan(600);
    // The title sits in the first ~90 px (at 2×); a blank band there means the font failed.
    expect(darkPixels(png, 40, 100)).toBeGreaterThan(3000);
    // Above it is the white margin.
    expect(darkPixels(png, 0, 30)).toBe(0);
    fs.copyFileSync((await d.path())!, screenshotPath('exports-pass-share-2x'));
  });

  it('PNG 1×: 1000 px wide, half the height of 2×', async () => {
    const png = decodePng((await download(page, PASS, 'png1')).bytes);
    expect(png.width).toBe(1000);
    expect(darkPixels(png, 20, 50)).toBeGreaterThan(700);
  });

  it('SVG with the title the page shows and the filters in force', async () => {
    const { d, bytes } = await download(page, PASS, 'svg');
    expect(d.suggestedFilename()).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    // Checked without printing the SVG on failure: it carries the font, 250 kB of base64.
    const has = (text: string) => expect(svg.includes(text), text).toBe(true);
    has(`<text data-role="title"`);
    has(title);
    has('ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต. · ปีงบประมาณ 2563–2568');
    // The demo mixes the real sample reports' SAOs with synthetic data: the source line says so.
    has('ข้อมูลสังเคราะห์');
    expect(/ส่งออกเมื่อ \d{1,2} [ก-๙.]+ 25\d\d/.test(svg)).toBe(true);
  });

  it('CSV with a BOM whose rows are the chart query rows', async () => {
    const { bytes } = await download(page, PASS, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(new TextDecoder().decode(bytes));
    const expected = (await (
      await fetch(`${baseURL}/api/query/year_summary?province=94&type=sao&format=json`)
    ).json()) as Record<string, number>[];
    // The last column is the NACC's official national share of the year (every demo year has one).
    const official = new Map(
      (
        (await (await fetch(`${baseURL}/api/query/official_national?format=json`)).json()) as {
          fiscal_year: number;
          pass_share: number;
        }[]
      ).map((o) => [o.fiscal_year, o.pass_share]),
    );
    expect(rows[0]![0]).toBe('ปีงบประมาณ');
    expect(rows.length - 1).toBe(expected.length);
    for (const [i, r] of expected.entries())
      expect(rows[i + 1]).toEqual([
        ...[
          'fiscal_year',
          'orgs',
          'mean_total',
          'median_total',
          'passed',
          'pass_share',
          'target_share',
          'target_mean',
        ].map((k) => (r[k] == null ? '' : String(r[k]))),
        String(official.get(r.fiscal_year!)),
      ]);
    expect(Number(await page.locator(PASS).getAttribute('data-rows'))).toBe(expected.length);
  });

  it('XLSX that exceljs opens, with the same rows and an about sheet', async () => {
    const { d, bytes } = await download(page, PASS, 'xlsx');
    expect(d.suggestedFilename()).toBe('จ.ปัตตานี-อบต.-สัดส่วนที่ผ่านเกณฑ์-2563-2568.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const data = wb.getWorksheet('ข้อมูล')!;
    const expected = (await (
      await fetch(`${baseURL}/api/query/year_summary?province=94&type=sao&format=json`)
    ).json()) as Record<string, number>[];
    expect(data.rowCount - 1).toBe(expected.length);
    for (const [i, r] of expected.entries()) {
      const values = (data.getRow(i + 2).values as unknown[]).slice(1);
      expect(values.slice(0, 3)).toEqual([r.fiscal_year, r.orgs, r.mean_total]);
    }
    expect(wb.getWorksheet('เกี่ยวกับ')!.getCell('B1').value).toBe(title);
  });

  it('has the export menu on every chart of the page', async () => {
    for (const fig of await page.locator('figure[data-chart][data-status="ready"]').all())
      await expect(fig.locator('.export-menu').count()).resolves.toBe(1);
  });
});

// Every page with charts, and a view of the demo data on it.
const PAGES = [
  '/?province=94',
  '/indicators?province=94',
  '/changes?province=94',
  '/measures?province=94',
  '/province/94',
  '/org/6940907',
  '/compare?orgs=6940907,6940108,6940104',
];

describe('what you download is what you saw', () => {
  for (const path of PAGES)
    it(`${path}: every chart's export has the page's title, subtitle, summary and rows`, async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${baseURL}${path}`);
      await page.locator('figure[data-chart]').first().waitFor();
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('figure[data-chart]')].every(
            (f) => f.getAttribute('data-status') !== 'loading',
          ),
        undefined,
        { timeout: 60_000 },
      );
      const figures = await page.locator('figure[data-chart]').all();
      let checked = 0;
      for (const fig of figures) {
        const id = (await fig.getAttribute('data-chart'))!;
        if ((await fig.getAttribute('data-status')) !== 'ready') continue;
        checked++;
        await fig.locator('.export-menu summary').click();
        const href = (await fig.locator('[data-export="svg"]').getAttribute('href'))!;
        await fig.locator('.export-menu summary').click();
        const res = await fetch(`${baseURL}${href}`);
        expect(res.status, `${id}: ${href}`).toBe(200);
        const svg = await res.text();
        expect(svgText(svg, 'title'), id).toBe(squeeze(await fig.locator('h2').textContent()));
        const subtitle = fig.locator('p.subtitle');
        if (await subtitle.count())
          expect(svgText(svg, 'description'), id).toBe(squeeze(await subtitle.textContent()));
        const summary = fig.locator('p.summary');
        if (await summary.count())
          expect(svgText(svg, 'summary'), id).toBe(squeeze(await summary.textContent()));
        expect(svgText(svg, 'source'), id).toBe(
          squeeze(await fig.locator('p.source').textContent()),
        );
        // The official figures' source line, where the chart draws them, is the page's too.
        const official = fig.locator('[data-official-source]');
        if (await official.count())
          expect(svgText(svg, 'official-source'), id).toBe(squeeze(await official.textContent()));
        const csv = await (await fetch(`${baseURL}${href.replace('.svg?', '.csv?')}`)).text();
        expect(csvRows(csv).length - 1, id).toBe(Number(await fig.getAttribute('data-rows')));
      }
      expect(checked).toBeGreaterThan(0);
      expect(checked).toBe(figures.length);
      expect(errors).toEqual([]);
      await page.context().close();
    });
});

describe('the meeting deck', () => {
  it('collects charts from a page, reorders them, and downloads PPTX and PDF with Thai titles', async () => {
    const { page, errors } = await overview();
    for (const chart of ['#chart-total-distribution', PASS]) {
      await page.locator(`${chart} .export-menu summary`).click();
      await page.locator(`${chart} [data-export="deck-add"]`).click();
      await page.locator(`${chart} [data-export="deck-open"]`).waitFor();
      await page.locator(`${chart} .export-menu summary`).click();
    }
    await expect(page.locator('[data-deck-count]').textContent()).resolves.toContain('(2)');
    await page.goto(`${baseURL}/deck`);
    await page.locator('[data-deck-item]').nth(1).waitFor();
    await page.fill('input[name="deck-title"]', 'ประชุมติดตามผล ITA จังหวัดปัตตานี');
    await page.locator('input[name="deck-title"]').press('Tab');
    // Put the pass-share chart first.
    await page
      .locator('[data-deck-item]')
      .nth(0)
      .getByRole('button', { name: /เลื่อนลง/ })
      .click();
    await expect(
      page.locator('[data-deck-item]').nth(0).getAttribute('data-deck-item'),
    ).resolves.toBe('pass-share-trend');
    await page.screenshot({ path: screenshotPath('exports-deck-1366'), fullPage: true });

    const [pptx] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-deck="pptx"]'),
    ]);
    expect(pptx.suggestedFilename()).toMatch(
      /^ประชุมติดตามผล-ITA-จังหวัดปัตตานี-25\d\d-\d\d-\d\d\.pptx$/,
    );
    const slides = await pptxSlides(fs.readFileSync((await pptx.path())!));
    // Title, the province summary (both charts are about province 94), then the two charts in the chosen order.
    expect(slides).toHaveLength(4);
    expect(slides[0]).toContain('ประชุมติดตามผล ITA จังหวัดปัตตานี');
    expect(slides[1]).toContain('สรุปผลการประเมิน ITA จังหวัดปัตตานี');
    expect(slides[2]).toContain('สัดส่วนหน่วยงานที่ผ่านเกณฑ์ เทียบกับเป้าหมายประเทศ');
    expect(slides[3]).toContain('การกระจายของคะแนนรวม ITA แยกตามปีงบประมาณ');
    for (const xml of slides) {
      expect(xml).toContain('lang="th-TH"');
      expect(xml).toMatch(/<a:cs typeface="Sarabun"[^>]*charset="-34"/);
      expect(xml).not.toMatch(/<a:cs [^>]*charset="-120"/);
    }
    fs.copyFileSync(
      (await pptx.path())!,
      screenshotPath('exports-deck').replace(/\.png$/, '.pptx'),
    );

    const [pdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.click('[data-deck="pdf"]'),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfBytes = fs.readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdfBytes)).toBe(4);
    fs.copyFileSync((await pdf.path())!, screenshotPath('exports-deck').replace(/\.png$/, '.pdf'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the deck on a phone', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseURL}/deck`);
    await page.locator('[data-deck-empty]').waitFor();
    await page.screenshot({ path: screenshotPath('exports-deck-empty-390'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the province meeting pack', () => {
  it('downloads the PPTX deck and the XLSX tables of the province in one ZIP', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL}/province/94?year=2567`);
    const [pack] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.click('[data-export="meeting-pack"]'),
    ]);
    expect(pack.suggestedFilename()).toBe('ชุดเอกสารประชุม-จ.ปัตตานี-2567.zip');
    const zip = await JSZip.loadAsync(fs.readFileSync((await pack.path())!));
    expect(Object.keys(zip.files).sort()).toEqual([
      'จ.ปัตตานี-ITA-2567.pptx',
      'จ.ปัตตานี-ITA-2567.xlsx',
    ]);
    const slides = await pptxSlides(await zip.file('จ.ปัตตานี-ITA-2567.pptx')!.async('uint8array'));
    // Title, the province summary, and the eleven standard charts (the demo has data for all of them), the map of
    // the province's organisations third, after the organisations and the districts.
    expect(slides).toHaveLength(13);
    expect(slides[1]).toContain('สรุปผลการประเมิน ITA จังหวัดปัตตานี ปีงบประมาณ 2567');
    expect(slides[4]).toContain('แผนที่คะแนนรวม ITA จังหวัดปัตตานี ปีงบประมาณ 2567');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await zip.file('จ.ปัตตานี-ITA-2567.xlsx')!.async('arraybuffer')) as ArrayBuffer,
    );
    const orgs = wb.getWorksheet('หน่วยงาน')!;
    const table = await (
      await fetch(
        `${baseURL}/api/query/province_orgs?province=94&fiscal_year=2567&type=sao&weak=pass_mark&peer=province&lowest_n=2&format=json`,
      )
    ).json();
    expect(orgs.rowCount - 1).toBe(table.length);
    fs.copyFileSync((await pack.path())!, screenshotPath('exports-pack').replace(/\.png$/, '.zip'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('print and link previews', () => {
  it('prints without navigation chrome or menus', async () => {
    const { page, errors } = await overview();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.app-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.export-menu').first().isVisible()).resolves.toBe(false);
    await expect(page.locator(`${PASS} svg`).first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    fs.writeFileSync(screenshotPath('exports-overview-print').replace(/\.png$/, '.pdf'), pdf);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sets og tags with an image rendered for the same view', async () => {
    const { page } = await overview('?province=94&year=2567');
    const og = (p: string) => page.locator(`meta[property="og:${p}"]`).getAttribute('content');
    await expect(og('title')).resolves.toContain('จังหวัดปัตตานี');
    await expect(og('description')).resolves.toContain('2567');
    const image = (await og('image'))!;
    expect(image).toBe(`${baseURL}/export/total-distribution.png?year=2567&province=94`);
    const res = await fetch(image);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(decodePng(new Uint8Array(await res.arrayBuffer())).width).toBe(1000);
    await page.context().close();
  });
});

describe('/export over HTTP', () => {
  it('answers an unknown chart and a bad parameter with 400 saying what is wrong', async () => {
    const unknown = await fetch(`${baseURL}/export/no-such-chart.png`);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toMatch(/Unknown chart 'no-such-chart'/);
    const bad = await fetch(`${baseURL}/export/pass-share-trend.png?province=9x`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).param).toBe('province');
  });
});
