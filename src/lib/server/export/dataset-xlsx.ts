// Writes the dataset as one XLSX workbook, a sheet per table (streamed, so large score tables fit in memory).
import ExcelJS from 'exceljs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetManifest } from './dataset-export';

/** Excel's row limit is 1,048,576; a table longer than this continues on "score (2)", "score (3)"... */
export const ROWS_PER_SHEET = 1_048_575;

/** A DuckDB value as a spreadsheet cell: lists joined with "; ", big integers as numbers, dates as dates. */
function cellValue(v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => String(x)).join('; ');
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    return v;
  return String(v);
}

/** Writes file from the staged tables export_<name>; the first sheet describes the export. */
export async function writeDatasetXlsx(
  conn: DuckDBConnection,
  file: string,
  manifest: DatasetManifest,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const about = wb.addWorksheet('dataset');
  about.addRow(['ITA dataset export']).commit();
  about.addRow(['exported_at', manifest.exported_at]).commit();
  about.addRow(['province_code', manifest.scope.province_code ?? 'all']).commit();
  about.addRow(['fiscal_year', manifest.scope.fiscal_year ?? 'all']).commit();
  about.addRow(['schema_version', manifest.schema_version]).commit();
  about.addRow([]).commit();
  about.addRow(['table', 'rows', 'description']).commit();
  for (const t of manifest.tables) about.addRow([t.name, t.rows, t.description]).commit();
  about.commit();

  for (const t of manifest.tables) {
    const result = await conn.stream(`SELECT * FROM temp.export_${t.name}`);
    const header = result.columnNames();
    let part = 1;
    let ws = wb.addWorksheet(t.name);
    ws.addRow(header).commit();
    let inSheet = 0;
    for await (const rows of result.yieldRowsJs()) {
      for (const row of rows) {
        if (inSheet === ROWS_PER_SHEET) {
          ws.commit();
          part++;
          ws = wb.addWorksheet(`${t.name} (${part})`);
          ws.addRow(header).commit();
          inSheet = 0;
        }
        ws.addRow(row.map(cellValue)).commit();
        inSheet++;
      }
    }
    ws.commit();
  }
  await wb.commit();
}
