import { describe, expect, it } from 'vitest';
import { cellText, joinText, layoutPage, piecesToLines, type Line } from './page-layout';
import type { PdfPage, Rule, TextPiece } from './pdf-pages';

const piece = (
  text: string,
  x: number,
  y: number,
  width = text.length * 6,
  size = 12,
): TextPiece => ({
  text,
  x,
  y,
  width,
  size,
});
const line = (text: string): Line => ({ text, x: 0, right: 100, y: 0, size: 12 });
const h = (y: number, x1: number, x2: number): Rule => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Rule => ({ x1: x, y1, x2: x, y2 });
const page = (pieces: TextPiece[], rules: Rule[] = []): PdfPage => ({
  number: 1,
  width: 595,
  height: 842,
  pieces,
  rules,
  images: 0,
});

describe('joinText', () => {
  it.each([
    ['มาตรการการ', 'ตรวจสอบ', 'มาตรการการตรวจสอบ'],
    ['ITA', 'score', 'ITA score'],
    ['พ.ศ.', '๒๕๖๕', 'พ.ศ. ๒๕๖๕'],
    ['รอบ', '', 'รอบ'],
  ])('%s + %s → %s', (a, b, joined) => expect(joinText(a, b)).toBe(joined));
});

describe('piecesToLines', () => {
  it('joins the pieces of a split Thai cluster without spaces and puts a space at a real gap', () => {
    // Chromium's print: ส่งเสริม as ส่ | งเส | ริ | ม, touching; a 4-point gap before ITA.
    const lines = piecesToLines([
      piece('ริ', 24, 100, 6),
      piece('ส่', 0, 100, 7),
      piece('ม', 30, 100, 7),
      piece('งเส', 7, 100, 17),
      piece('ITA', 41, 100, 18),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['ส่งเสริม ITA']);
  });

  it('attaches a tone mark drawn as a piece of its own, raised, to its line and repairs the order', () => {
    const lines = piecesToLines([
      piece('ขัน', 0, 100, 18),
      piece('้', 10, 96, 0),
      piece('ตอน', 18, 100, 18),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['ขั้นตอน']);
  });

  it('puts a mark drawn at the start of the next piece after the letter drawn before it', () => {
    // LibreOffice with Garuda: ผู้รับ drawn as ผ | ู | ้ | รับ, the zero-width marks at the x where รับ starts.
    const lines = piecesToLines([
      piece('ของผ', 0, 100, 24),
      piece('ู', 24, 100, 0),
      piece('้', 24, 100, 0),
      piece('รับ', 24, 100, 18),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['ของผู้รับ']);
  });

  it('reads text overprinted for bold once', () => {
    const lines = piecesToLines([piece('มาตรการ', 0, 100), piece('มาตรการ', 0.3, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['มาตรการ']);
  });

  it('keeps lines apart by baseline, top to bottom', () => {
    const lines = piecesToLines([piece('สอง', 0, 120), piece('หนึ่ง', 0, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['หนึ่ง', 'สอง']);
  });
});

describe('cellText', () => {
  it('runs wrapped lines on and starts a paragraph at a list marker', () => {
    expect(
      cellText(
        ['รายงานผลการ', 'ดำเนินงาน', '- รอบ ๖ เดือน', '- รอบ ๑๒', 'เดือน', '๑. จัดทำ'].map(line),
      ),
    ).toBe('รายงานผลการดำเนินงาน\n- รอบ ๖ เดือน\n- รอบ ๑๒ เดือน\n๑. จัดทำ');
  });
});

describe('layoutPage', () => {
  // A 3-column table: a header row whose last cell spans two columns, and one body row; text above it.
  const rules = [
    h(100, 50, 350),
    h(130, 50, 350),
    h(200, 50, 350),
    v(50, 100, 200),
    v(150, 100, 200),
    v(250, 130, 200),
    v(350, 100, 200),
  ];
  const pieces = [
    piece('รายงานผล', 50, 80),
    piece('มาตรการ', 55, 120),
    piece('ผลการดำเนินการ', 155, 120),
    piece('มาตรการเผยแพร่', 55, 145),
    piece('ข้อมูล', 55, 160),
    piece('เผยแพร่แล้ว', 155, 145),
    piece('ผลลัพธ์', 255, 145),
  ];

  it('reads cells from the borders, a spanning cell on its first column', () => {
    expect(layoutPage(page(pieces, rules))).toEqual([
      { kind: 'line', line: expect.objectContaining({ text: 'รายงานผล' }) },
      {
        kind: 'table',
        top: 100,
        bottom: 200,
        openTop: false,
        openBottom: false,
        rows: [
          ['มาตรการ', 'ผลการดำเนินการ', ''],
          ['มาตรการเผยแพร่ข้อมูล', 'เผยแพร่แล้ว', 'ผลลัพธ์'],
        ],
      },
    ]);
  });

  it('closes a row cut by the page end, whose side borders run past the last row border', () => {
    const cut = [
      ...rules.filter((r) => r.y1 !== r.y2 || r.y1 !== 200),
      ...[50, 150, 250, 350].map((x) => v(x, 200, 230)),
    ];
    const items = layoutPage(page([...pieces, piece('ต่อ', 55, 220)], cut));
    const table = items.find((i) => i.kind === 'table');
    expect(table).toMatchObject({ openBottom: true, bottom: 230 });
    expect(table?.kind === 'table' && table.rows[1]![0]).toBe('มาตรการเผยแพร่ข้อมูลต่อ');
  });

  it('parts two tables printed one under the other with other column lines', () => {
    const second = [
      h(200, 50, 350),
      h(240, 50, 350),
      v(50, 200, 240),
      v(200, 200, 240),
      v(350, 200, 240),
    ];
    const items = layoutPage(page([...pieces, piece('ตารางสอง', 55, 225)], [...rules, ...second]));
    const tables = items.filter((i) => i.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[1]!.kind === 'table' && tables[1]!.rows).toEqual([['ตารางสอง', '']]);
  });

  it('cuts a piece that pdfjs joined over a column border at its space', () => {
    // Chromium, narrow number column: "2" and "มาตรการประกาศ" drawn apart, given as one piece reaching into the next cell.
    const narrow = [
      h(100, 50, 350),
      h(140, 50, 350),
      v(50, 100, 140),
      v(62, 100, 140),
      v(350, 100, 140),
    ];
    const items = layoutPage(
      page([piece('2 มาตรการประกาศ', 52, 120, 90), piece('- อ', 52, 135, 14)], narrow),
    );
    const table = items.find((i) => i.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual([['2\n-', 'มาตรการประกาศอ']]);
  });
});
