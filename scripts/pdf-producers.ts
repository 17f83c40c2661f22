// Makes PDFs the way real offices do, for test fixtures: Chromium's print of HTML and LibreOffice's export of DOCX/HTML.
// Both run locally (Debian's /usr/bin/chromium, /usr/bin/soffice); nothing is downloaded.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../src/lib/server/export/deck-pdf';

const run = promisify(execFile);

export const CHROMIUM = CHROMIUM_PATH;
export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

const SARABUN_DIR = path.resolve('node_modules/@expo-google-fonts/sarabun');

/**
 * A <style> that embeds the app's bundled Sarabun (TTF, as data: URLs so the page needs no file access) and makes it
 * the page font: a fresh machine has no Thai system font, and Chromium embeds the font it draws with into the PDF.
 */
export function sarabunStyle(): string {
  const face = (weight: number, file: string) => {
    const ttf = fs.readFileSync(path.join(SARABUN_DIR, file)).toString('base64');
    return `@font-face{font-family:'Sarabun';font-weight:${weight};src:url(data:font/ttf;base64,${ttf}) format('truetype');}`;
  };
  return (
    '<style>' +
    face(400, '400Regular/Sarabun_400Regular.ttf') +
    face(700, '700Bold/Sarabun_700Bold.ttf') +
    "body{font-family:'Sarabun',sans-serif;}" +
    '</style>'
  );
}

/** Puts the Sarabun style into an HTML page's head (or in front of it when it has none). */
function withSarabun(html: string): string {
  const style = sarabunStyle();
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + style) : style + html;
}

/** Prints each HTML page to an A4 PDF with one headless Chromium; the PDFs come back in the same order. */
export async function htmlToPdfChromium(htmls: string[]): Promise<Uint8Array[]> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: run 'apt-get install -y chromium' (or set CHROMIUM_PATH)`,
    );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    const out: Uint8Array[] = [];
    for (const html of htmls) {
      await page.setContent(withSarabun(html), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '15mm' },
        printBackground: true,
      });
      out.push(new Uint8Array(pdf));
    }
    return out;
  } finally {
    await browser.close();
  }
}

/**
 * Converts files with one `soffice --headless --convert-to <target>` call (LibreOffice starts once for all of them)
 * into outDir, with a private profile so it never meets a running office or another call's profile. Returns the
 * paths of the files written, in input order. HTML input needs `<meta charset="utf-8">`, or LibreOffice reads it as
 * Latin-1. Inputs with the same base name overwrite each other: give them separate calls.
 */
export async function convertWithLibreOffice(
  paths: string[],
  outDir: string,
  target: 'pdf' | 'docx:MS Word 2007 XML' = 'pdf',
): Promise<string[]> {
  if (!fs.existsSync(SOFFICE))
    throw new Error(
      `No LibreOffice at ${SOFFICE}: run 'apt-get install -y libreoffice-writer fonts-thai-tlwg' (or set SOFFICE_PATH)`,
    );
  if (paths.length === 0) return [];
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  // The bundled Sarabun (the free build of TH Sarabun, the Thai government's standard font) goes where fontconfig
  // looks in the home folder, so documents set in Sarabun are drawn with it rather than a fallback font.
  const fonts = path.join(profile, 'home', '.fonts');
  fs.mkdirSync(fonts, { recursive: true });
  for (const file of ['400Regular/Sarabun_400Regular.ttf', '700Bold/Sarabun_700Bold.ttf'])
    fs.copyFileSync(path.join(SARABUN_DIR, file), path.join(fonts, path.basename(file)));
  try {
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        target,
        '--outdir',
        outDir,
        ...paths.map((p) => path.resolve(p)),
      ],
      {
        timeout: 300_000,
        maxBuffer: 16 << 20,
        env: { ...process.env, HOME: path.join(profile, 'home') },
      },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const ext = target.startsWith('docx') ? '.docx' : '.pdf';
  const written = paths.map((p) => path.join(outDir, path.parse(p).name + ext));
  const missing = written.filter((p) => !fs.existsSync(p));
  if (missing.length)
    throw new Error(`LibreOffice did not write ${missing.join(', ')} (is the input readable?)`);
  return written;
}

/** DOCX or HTML files → PDFs in outDir through LibreOffice (one soffice call). */
export function docxOrHtmlToPdfLibreOffice(paths: string[], outDir: string): Promise<string[]> {
  return convertWithLibreOffice(paths, outDir, 'pdf');
}
