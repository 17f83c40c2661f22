// A chart's rows as CSV (UTF-8 with BOM, so Excel opens Thai correctly) and as XLSX with a sheet describing the view.
import ExcelJS from 'exceljs';
import type { Translate } from '../../i18n/messages';
import { rowsToCsv } from './csv';
import type { ChartFurniture } from './chart-svg';
import type { ChartColumn as ExportColumn } from '../../features/chart-view';

/** Header labels in the reader's language; values as stored (numbers unformatted so spreadsheets can compute). */
export function chartCsv(columns: ExportColumn[], rows: Record<string, unknown>[]): string {
  const labelled = rows.map((r) => Object.fromEntries(columns.map((c) => [c.label, r[c.key]])));
  return rowsToCsv(
    columns.map((c) => c.label),
    labelled,
  );
}

function cell(value: unknown, column: ExportColumn): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(';'); // as the CSV writes lists
  if (typeof value === 'bigint') return Number(value);
  if (column.kind === 'boolean') return Boolean(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  return String(value);
}

const NUM_FMT: Partial<Record<NonNullable<ExportColumn['kind']>, string>> = {
  integer: '#,##0',
  number: '#,##0.00',
  share: '0.0%',
  year: '0',
};

export interface SheetTable {
  name: string;
  columns: ExportColumn[];
  rows: Record<string, unknown>[];
}

/** Adds a table as a sheet: bold frozen header, typed cells, widths fitted to the content. */
export function addTableSheet(wb: ExcelJS.Workbook, table: SheetTable): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(table.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = table.columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.min(
      60,
      Math.max(
        c.label.length + 2,
        ...table.rows.slice(0, 200).map((r) => String(r[c.key] ?? '').length + 2),
        8,
      ),
    ),
    style: NUM_FMT[c.kind ?? 'text'] ? { numFmt: NUM_FMT[c.kind ?? 'text'] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of table.rows)
    ws.addRow(Object.fromEntries(table.columns.map((c) => [c.key, cell(r[c.key], c)])));
  if (table.rows.length)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return ws;
}

/** The "about" sheet: what the data is, which filters made it, where it came from, when and where to see it. */
export function addAboutSheet(
  wb: ExcelJS.Workbook,
  t: Translate,
  charts: { furniture: ChartFurniture; link?: string }[],
): void {
  const ws = wb.addWorksheet(t('export.sheet.about'));
  ws.columns = [{ width: 16 }, { width: 110 }];
  for (const [i, { furniture: f, link }] of charts.entries()) {
    if (i > 0) ws.addRow([]);
    const rows: [string, string | undefined][] = [
      [t('export.about.title'), f.title],
      [t('export.about.description'), f.description],
      [t('export.about.filters'), f.filters],
      [t('export.about.summary'), f.summary],
      [t('export.about.source'), f.source],
      [t('export.about.source'), f.reference],
      [t('export.about.exported'), f.exported],
      [t('export.about.link'), link],
    ];
    for (const [k, v] of rows) if (v) ws.addRow([k, v]);
  }
  ws.getColumn(1).font = { bold: true };
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

export async function chartXlsx(
  t: Translate,
  columns: ExportColumn[],
  rows: Record<string, unknown>[],
  furniture: ChartFurniture,
  now: Date,
  link?: string,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = t('app.title');
  wb.created = now;
  addTableSheet(wb, { name: t('export.sheet.data'), columns, rows });
  addAboutSheet(wb, t, [{ furniture, link }]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
