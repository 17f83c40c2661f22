// Names downloads after what they show (อบต.จะรัง-ตัวชี้วัด-2567.png) and says so in a Content-Disposition header
// that every browser reads: an ASCII fallback in filename, the Thai name in filename* (RFC 5987/6266).

/** Characters no file system accepts, and spaces (which browsers and mail clients mangle), become hyphens. */
export function safeFileName(name: string): string {
  return (
    name
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 150)
  );
}

export function fileNameOf(parts: (string | undefined)[], ext: string): string {
  const stem = safeFileName(parts.filter((p) => p && p.trim()).join('-'));
  return `${stem || 'chart'}.${ext}`;
}

/** RFC 5987 ext-value: UTF-8, percent-encoding everything outside attr-char. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function contentDisposition(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** 2569-11-23: the Bangkok date with a BE year, for file names that sort. */
export function dateStamp(now: Date): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' })
    .format(now)
    .split('-');
  return `${Number(y) + 543}-${m}-${d}`;
}
