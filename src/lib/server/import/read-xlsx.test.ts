// The XLSX reader visits the cells a sheet holds, never the rectangle its farthest cell spans.
import { describe, expect, it } from 'vitest';
import { farCornerXlsx, xlsxWithCells } from '../../../../scripts/make-hostile-fixtures';
import { FileLimitError, SHEET_LIMITS } from '../limits/limits';
import { columnLetter } from './problems';
import { readXlsx } from './read-xlsx';

describe('readXlsx', () => {
  it('reads two cells at opposite corners of the largest sheet the limits allow, by its cells', async () => {
    const corner = `${columnLetter(SHEET_LIMITS.maxColumns - 1)}${SHEET_LIMITS.maxRows}`;
    const bytes = xlsxWithCells(
      [
        ['A1', 'รหัส'],
        [corner, 'มุม'],
      ],
      `A1:${corner}`,
    );
    const t = performance.now();
    const [sheet] = await readXlsx(bytes, 'corners.xlsx');
    // Walking the rectangle would visit 614 million positions; the cells are two.
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(sheet!.rows).toHaveLength(SHEET_LIMITS.maxRows);
    expect(sheet!.rows[0]).toEqual(['รหัส']);
    const last = sheet!.rows[SHEET_LIMITS.maxRows - 1]!;
    expect(last).toHaveLength(SHEET_LIMITS.maxColumns);
    expect(last[SHEET_LIMITS.maxColumns - 1]).toBe('มุม');
    expect(sheet!.rows.flat().filter((c) => c !== null)).toEqual(['รหัส', 'มุม']);
  });

  it('refuses a cell one row past the limit, naming it', async () => {
    const bytes = xlsxWithCells([
      ['A1', 'รหัส'],
      [`B${SHEET_LIMITS.maxRows + 1}`, 'x'],
    ]);
    await expect(readXlsx(bytes, 'deep.xlsx')).rejects.toThrow(
      `deep.xlsx: this file is too large to read: sheet1.xml: the sheet has a cell at B600001, row 600,001; at most 600,000 rows are read`,
    );
  });

  it('refuses the far-corner workbook by its declared range', async () => {
    const err = await readXlsx(farCornerXlsx(), 'far.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileLimitError);
    expect((err as FileLimitError).detail_th).toContain('แถวที่ 1,048,576');
  });
});
