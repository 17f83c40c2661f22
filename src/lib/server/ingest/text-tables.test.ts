// Converted text to blocks: tab-separated lines (or Markdown pipe rows) are tables, other lines paragraphs.
import { describe, expect, it } from 'vitest';
import { textToBlocks } from './text-tables';

describe('textToBlocks', () => {
  it('reads tab-separated rows as one table until a blank line, padding short rows', () => {
    const text = 'หัวเรื่อง\n\nก\tข\tค\nง\t<p>จ</p>\n\nท้าย';
    expect(textToBlocks(text)).toEqual([
      { kind: 'text', text: 'หัวเรื่อง' },
      {
        kind: 'table',
        rows: [
          ['ก', 'ข', 'ค'],
          ['ง', 'จ', ''],
        ],
      },
      { kind: 'text', text: 'ท้าย' },
    ]);
  });

  it('keeps the empty cells of a two-row header', () => {
    const text = 'มาตรการ\tผลการดำเนินการ\t\tหมายเหตุ\n\t\tผลผลิต\tผลลัพธ์\t';
    expect(textToBlocks(text)).toEqual([
      {
        kind: 'table',
        rows: [
          ['มาตรการ', 'ผลการดำเนินการ', '', 'หมายเหตุ', ''],
          ['', '', 'ผลผลิต', 'ผลลัพธ์', ''],
        ],
      },
    ]);
  });

  it('reads Markdown pipe tables and skips their rule', () => {
    expect(textToBlocks('| มาตรการ | ผลผลิต |\n|---|---|\n| ก | ข |')).toEqual([
      {
        kind: 'table',
        rows: [
          ['มาตรการ', 'ผลผลิต'],
          ['ก', 'ข'],
        ],
      },
    ]);
  });

  it('splits a cell holding list markup into lines', () => {
    const [block] = textToBlocks('ก\t<ul><li>- รอบ ๖ เดือน</li><li>- รอบ ๑๒ เดือน</li></ul>');
    expect(block).toEqual({ kind: 'table', rows: [['ก', '- รอบ ๖ เดือน\n- รอบ ๑๒ เดือน']] });
  });
});
