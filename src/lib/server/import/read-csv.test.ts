import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHEET_LIMITS } from '../limits/limits';
import { decodeText, lineList } from './decode-text';
import { detectSeparator, parseCsv } from './read-csv';

describe('detectSeparator', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['a;b;c\n1;2;3', ';'],
    ['"x, y"\tb\n"1,5"\t2', '\t'],
  ])('%j → %j', (text, sep) => {
    expect(detectSeparator(text)).toBe(sep);
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    const text = 'name,score\r\n"อบต.จะรัง, ยะหริ่ง","9""1"\r\n"two\nlines",5\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'score'],
      ['อบต.จะรัง, ยะหริ่ง', '9"1'],
      ['two\nlines', '5'],
    ]);
  });

  it('keeps empty cells and a last line without a newline', () => {
    expect(parseCsv('a,,c\n,2,')).toEqual([
      ['a', '', 'c'],
      ['', '2', ''],
    ]);
  });
});

/** The reading parseCsv must keep: one character at a time, as the parser was first written. */
function parseCharByChar(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      inQuotes = true;
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('parseCsv against a character-at-a-time reading', () => {
  const piece = fc.constantFrom(
    '"',
    '""',
    ',',
    '\t',
    '\r',
    '\n',
    '\r\n',
    ' ',
    'a',
    'จะรัง',
    '9.5',
    '=1+1',
  );
  it('agrees on any mix of quotes, separators, blanks and line breaks', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(',', '\t'), (parts, sep) => {
        const text = parts.join('');
        expect(parseCsv(text, sep as ',' | '\t')).toEqual(parseCharByChar(text, sep));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads text after a closing quote into the same cell, and an unclosed quote to the end', () => {
    expect(parseCsv('"ab"cd,e\n  "x"\n"open,\nrest', ',')).toEqual([
      ['abcd', 'e'],
      ['x'],
      ['open,\nrest'],
    ]);
  });
});

describe('detectSeparator on a long file', () => {
  it('looks at the first lines only, skipping blank ones', () => {
    const text = '\n\na\tb\tc\n' + '1\t2\t3\n'.repeat(30) + 'x,y,z,w,v,u,t,s,r\n'.repeat(100);
    expect(detectSeparator(text)).toBe('\t');
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('รหัส')]);
    expect(decodeText(bytes)).toEqual({ text: 'รหัส', encoding: 'utf-8', bom: true });
  });

  it('reads TIS-620 bytes as Thai', () => {
    // ร = U+0E23 → 0xC3, ห = U+0E2B → 0xCB, ั = U+0E31 → 0xD1, ส = U+0E2A → 0xCA
    const bytes = new Uint8Array([0xc3, 0xcb, 0xd1, 0xca, 0x2c, 0x31]);
    expect(decodeText(bytes)).toEqual({ text: 'รหัส,1', encoding: 'windows-874', bom: false });
  });
});

describe('decodeText, UTF-16', () => {
  it('reads Excel\'s "Unicode Text" (UTF-16 LE with BOM)', () => {
    // "ปี\t1" as UTF-16 LE: ป = U+0E1B, ี = U+0E35
    const bytes = new Uint8Array([0xff, 0xfe, 0x1b, 0x0e, 0x35, 0x0e, 0x09, 0x00, 0x31, 0x00]);
    expect(decodeText(bytes)).toEqual({ text: 'ปี\t1', encoding: 'utf-16le', bom: true });
  });
});

describe('decodeText, mixed encodings', () => {
  it('decodes UTF-8 and TIS-620 lines each in their own encoding and names the TIS-620 lines', () => {
    const utf8 = new TextEncoder().encode('รหัส,ชื่อ\n1,จะรัง\n');
    // "2,รัง" in TIS-620: ร 0xC3, ั 0xD1, ง 0xA7
    const tis = new Uint8Array([0x32, 0x2c, 0xc3, 0xd1, 0xa7, 0x0a]);
    const decoded = decodeText(new Uint8Array([...utf8, ...tis, 0x33, 0x0a]));
    expect(decoded).toEqual({
      text: 'รหัส,ชื่อ\n1,จะรัง\n2,รัง\n3\n',
      encoding: 'mixed',
      bom: false,
      legacyLines: [3],
    });
  });

  it('names runs of lines as ranges', () => {
    expect(lineList([3, 4, 5, 9, 11, 12])).toBe('3-5, 9, 11-12');
    expect(lineList([1, 3, 5], 2)).toBe('1, 3 … (1 more)');
  });
});

describe('parseCsv with limits', () => {
  const limits = { ...SHEET_LIMITS, maxRows: 2, maxColumns: 3, maxCellChars: 5 };
  it.each([
    ['a,b,c,d\n', 'row 1: more than 3 columns'],
    ['a\nb\nc\n', 'row 3: the file has more than 2 rows'],
    ['"abcdef"\n', 'row 1: the cell in column A holds 6 characters; at most 5'],
  ])('%j → %s', (text, message) => {
    expect(() => parseCsv(text, ',', { file: 'f.csv', limits })).toThrow(message);
  });

  it('reads a file inside the limits as without them', () => {
    expect(parseCsv('a,b\n1,2\n', ',', { file: 'f.csv', limits })).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
