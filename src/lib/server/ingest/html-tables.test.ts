// HTML to blocks: spans become empty cells (as the text converter writes them), text between tables becomes paragraphs.
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-tables';

describe('htmlToBlocks', () => {
  it('expands colspan and rowspan into empty cells', () => {
    const html = `<table>
      <tr><td rowspan=2>มาตรการ</td><td colspan=2>ผลการดำเนินการ</td><td rowspan="2">หมายเหตุ</td></tr>
      <tr><td>ผลผลิต</td><td>ผลลัพธ์</td></tr>
      <tr><td>ก</td><td>ข</td><td>ค</td><td></td></tr></table>`;
    expect(htmlToBlocks(html)).toEqual([
      {
        kind: 'table',
        rows: [
          ['มาตรการ', 'ผลการดำเนินการ', '', 'หมายเหตุ'],
          ['', 'ผลผลิต', 'ผลลัพธ์', ''],
          ['ก', 'ข', 'ค', ''],
        ],
      },
    ]);
  });

  it('keeps paragraphs before, between and after tables in order, and lines inside cells', () => {
    const html = `<p>หัวเรื่อง</p><table><tr><td><p>ก</p><p>ข</p></td></tr></table><div>กลาง</div>
      <table><tr><th>ค</th></tr></table>ท้าย`;
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'text', text: 'หัวเรื่อง' },
      { kind: 'table', rows: [['ก\nข']] },
      { kind: 'text', text: 'กลาง' },
      { kind: 'table', rows: [['ค']] },
      { kind: 'text', text: 'ท้าย' },
    ]);
  });

  it("keeps a table nested in a cell as that cell's text", () => {
    const html =
      '<table><tr><td>ก<table><tr><td>ใน</td><td>ตาราง</td></tr></table></td><td>ข</td></tr></table>';
    expect(htmlToBlocks(html)).toEqual([{ kind: 'table', rows: [['ก\nใน\nตาราง', 'ข']] }]);
  });

  it('survives unclosed tags and a missing </table>', () => {
    expect(htmlToBlocks('<table><tr><td>ก<td>ข<tr><td>ค')).toEqual([
      {
        kind: 'table',
        rows: [
          ['ก', 'ข'],
          ['ค', ''],
        ],
      },
    ]);
  });

  it('caps absurd spans', () => {
    const [block] = htmlToBlocks('<table><tr><td colspan=100000>ก</td></tr></table>');
    expect(block!.kind === 'table' && block!.rows[0]!.length).toBe(50);
  });
});
