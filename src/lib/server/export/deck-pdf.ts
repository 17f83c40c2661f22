// Prints the deck's print page (/deck/print) to PDF in headless Chromium (playwright-core), so Thai is shaped by the
// browser with the page's Sarabun, never drawn by a PDF library. Chromium is Debian's (/usr/bin/chromium, or
// CHROMIUM_PATH); without it the PDF answers 503 and the print page remains, for the browser's own "Save as PDF".
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { encodeDeck, type DeckSpec } from '../../features/export/deck-codec';
import type { Lang } from '../../i18n/messages';

export class PdfUnavailableError extends Error {}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags that work on these machines (no network, running as root); the PDF fixture scripts use them too. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Where Chromium can reach this server. ITA_PRINT_ORIGIN when set; under adapter-node (PORT set) the local listener,
 * because the request's origin says https unless ORIGIN is configured, and may be a proxy the server cannot reach;
 * otherwise (vite dev) the request's own origin.
 */
export function printOrigin(
  requestOrigin: string,
  env: Record<string, string | undefined> = process.env,
): string {
  if (env.ITA_PRINT_ORIGIN) return env.ITA_PRINT_ORIGIN.replace(/\/$/, '');
  if (env.PORT) {
    const host = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
    return `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT}`;
  }
  return requestOrigin;
}

/** The print page's address for a deck, relative to the app's origin. */
export const printPath = (deck: DeckSpec) => `/deck/print?d=${encodeDeck(deck)}`;

type Browser = import('playwright-core').Browser;

/**
 * How much nicer than the server Chromium runs (nice +10), so its layout and printing yield the cores to the reads.
 * Run as root (as on these servers), Chromium otherwise raises some 27 of its threads to nice -8, above the server
 * itself: reads were 3× slower during 4 PDFs. So it starts without the right to raise its priority (setpriv drops
 * CAP_SYS_NICE) under `nice`; every process and thread it makes inherits both.
 */
export const CHROMIUM_NICENESS = 10;
const NICE = '/usr/bin/nice';
const SETPRIV = '/usr/bin/setpriv';

let launcher: string | null = null;

/** A private script that execs Chromium so (playwright takes only an executable), or Chromium itself elsewhere. */
function chromiumLauncher(): string {
  if (launcher) return launcher;
  if (process.platform !== 'linux' || !fs.existsSync(NICE)) return (launcher = CHROMIUM_PATH);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-chromium-'));
  const script = path.join(dir, 'chromium');
  const quoted = `'${CHROMIUM_PATH.replaceAll("'", `'\\''`)}'`;
  // Only root holds CAP_SYS_NICE, and only root may drop it from the bounding set (anyone else: setpriv fails).
  const asRoot = process.getuid?.() === 0;
  const noRaise = asRoot && fs.existsSync(SETPRIV) ? `${SETPRIV} --bounding-set -sys_nice ` : '';
  fs.writeFileSync(
    script,
    `#!/bin/sh\nexec ${noRaise}${NICE} -n ${CHROMIUM_NICENESS} ${quoted} "$@"\n`,
    { mode: 0o700 },
  );
  return (launcher = script);
}

/** How long the shared Chromium stays open after its last PDF, ms: a meeting's decks come in bursts. */
export const BROWSER_IDLE_MS = 60_000;

let browser: Promise<Browser> | null = null;
let inUse = 0;
let idleTimer: NodeJS.Timeout | null = null;

/**
 * One Chromium for every PDF, launched on first use and closed after BROWSER_IDLE_MS without work: a launch costs a
 * second or two and ~100 MB, and one per request had no bound. Each PDF gets its own browser context (cookies,
 * language), and at most N print at once because each runs as a heavy job.
 */
function sharedBrowser(): Promise<Browser> {
  if (browser) return browser;
  let chromium: typeof import('playwright-core').chromium;
  try {
    // Loaded at run time, not bundled into the server build (see render-svg.ts on jsdom).
    ({ chromium } = createRequire(import.meta.url)(
      'playwright-core',
    ) as typeof import('playwright-core'));
  } catch {
    return Promise.reject(
      new PdfUnavailableError('PDF needs the playwright-core package (npm ci installs it)'),
    );
  }
  const launched = chromium
    .launch({ executablePath: chromiumLauncher(), headless: true, args: CHROMIUM_FLAGS })
    .then((b) => {
      // A crashed or killed Chromium is launched again by the next PDF.
      b.on('disconnected', () => {
        if (browser === launched) browser = null;
      });
      return b;
    });
  browser = launched;
  launched.catch(() => {
    if (browser === launched) browser = null;
  });
  return launched;
}

function release(): void {
  inUse--;
  if (inUse > 0) return;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (inUse > 0 || !browser) return;
    const closing = browser;
    browser = null;
    void closing.then((b) => b.close()).catch(() => undefined);
  }, BROWSER_IDLE_MS);
  idleTimer.unref();
}

/** Closes the shared Chromium now (the server is shutting down). */
export async function closeDeckBrowser(): Promise<void> {
  const closing = browser;
  browser = null;
  await closing?.then((b) => b.close()).catch(() => undefined);
}

/** How many Chromium processes this server has open for PDFs (0 or 1): for tests and the bench. */
export const openBrowsers = () => (browser ? 1 : 0);

export async function deckPdf(origin: string, deck: DeckSpec, lang: Lang): Promise<Uint8Array> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new PdfUnavailableError(
      `PDF needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH); open the print view and use the browser's Save as PDF instead`,
    );
  inUse++;
  if (idleTimer) clearTimeout(idleTimer);
  try {
    const context = await (
      await sharedBrowser()
    ).newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    try {
      await context.addCookies([{ name: 'lang', value: lang, url: origin }]);
      const page = await context.newPage();
      const res = await page.goto(origin + printPath(deck), {
        waitUntil: 'networkidle',
        timeout: 60_000,
      });
      if (!res || !res.ok())
        throw new Error(`The print page answered ${res?.status()} for this deck`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        format: 'A4',
        landscape: true,
        margin: { top: '10mm', bottom: '10mm', left: '12mm', right: '12mm' },
        printBackground: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  } finally {
    release();
  }
}
