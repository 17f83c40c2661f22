// The app's Thai font as TrueType files for server-side rendering: resvg cannot read the WOFF2 files the pages use,
// so exports load Sarabun's TTFs (OFL) from @expo-google-fonts/sarabun, the same family the pages show.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectPath } from '../paths';
import { readFontMetrics, type FontMetrics } from './font-metrics';

/** The family name inside the TTFs; SVG text must ask for exactly this name. */
export const EXPORT_FONT_FAMILY = 'Sarabun';

export type FontWeight = 400 | 600;

const FILES: Record<FontWeight, string> = {
  400: '400Regular/Sarabun_400Regular.ttf',
  600: '600SemiBold/Sarabun_600SemiBold.ttf',
};

function packageDir(): string {
  try {
    const require = createRequire(import.meta.url);
    return path.dirname(require.resolve('@expo-google-fonts/sarabun/package.json'));
  } catch {
    // The built server's chunks may sit outside node_modules' reach; the project root always has it.
    return projectPath('node_modules', '@expo-google-fonts', 'sarabun');
  }
}

export interface ExportFont {
  weight: FontWeight;
  file: string;
  bytes: Buffer;
  metrics: FontMetrics;
}

let fonts: Record<FontWeight, ExportFont> | null = null;

/** Both weights, read once. */
export function exportFonts(): Record<FontWeight, ExportFont> {
  if (fonts) return fonts;
  const dir = packageDir();
  const load = (weight: FontWeight): ExportFont => {
    const file = path.join(dir, FILES[weight]);
    if (!fs.existsSync(file))
      throw new Error(`Thai font for exports not found at ${file}: run npm ci`);
    const bytes = fs.readFileSync(file);
    return { weight, file, bytes, metrics: readFontMetrics(bytes) };
  };
  fonts = { 400: load(400), 600: load(600) };
  return fonts;
}

export function fontMetrics(weight: FontWeight = 400): FontMetrics {
  return exportFonts()[weight].metrics;
}

let fontFaces: string | null = null;

/** @font-face rules carrying the TTFs as data URLs, so a downloaded SVG shows Thai on machines without Sarabun. */
export function embeddedFontFaces(): string {
  return (fontFaces ??= Object.values(exportFonts())
    .map(
      (f) =>
        `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-weight:${f.weight};` +
        `src:url(data:font/ttf;base64,${f.bytes.toString('base64')}) format('truetype');}`,
    )
    .join(''));
}
