// Starts Debian's Chromium through playwright-core with the flags that work on these machines, and collects page errors.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: run 'apt-get install -y chromium' (npm test does it)`,
    );
  // Playwright gives every launch a fresh temporary profile of its own (it refuses --user-data-dir here).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens a page that records console errors and uncaught exceptions. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1366, height: 768 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  // Pages arrive drawn (charts in the first HTML), so "the chart is there" no longer means "the page has hydrated":
  // after a navigation to a page of the app, wait for the layout's mark before a test types or clicks.
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const res = await goto(url, options);
    if (res?.headers()['content-type']?.startsWith('text/html'))
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 });
    return res;
  };
  return { page, errors };
}

/** Screenshots go to screenshots/ (git-ignored), or to ITA_SCREENSHOTS_DIR, for people to look at. */
export function screenshotPath(name: string): string {
  const dir = process.env.ITA_SCREENSHOTS_DIR ?? path.join(process.cwd(), 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
