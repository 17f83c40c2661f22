// Reads the /ActualText of a page's marked-content spans, which pdfjs drops: LibreOffice writes Thai vowels there.
import zlib from 'node:zlib';

/**
 * LibreOffice draws some Thai clusters with glyphs whose own Unicode is wrong or missing (SARA AM as two glyphs,
 * SARA UU and SARA AA of a bold font as shared shapes) and gives the true text in a span's /ActualText, as the PDF
 * standard provides. pdfjs reports where spans begin and end but not that text, so this reads it from the page's
 * content streams: one entry per marked-content operator (BMC or BDC), in stream order, null where there is none.
 */
export function actualTexts(
  pdf: string,
  page: { num: number; gen: number },
): (string | null)[] | null {
  const obj = objectBody(pdf, page.num, page.gen);
  if (!obj) return null;
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(obj)?.[1];
  if (!contents) return null;
  const refs = [...contents.matchAll(/(\d+)\s+(\d+)\s+R/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  let stream = '';
  for (const [num, gen] of refs) {
    const body = objectBody(pdf, num!, gen!);
    const data = body && streamData(body);
    if (data === null || data === undefined) return null;
    stream += data + '\n';
  }
  const out: (string | null)[] = [];
  const op =
    /\/[^\s/<>[\]()]+\s*(?:(<<(?:[^<>]|<[^<>]*>|<<[^<>]*>>)*>>|\/[^\s/<>[\]()]+)\s*BDC|BMC)/g;
  for (const m of stream.matchAll(op)) {
    const props = m[1] ?? '';
    const at = /\/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(props);
    out.push(at ? pdfString(at[1]!) : null);
  }
  return out;
}

/** The text between `num gen obj` and `endobj`, or null when the file keeps it in a compressed object stream. */
function objectBody(pdf: string, num: number, gen: number): string | null {
  const m = new RegExp(`(?:^|[\\s>])${num}\\s+${gen}\\s+obj\\b`).exec(pdf);
  if (!m) return null;
  const start = m.index + m[0].length;
  const end = pdf.indexOf('endobj', start);
  return end === -1 ? null : pdf.slice(start, end);
}

/** A content stream's bytes as a Latin-1 string, inflated when it is Flate-encoded; null for other filters. */
function streamData(body: string): string | null {
  const s = /stream\r?\n/.exec(body);
  if (!s) return null;
  const dict = body.slice(0, s.index);
  let data = body.slice(s.index + s[0].length);
  const end = data.lastIndexOf('endstream');
  if (end !== -1) data = data.slice(0, end);
  const filter = /\/Filter\s*\[?\s*\/(\w+)/.exec(dict)?.[1];
  if (!filter) return data;
  if (filter !== 'FlateDecode') return null;
  try {
    return zlib.inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
  } catch {
    return null;
  }
}

/** A PDF text string: hex or literal, UTF-16BE when it starts with the byte-order mark, else Latin-1. */
function pdfString(token: string): string {
  let bytes: number[];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
  } else {
    const raw = token
      .slice(1, -1)
      .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
        /^[0-7]/.test(e)
          ? String.fromCharCode(parseInt(e, 8))
          : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
      );
    bytes = [...raw].map((c) => c.charCodeAt(0) & 0xff);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < bytes.length; i += 2)
      s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return s;
  }
  return String.fromCharCode(...bytes);
}
