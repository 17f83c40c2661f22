// Turns the bytes of a text file into a string: UTF-8 with or without BOM, UTF-16 with BOM, TIS-620 / Windows-874, or both line by line.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'windows-874' | 'mixed';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /** For 'mixed': the 1-based lines read as TIS-620 while the file's other Thai lines are UTF-8. */
  legacyLines?: number[];
}

/** The lines of a file that mixes UTF-8 and TIS-620 (a file pasted together from two sources). */
export interface MixedLines {
  text: string;
  legacyLines: number[];
}

/**
 * Decodes line by line when some lines are valid UTF-8 with non-ASCII text and others are not; null when no line is
 * UTF-8 beyond ASCII (the whole file is then TIS-620). A TIS-620 line is practically never valid UTF-8: Thai letters
 * are bytes 0xA1-0xFB, which would have to fall in exact lead/continuation patterns.
 */
export function decodeMixedLines(body: Uint8Array): MixedLines | null {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const legacy = new TextDecoder('windows-874');
  const parts: string[] = [];
  const legacyLines: number[] = [];
  let utf8Lines = 0;
  let start = 0;
  for (let line = 1; start <= body.length; line++) {
    let end = body.indexOf(0x0a, start);
    if (end === -1) end = body.length;
    const bytes = body.subarray(start, end);
    let high = false;
    for (const b of bytes)
      if (b >= 0x80) {
        high = true;
        break;
      }
    if (!high) parts.push(legacy.decode(bytes));
    else {
      try {
        parts.push(strict.decode(bytes));
        utf8Lines++;
      } catch {
        parts.push(legacy.decode(bytes));
        legacyLines.push(line);
      }
    }
    start = end + 1;
  }
  if (utf8Lines === 0 || legacyLines.length === 0) return null;
  return { text: parts.join('\n'), legacyLines };
}

/** [3, 4, 5, 9] → "3-5, 9"; long lists end with how many more. */
export function lineList(lines: number[], most = 12): string {
  const ranges: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    ranges.push(i === j ? String(lines[i]) : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return ranges.length > most
    ? `${ranges.slice(0, most).join(', ')} … (${ranges.length - most} more)`
    : ranges.join(', ');
}

/** The warning for a mixed file, in English and Thai. */
export function mixedEncodingWarning(legacyLines: number[]): { en: string; th: string } {
  const list = lineList(legacyLines);
  return {
    en: `the file mixes two text encodings: ${legacyLines.length === 1 ? `line ${list} was` : `lines ${list} were`} read as Thai TIS-620 (Windows-874), the others as UTF-8; check the Thai text of those lines, or save the whole file as UTF-8`,
    th: `ไฟล์ใช้การเข้ารหัสข้อความปนกันสองแบบ: บรรทัด ${list} อ่านเป็น TIS-620 (Windows-874) บรรทัดอื่นอ่านเป็น UTF-8 ให้ตรวจข้อความภาษาไทยในบรรทัดเหล่านั้น หรือบันทึกทั้งไฟล์เป็น UTF-8`,
  };
}

/**
 * UTF-8 is tried first and strictly: Thai text in TIS-620 uses bytes 0xA1-0xFB, which are never valid
 * UTF-8 sequences in practice, so a strict decode failing is a reliable sign of the legacy encoding (in the
 * whole file, or, when other lines are UTF-8, in the lines that fail).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // Excel's "Unicode Text" export is UTF-16 little-endian with a BOM (and tab separated).
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    const mixed = decodeMixedLines(body);
    if (mixed) return { text: mixed.text, encoding: 'mixed', bom, legacyLines: mixed.legacyLines };
    return {
      text: new TextDecoder('windows-874').decode(body),
      encoding: 'windows-874',
      bom: false,
    };
  }
}
