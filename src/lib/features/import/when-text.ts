// A stored moment (ISO, UTC) as a person reads it: the date in the reader's calendar and the Bangkok time.
import type { Lang } from '../../i18n/messages';
import { formatDate } from '../../thai/format';

export function whenText(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Bangkok',
  }).format(d);
  return `${formatDate(d, lang)} ${time}`;
}
