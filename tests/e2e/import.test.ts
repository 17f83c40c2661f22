// The import page on the national demo: a real report previewed, stored by a signed-in admin, found on its organisation,
// corrected on the review screen; PDF reports from both producers and a scanned PDF; a score file's dry run with its
// counts and problems; phone width.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jaRangReport } from '../../src/lib/server/ingest/sample-report-text';
import { launchBrowser, openPage, screenshotPath } from './browser';

const baseURL = inject('baseURL');
const admin = inject('admin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Read from the document (see data/reports/README.md and samples.test.ts).
const FIRST_MEASURE = 'มาตรการการตรวจสอบการใช้ดุลยพินิจ';
const RENAMED = 'มาตรการการตรวจสอบการใช้ดุลยพินิจของผู้บริหาร';

/**
 * อบต.จะรัง's FY 2565 report (data/reports/000_…, which the demo loads) as a revised version: its first measure
 * renamed, so that the test can tell the stored version from the one the demo loaded.
 */
const JA_RANG_REVISED = {
  name: 'รายงานจะรัง-2565-ฉบับปรับปรุง.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    fs
      .readFileSync('data/reports/000_7b65a3b7a86215a5.txt', 'utf8')
      .replace(FIRST_MEASURE, RENAMED),
  ),
};

async function orgMeasures(): Promise<{ name_th: string; synthetic: boolean }[]> {
  const res = await fetch(
    `${baseURL}/api/query/org_measures?code=6940907&fiscal_year=2565&format=json`,
  );
  return res.json();
}

/** Opens a page and waits until it has loaded its scripts (the file inputs only work once it has). */
async function open(page: Page, path: string) {
  await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
}

/** Signs in as the e2e admin on /login and comes back to /import, signed in. */
async function signIn(page: Page) {
  await open(page, '/login?next=/import');
  await page.fill('input[name="login"]', admin.login);
  await page.fill('input[name="password"]', admin.password);
  await page.click('form button[type="submit"]');
  // Not a pattern on the whole address: /login?next=/import ends in /import too.
  await page.waitForURL((u) => u.pathname === '/import');
  await page.waitForLoadState('networkidle');
  await page.locator(`[data-signed-in="${admin.login}"]`).waitFor();
}

describe('import page: measure reports', () => {
  it('previews a real report, stores it signed in, and its measures reach the organisation', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('นำเข้าข้อมูล');

    await page.setInputFiles('input[name="reports"]', [JA_RANG_REVISED]);
    const card = page.locator(`article[data-file="${JA_RANG_REVISED.name}"]`);
    await card.locator('table.measures').waitFor({ timeout: 30_000 });
    // The preview: organisation resolved, fiscal year, four measures, the missing round flagged, and the report the
    // demo loaded for the same organisation and year named as the one this replaces.
    await expect(card.locator('[data-org-status]').getAttribute('data-org-status')).resolves.toBe(
      'resolved',
    );
    await expect(card.locator('[data-org-code="6940907"]').textContent()).resolves.toContain(
      'จะรัง',
    );
    await expect(card.locator('[data-fact="fiscal_year"]').textContent()).resolves.toBe('2565');
    expect(await card.locator('table.measures tbody tr').count()).toBe(4);
    await expect(card.locator('table.measures').textContent()).resolves.toContain(RENAMED);
    await expect(card.locator('.warnings').textContent()).resolves.toContain('round');
    await expect(card.locator('.note').first().textContent()).resolves.toContain(
      '000_7b65a3b7a86215a5.txt',
    );
    // Nothing is stored before the button is pressed.
    expect((await orgMeasures()).map((m) => m.name_th)).not.toContain(RENAMED);
    await page.screenshot({ path: screenshotPath('import-report-preview-1366'), fullPage: true });

    await card.locator('button.primary').click();
    await card.locator('[data-stored="stored"]').waitFor({ timeout: 90_000 });
    await expect(card.locator('[data-stored]').textContent()).resolves.toContain(
      'มาตรการ 4 รายการ · แทนรายงานเดิม 1 ฉบับ',
    );

    // The organisation's measures are now this version's.
    const after = await orgMeasures();
    expect(after.length).toBe(4);
    expect(after.every((m) => !m.synthetic)).toBe(true);
    expect(after.map((m) => m.name_th)).toContain(RENAMED);
    expect(after.map((m) => m.name_th)).not.toContain(FIRST_MEASURE);
    await open(page, '/org/6940907?year=2565');
    await page.getByText(RENAMED).first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says "already loaded, nothing changed" for the file the test above stored, and the review screen keeps corrections with who and when', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page);
    await page.setInputFiles('input[name="reports"]', [JA_RANG_REVISED]);
    const card = page.locator('article[data-state="preview"]');
    await card.waitFor({ timeout: 30_000 });
    await expect(card.locator('.note.already').textContent()).resolves.toContain('บันทึกไว้แล้ว');
    await card.locator('button.primary').click();
    await card.locator('[data-stored="unchanged"]').waitFor({ timeout: 90_000 });
    await expect(card.locator('[data-stored]').textContent()).resolves.toContain('ไม่มีอะไรเปลี่ยน');

    await card.getByText('ตรวจทานและแก้ไข').click();
    await page.waitForURL(/\/import\/report\/[0-9a-f]{64}$/);
    await page.waitForLoadState('networkidle');
    const row = page.locator('tr[data-seq="4"]');
    await expect(row.locator('select[name="status-4"]').inputValue()).resolves.toBe('in_progress');
    await row.locator('select[name="status-4"]').selectOption('completed');
    await row.locator('button').click();
    const history = page.locator('.history tr[data-field="status"]');
    await history.waitFor({ timeout: 90_000 });
    // The account that made the correction is its who.
    await expect(history.textContent()).resolves.toContain(admin.login);
    await expect(history.textContent()).resolves.toContain('อยู่ระหว่างดำเนินการ');
    await expect(row.textContent()).resolves.toContain('ตัวอ่าน: อยู่ระหว่างดำเนินการ');
    await page.screenshot({ path: screenshotPath('import-review-1366'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the candidates of an ambiguous name and lets a person pick one (previewed only)', async () => {
    const { page, errors } = await openPage(browser);
    await open(page, '/import');
    // วังกระแจะ exists in ตราด (6230107) and กาญจนบุรี (6710207); this report names no province.
    const text = jaRangReport([['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่แล้ว']]).replace(
      'องค์การบริหารส่วนตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี',
      'องค์การบริหารส่วนตำบลวังกระแจะ',
    );
    await page.setInputFiles('input[name="reports"]', [
      { name: 'wangkrachae.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
    ]);
    const card = page.locator('article[data-file="wangkrachae.txt"]');
    await card.locator('[data-org-status="ambiguous"]').waitFor({ timeout: 30_000 });
    const radios = card.locator('input[type="radio"]');
    expect(await radios.count()).toBe(2);
    await expect(card.locator('.org-choice').textContent()).resolves.toContain('ตราด');
    await expect(card.locator('.org-choice').textContent()).resolves.toContain('กาญจนบุรี');
    await expect(card.locator('.note.warn').count()).resolves.toBe(1);
    await card.locator('input[type="radio"][value="6230107"]').check();
    await expect(card.locator('.note.warn').count()).resolves.toBe(0);
    await card.screenshot({ path: screenshotPath('import-ambiguous-1366') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says that a damaged PDF cannot be read', async () => {
    const { page, errors } = await openPage(browser);
    await open(page, '/import');
    await page.setInputFiles('input[name="reports"]', [
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') },
    ]);
    const card = page.locator('article[data-file="scan.pdf"][data-state="failed"]');
    await card.waitFor({ timeout: 30_000 });
    await expect(card.textContent()).resolves.toContain('ไฟล์ PDF เสียหาย');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** A PDF of a sample report, as the fixtures script made it (scripts/make-pdf-fixtures.ts). */
const pdfFixture = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: fs.readFileSync(`data/fixtures/reports/pdf/${name}`),
});

describe('import page: PDF reports', () => {
  // Sample 002 (data/reports/README.md): อบต.ตะลุโบะ (6940108), FY 2567, twelve measures in one combined table; its
  // period column reads "๑ ต.ค ๖๖ – ๓๐ ก.ย ๖๗", the whole fiscal year, so round 12 months read from the period.
  // The demo loaded its text version; each PDF replaces the report stored before it for the same year and round.
  const TALUBO = [
    { file: '002_4c4a9c54fc41eb39.libreoffice.pdf', replaces: '002_4c4a9c54fc41eb39.txt' },
    {
      file: '002_4c4a9c54fc41eb39.chromium.pdf',
      replaces: '002_4c4a9c54fc41eb39.libreoffice.pdf',
    },
  ];
  for (const { file, replaces } of TALUBO)
    it(`previews ${file}, stores it signed in, and its organisation's page names it`, async () => {
      const { page, errors } = await openPage(browser);
      await signIn(page);
      await page.setInputFiles('input[name="reports"]', [pdfFixture(file)]);
      const card = page.locator(`article[data-file="${file}"]`);
      await card.locator('table.measures').waitFor({ timeout: 60_000 });
      await expect(card.locator('[data-org-status]').getAttribute('data-org-status')).resolves.toBe(
        'resolved',
      );
      await expect(card.locator('[data-org-code="6940108"]').textContent()).resolves.toContain(
        'ตะลุโบะ',
      );
      await expect(card.locator('[data-fact="fiscal_year"]').textContent()).resolves.toBe('2567');
      const round = card.locator('[data-fact="round"]');
      await expect(round.textContent()).resolves.toContain('รอบ 12 เดือน');
      await expect(round.locator('[data-evidence]').getAttribute('data-evidence')).resolves.toBe(
        'period',
      );
      await expect(round.locator('.inferred').count()).resolves.toBe(0);
      await expect(card.locator('h4').first().textContent()).resolves.toBe('มาตรการ 12 รายการ');
      expect(await card.locator('table.measures tbody tr').count()).toBe(12);
      // Measure 12's name as the document writes it.
      await expect(card.locator('table.measures').textContent()).resolves.toContain(
        'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
      );
      await expect(card.textContent()).resolves.toContain('pdf');
      await expect(card.locator('.note').first().textContent()).resolves.toContain(replaces);
      await page.screenshot({
        path: screenshotPath(`import-pdf-preview-${file}-1366`),
        fullPage: true,
      });

      await card.locator('button.primary').click();
      await card.locator('[data-stored="stored"]').waitFor({ timeout: 90_000 });
      await expect(card.locator('[data-stored]').textContent()).resolves.toContain(
        'มาตรการ 12 รายการ · แทนรายงานเดิม 1 ฉบับ',
      );

      // The organisation's page lists the measures of the 12-month round from this file: 12 in the document, of which
      // ๔ and ๖ differ only by a space (กระบวนการปฏิบัติงานที่โปร่งใส[ ]และมีประสิทธิภาพ); org_measures.sql matches a
      // measure across rounds by its space-free name, so today they share one row (11). Either is this file's.
      await open(page, '/org/6940108?year=2567');
      const sources = page.locator('#org-measures tbody tr', { hasText: file });
      await sources.first().waitFor({ timeout: 60_000 });
      expect(await sources.count()).toBeGreaterThanOrEqual(11);
      expect(await sources.count()).toBeLessThanOrEqual(12);
      await expect(page.locator('#org-measures').textContent()).resolves.toContain(
        'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
      );
      expect(await page.locator('#org-measures tbody tr', { hasText: replaces }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it('previews a PDF memo with no round (sample 003, Chromium) at phone width without scrolling sideways', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await open(page, '/import');
    const file = '003_deb62b3327a31e92.chromium.pdf';
    await page.setInputFiles('input[name="reports"]', [pdfFixture(file)]);
    const card = page.locator(`article[data-file="${file}"]`);
    await card.locator('table.measures').waitFor({ timeout: 60_000 });
    // อบต.เมืองน้อย, อ.กันทรารมย์, จ.ศรีสะเกษ (6330311), เรื่อง … ประจำปี ๒๕๖๔, six measures, no round stated.
    await expect(card.locator('[data-org-code="6330311"]').textContent()).resolves.toContain(
      'เมืองน้อย',
    );
    await expect(card.locator('[data-fact="fiscal_year"]').textContent()).resolves.toBe('2564');
    await expect(card.locator('[data-fact="round"]').textContent()).resolves.toContain('ไม่ระบุ');
    expect(await card.locator('table.measures tbody tr').count()).toBe(6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: screenshotPath('import-pdf-preview-phone-390'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('tells a scanned PDF in one sentence that it has pages of images and needs OCR', async () => {
    const { page, errors } = await openPage(browser);
    await open(page, '/import');
    // data/fixtures/reports/pdf/scanned.pdf: A4 pages that are pictures of text, no text layer. How many pages the
    // fixtures script drew is read from the file's own page tree (/Count, as pdfinfo reports it).
    const scanned = pdfFixture('scanned.pdf');
    const pages = Number(/\/Count (\d+)/.exec(scanned.buffer.toString('latin1'))![1]);
    expect(pages).toBeGreaterThan(0);
    const started = Date.now();
    await page.setInputFiles('input[name="reports"]', [scanned]);
    const card = page.locator('article[data-file="scanned.pdf"][data-state="failed"]');
    await card.waitFor({ timeout: 30_000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    await expect(card.locator('.failure').textContent()).resolves.toContain(
      `ไฟล์ PDF นี้มี ${pages} หน้าที่เป็นภาพสแกน ไม่มีข้อความ: ให้ทำ OCR ก่อน`,
    );
    await expect(card.locator('table.measures').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('import page: size limit', () => {
  it('refuses a file over 20 MB before uploading it, saying why', async () => {
    const { page, errors } = await openPage(browser);
    await open(page, '/import');
    await page.setInputFiles('input[name="reports"]', [
      { name: 'huge.docx', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) },
    ]);
    await expect(page.locator('.refused').textContent()).resolves.toBe(
      'huge.docx ใหญ่เกิน 20 MB จึงไม่ได้อัปโหลด',
    );
    expect(await page.locator('article').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('import page: score files', () => {
  it("shows the dry run's counts and every problem with its row and column, and writes nothing", async () => {
    const { page, errors } = await openPage(browser);
    await open(page, '/import');
    await page.setInputFiles('input[name="scores"]', 'data/fixtures/scores/wide-problems.csv');
    await page.locator('[data-count="new"]').waitFor({ timeout: 60_000 });
    // Worked out by hand in data/fixtures/scores/README.md: new 4 (rows 2, 11, 12, 16), rejected 11.
    const count = (k: string) => page.locator(`[data-count="${k}"] .v`).textContent();
    await expect(count('new')).resolves.toBe('4');
    await expect(count('changed')).resolves.toBe('0');
    await expect(count('unchanged')).resolves.toBe('0');
    await expect(count('rejected')).resolves.toBe('11');
    // Row 9: indicator 3 = 105 in column H, said in Thai with the English beneath.
    const row9 = page.locator('tr[data-row="9"][data-column="H"]');
    await expect(row9.textContent()).resolves.toContain('105');
    await expect(row9.textContent()).resolves.toContain('outside 0-100');
    await expect(page.locator('.mapping').textContent()).resolves.toContain('ตัวชี้วัดที่ 3');
    await page.locator('section.scores').screenshot({ path: screenshotPath('import-scores-1366') });
    const inventory = (await (
      await fetch(`${baseURL}/api/query/org_scores?fiscal_year=2564&format=json`)
    ).json()) as { org_code: string; source: string }[];
    expect(inventory.find((r) => r.org_code === '6940907')?.source).toBe('synthetic');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('import page at phone width', () => {
  it('fits a preview, the download choices and the review screen in 390 px', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page);
    await page.setInputFiles('input[name="reports"]', [JA_RANG_REVISED]);
    await page.locator('article[data-state="preview"]').waitFor({ timeout: 30_000 });
    // Wide tables scroll inside their frame; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: screenshotPath('import-phone-390'), fullPage: true });
    // The review screen of the same report.
    await page.locator('article button.primary').click();
    await page.locator('[data-stored="unchanged"]').waitFor({ timeout: 90_000 });
    await page.getByText('ตรวจทานและแก้ไข').click();
    await page.waitForURL(/\/import\/report\//);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: screenshotPath('import-review-phone-390'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('dataset download', () => {
  it('sends a province as CSV (zip) without a token, and refuses a national workbook naming the parameter', async () => {
    const res = await fetch(`${baseURL}/data/download?format=csv&province=94&year=2567`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ita-dataset-csv-p94-2567.zip"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const bad = await fetch(`${baseURL}/data/download?format=xlsx`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.param).toBe('province');
  });
});

describe('accounts', () => {
  it('shows the public a sign-in link instead of a store button, and the sign-in page in Thai at 1366 and 390', async () => {
    for (const width of [1366, 390]) {
      const { page, errors } = await openPage(browser, { width, height: width > 400 ? 900 : 844 });
      await open(page, '/import');
      await expect(page.locator('.access a.sign-in').getAttribute('href')).resolves.toBe(
        '/login?next=%2Fimport',
      );
      await page.setInputFiles('input[name="reports"]', [JA_RANG_REVISED]);
      const card = page.locator('article[data-state="preview"]');
      await card.waitFor({ timeout: 30_000 });
      await expect(card.locator('button.primary').isDisabled()).resolves.toBe(true);
      await page.click('.access a.sign-in');
      await page.waitForURL((u) => u.pathname === '/login');
      await expect(page.locator('h1').textContent()).resolves.toBe('เข้าสู่ระบบ');
      await expect(page.locator('.auth-card').textContent()).resolves.toContain(
        'เข้าสู่ระบบผิด 5 ครั้งภายใน 15 นาที',
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await page.screenshot({ path: screenshotPath(`login-${width}`), fullPage: true });
      // A wrong password is refused in Thai, with English beneath.
      await page.fill('input[name="login"]', admin.login);
      await page.fill('input[name="password"]', 'not the password at all');
      await page.click('form button[type="submit"]');
      await page.locator('.auth-card .error').waitFor();
      await expect(page.locator('.auth-card .error').textContent()).resolves.toContain(
        'ชื่อเข้าระบบหรือรหัสผ่านไม่ถูกต้อง',
      );
      // The refused sign-in answers 401, which the browser logs; nothing else may fail.
      expect(errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
      await page.context().close();
    }
  });

  it('sets an HttpOnly, SameSite=Lax session cookie (no Secure over plain http) and signs out', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page);
    const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'ita_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    await open(page, '/account');
    await expect(page.locator(`[data-account="${admin.login}"]`).textContent()).resolves.toContain(
      'ผู้ทดสอบ e2e',
    );
    await page.click('form.logout button');
    await page.waitForURL(`${baseURL}/`);
    await open(page, '/import');
    await page.locator('.access a.sign-in').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a cross-origin write with the session, a token in the URL, and the old admin header; nothing stored', async () => {
    const { page } = await openPage(browser);
    await signIn(page);
    const session = (await page.context().cookies()).find((c) => c.name === 'ita_session')!.value;
    await page.context().close();
    const store = (query: string, headers: Record<string, string>) =>
      fetch(`${baseURL}/api/import/report/store${query}`, {
        method: 'POST',
        body: JA_RANG_REVISED.buffer,
        headers: {
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent('cross.txt'),
          ...headers,
        },
      });
    const before = await orgMeasures();
    const cross = await store('', {
      cookie: `ita_session=${session}`,
      origin: 'https://evil.example',
    });
    expect(cross.status).toBe(403);
    expect((await cross.json()).error.code).toBe('cross_origin');
    const inUrl = await store(`?admin_token=${admin.token}`, { origin: baseURL });
    expect(inUrl.status).toBe(400);
    expect((await inUrl.json()).error.message).toContain('Authorization: Bearer');
    const old = await store('', { 'x-ita-admin-token': 'e2e-token' });
    expect((await old.json()).error.code).toBe('admin_token_removed');
    const publicWrite = await store('', {});
    expect(publicWrite.status).toBe(401);
    expect(await orgMeasures()).toEqual(before);
  });
});
