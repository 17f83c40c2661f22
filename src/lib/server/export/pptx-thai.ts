// Makes Thai slide text render right in PowerPoint and LibreOffice. pptxgenjs names the font for latin, east-Asian and
// complex-script text alike but marks the complex-script font as Big5 (charset -120) and the east-Asian one as GB2312,
// so an application without Sarabun substitutes a Chinese font for Thai runs (boxes, or tone marks misplaced). Thai is
// charset 222, written -34 as PowerPoint does. The theme's complex-script fonts are set too, for text typed later;
// its Thai script font stays Tahoma, which every Windows machine has.
import JSZip from 'jszip';

export const THAI_CHARSET = '-34';

/** Rewrites one slide's (or layout's, or master's) XML. */
export function fixRunFonts(xml: string, family: string): string {
  return xml
    .replace(
      /<a:cs typeface="([^"]*)"([^>]*?)\s*charset="[^"]*"([^>]*)\/>/g,
      `<a:cs typeface="$1"$2 charset="${THAI_CHARSET}"$3/>`,
    )
    .replace(
      /<a:ea typeface="([^"]*)"([^>]*?)\s*charset="[^"]*"([^>]*)\/>/g,
      '<a:ea typeface="$1"$2$3/>',
    )
    .replace(
      /<a:cs typeface="\+mn-cs"\/>/g,
      `<a:cs typeface="${family}" charset="${THAI_CHARSET}"/>`,
    );
}

/** Sets the theme's major and minor complex-script fonts to the family; its Thai script font (Tahoma) stays. */
export function fixThemeFonts(xml: string, family: string): string {
  return xml.replace(
    /<a:cs typeface=""\/>/g,
    `<a:cs typeface="${family}" charset="${THAI_CHARSET}"/>`,
  );
}

export async function fixThaiFonts(pptx: Uint8Array, family: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  for (const name of Object.keys(zip.files)) {
    const slideLike = /^ppt\/(slides|slideLayouts|slideMasters|notesSlides)\/[^/]+\.xml$/.test(
      name,
    );
    const theme = /^ppt\/theme\/[^/]+\.xml$/.test(name);
    if (!slideLike && !theme) continue;
    const xml = await zip.file(name)!.async('string');
    zip.file(name, theme ? fixThemeFonts(xml, family) : fixRunFonts(xml, family));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
