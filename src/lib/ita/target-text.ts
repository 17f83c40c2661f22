// Says a year's national target in words, part by part with met/missed: one text for pages, deck and exports.
import type { Lang, Translate } from '../i18n/messages';
import { formatNumber, formatShare } from '../thai/format';
import { targetStatus, type TargetStatus } from './framework';

/** Each part of the target with its outcome: the national mean first (from 2566), then the share passing. */
export function targetParts(
  status: TargetStatus,
  passMark: number,
  t: Translate,
  lang: Lang,
): { text: string; met: boolean }[] {
  const word = (met: boolean) => (met ? t('home.kpi.target_met') : t('home.kpi.target_missed'));
  const parts: { text: string; met: boolean }[] = [];
  if (status.mean)
    parts.push({
      text: t('target.part', {
        part: t('target.mean', { mean: formatNumber(status.mean.target, lang, 0) }),
        status: word(status.mean.met),
      }),
      met: status.mean.met,
    });
  parts.push({
    text: t('target.part', {
      part: t('target.share', { mark: passMark, share: formatShare(status.share.target, lang, 0) }),
      status: word(status.share.met),
    }),
    met: status.share.met,
  });
  return parts;
}

/** The whole target in one line: "เป้าหมายประเทศปี 2566: คะแนนเฉลี่ย 89 ขึ้นไป: ถึงเป้าหมาย · …". */
export function targetLine(
  year: number,
  status: TargetStatus,
  passMark: number,
  t: Translate,
  lang: Lang,
): string {
  const parts = targetParts(status, passMark, t, lang).map((p) => p.text);
  return `${t('target.year', { year })}: ${parts.join(' · ')}`;
}

/** A year's summary row (year_summary, area_pass_ranking…): its target and results as the queries return them. */
export type YearTargetRow = {
  fiscal_year: number;
  pass_mark: number;
  pass_share: number;
  mean_total: number;
  target_share: number;
  target_mean?: number | null;
};

/** targetLine for a summary row: the page's chart and its export say the same. */
export function yearTargetLine(row: YearTargetRow, t: Translate, lang: Lang): string {
  const status = targetStatus({ share: row.target_share, mean_min: row.target_mean ?? null }, row);
  return targetLine(row.fiscal_year, status, row.pass_mark, t, lang);
}
