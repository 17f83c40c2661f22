// Writes small PDFs for tests without a browser: pages of Latin text in bordered tables, or of pictures; or "encrypted".

export interface SyntheticPdfOptions {
  pages: number;
  /** Rows of the bordered table on each page. */
  rows?: number;
  /** Adds a standard-security /Encrypt entry whose empty password does not open the file. */
  encrypted?: boolean;
  /** Each page is one grey picture and no text, as a scanner makes it. */
  scanned?: boolean;
}

/**
 * Each page holds a running header, a three-column bordered table (Helvetica, no embedded font) and a page number:
 * the shape of a long report, made in milliseconds, so that a test can check how the reader copes with 300 pages.
 */
export function syntheticPdf({
  pages,
  rows = 12,
  encrypted = false,
  scanned = false,
}: SyntheticPdfOptions): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, written when the pages are known
  const font = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  );
  const pixels = 'A'.repeat(64);
  const image = add(
    `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`,
  );
  const kids: number[] = [];
  for (let p = 1; p <= pages; p++) {
    if (scanned) {
      const stream = 'q 495 0 0 742 50 50 cm /Im1 Do Q';
      const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
      kids.push(
        add(
          `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
        ),
      );
      continue;
    }
    const ops: string[] = ['BT /F1 9 Tf 60 810 Td (Annual report of the district office) Tj ET'];
    const top = 760;
    const h = 40;
    const xs = [60, 200, 380, 540];
    for (let r = 0; r <= rows; r++) ops.push(`60 ${top - r * h} m 540 ${top - r * h} l S`);
    for (const x of xs) ops.push(`${x} ${top} m ${x} ${top - rows * h} l S`);
    for (let r = 0; r < rows; r++) {
      const y = top - r * h - 15;
      const cells = [`Measure ${p}.${r + 1}`, `Steps for measure ${r + 1}`, `Done on page ${p}`];
      cells.forEach((c, i) => ops.push(`BT /F1 10 Tf ${xs[i]! + 4} ${y} Td (${c}) Tj ET`));
    }
    ops.push(`BT /F1 9 Tf 290 30 Td (- ${p} -) Tj ET`);
    const stream = ops.join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (encrypted) {
    const junk = '<' + '4a'.repeat(32) + '>';
    encrypt = ` /Encrypt ${add(`<< /Filter /Standard /V 1 /R 2 /O ${junk} /U ${junk} /P -4 >>`)} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
