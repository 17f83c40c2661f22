// Turns the bytes of a text file into a string: UTF-8 with or without BOM, UTF-16 with BOM, else TIS-620 / Windows-874.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'windows-874';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

/**
 * UTF-8 is tried first and strictly: Thai text in TIS-620 uses bytes 0xA1-0xFB, which are never valid
 * UTF-8 sequences in practice, so a strict decode failing is a reliable sign of the legacy encoding.
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
    return {
      text: new TextDecoder('windows-874').decode(body),
      encoding: 'windows-874',
      bom: false,
    };
  }
}
