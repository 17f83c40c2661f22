// Links of the audit page that keep its filters: another page of rows, and the download of the filtered rows.

/** The page's query string with `page` set (or dropped for page 1). */
export function auditPageHref(search: URLSearchParams, page: number): string {
  const u = new URLSearchParams(search);
  if (page <= 1) u.delete('page');
  else u.set('page', String(page));
  return `?${u}`;
}

/** The export of what the filters select: every page, so `page` is dropped. */
export function auditExportHref(search: URLSearchParams, format: 'csv' | 'xlsx'): string {
  const u = new URLSearchParams(search);
  u.delete('page');
  u.set('format', format);
  return `/admin/audit/export?${u}`;
}
