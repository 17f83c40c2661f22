// The admin audit page's data and its CSV/XLSX download, from the request URL: a bad filter is a 400 naming it.
import { error } from '@sveltejs/kit';
import { AUDIT_ACTIONS, AUDIT_VIAS } from '../../audit/actions';
import { translator, type Lang } from '../../i18n/messages';
import type { Database } from '../db/database';
import { problem } from '../export/export-http';
import {
  AUDIT_EXPORT_LIMIT,
  AuditFilterError,
  auditExportRows,
  auditFilter,
  auditPage,
  auditPageNumber,
  type AuditPage,
} from './audit-list';
import { AUDIT_EXPORT_FORMATS, auditExportResponse, type AuditExportFormat } from './audit-export';

export interface AuditPageData extends AuditPage {
  actions: readonly string[];
  vias: readonly string[];
  exportLimit: number;
}

export async function auditPageData(db: Database, url: URL): Promise<AuditPageData> {
  try {
    const filter = auditFilter(url.searchParams);
    const page = await auditPage(db, filter, auditPageNumber(url.searchParams));
    return { ...page, actions: AUDIT_ACTIONS, vias: AUDIT_VIAS, exportLimit: AUDIT_EXPORT_LIMIT };
  } catch (err) {
    if (err instanceof AuditFilterError) error(400, { message: err.message, param: err.param });
    throw err;
  }
}

/** GET /admin/audit/export?format=csv|xlsx&<the page's filters>. */
export async function auditExport(db: Database, url: URL, lang: Lang): Promise<Response> {
  const format = url.searchParams.get('format') ?? 'csv';
  if (!(AUDIT_EXPORT_FORMATS as readonly string[]).includes(format))
    return problem(400, `Parameter 'format' must be csv or xlsx (got '${format}')`, 'format');
  try {
    const { rows } = await auditExportRows(db, auditFilter(url.searchParams));
    return await auditExportResponse(rows, format as AuditExportFormat, translator(lang));
  } catch (err) {
    if (err instanceof AuditFilterError) return problem(400, err.message, err.param);
    throw err;
  }
}
