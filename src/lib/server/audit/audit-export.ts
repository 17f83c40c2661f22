// The filtered audit log as a file: CSV through the shared CSV writer, XLSX through the shared sheet writer (typed cells).
import ExcelJS from 'exceljs';
import type { Translate } from '../../i18n/messages';
import type { ChartColumn as ExportColumn } from '../../features/chart-view';
import { addTableSheet } from '../export/chart-data-files';
import { dateStamp } from '../export/file-name';
import { fileResponse } from '../export/export-http';
import { rowsToCsv } from '../export/csv';
import type { AuditRow } from './audit-list';

/** The columns as docs/schema.md names them, so a file reads the same whatever the reader's language. */
export const AUDIT_EXPORT_COLUMNS: ExportColumn[] = [
  { key: 'id', label: 'id', kind: 'integer' },
  { key: 'changed_at', label: 'changed_at_utc' },
  { key: 'via', label: 'via' },
  { key: 'actor_name', label: 'actor_name' },
  { key: 'user_id', label: 'user_id' },
  { key: 'ip', label: 'ip' },
  { key: 'action', label: 'action' },
  { key: 'org_count', label: 'org_count', kind: 'integer' },
  { key: 'org_codes', label: 'org_codes_first_20', kind: 'list' },
  { key: 'province_codes', label: 'province_codes', kind: 'list' },
  { key: 'file_name', label: 'file_name' },
  { key: 'file_hash', label: 'file_hash' },
  { key: 'counts', label: 'counts' },
  { key: 'before', label: 'before' },
  { key: 'after', label: 'after' },
  { key: 'message', label: 'message' },
];

export const AUDIT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export function auditCsv(rows: AuditRow[]): string {
  return rowsToCsv(
    AUDIT_EXPORT_COLUMNS.map((c) => c.label),
    rows.map((r) =>
      Object.fromEntries(
        AUDIT_EXPORT_COLUMNS.map((c) => [
          c.label,
          (r as unknown as Record<string, unknown>)[c.key],
        ]),
      ),
    ),
  );
}

export async function auditXlsx(rows: AuditRow[], t: Translate, now: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = t('app.title');
  wb.created = now;
  addTableSheet(wb, {
    name: t('audit.export.sheet'),
    columns: AUDIT_EXPORT_COLUMNS,
    rows: rows as unknown as Record<string, unknown>[],
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The download: audit-log-<Bangkok date, BE>.csv or .xlsx. */
export async function auditExportResponse(
  rows: AuditRow[],
  format: AuditExportFormat,
  t: Translate,
  now: Date = new Date(),
): Promise<Response> {
  const name = `audit-log-${dateStamp(now)}.${format}`;
  return format === 'csv'
    ? fileResponse(auditCsv(rows), 'text/csv; charset=utf-8', name, name)
    : fileResponse(
        await auditXlsx(rows, t, now),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        name,
        name,
      );
}
