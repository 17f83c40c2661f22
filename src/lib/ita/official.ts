// The NACC's official figures as pages and exports receive them, and the words that say where each comes from.
import type { Lang, Translate } from '../i18n/messages';
import type { QueryRows } from '../queries/types';
import { formatNumber } from '../thai/format';

/** Where an official figure was published (the source columns every official_* query returns). */
export interface OfficialSourced {
  fiscal_year: number;
  publisher_th: string;
  publisher_en: string;
  source_th: string;
  source_en: string;
  source_url: string;
}

/** Rows of the official_* named queries (types generated from their headers). */
export type OfficialNationalRow = QueryRows['official_national'];
export type OfficialTypeRow = QueryRows['official_by_type'];
/** A row of official_area_by_type: the area's organisations of a type beside the official figure (null: none published). */
export type OfficialAreaRow = QueryRows['official_area_by_type'];

/** The source of one figure in the reader's language: "สำนักงาน ป.ป.ช. (…): รายงานผลการประเมิน ITA … 2566". */
export function officialSourceOf(
  row: { source_th: string | null; source_en: string | null },
  lang: Lang,
): string {
  return (lang === 'th' ? row.source_th : row.source_en) ?? '';
}

/** One source line for the figures shown: each publisher once, with the years taken from it. */
export function officialSourceLine(rows: OfficialSourced[], t: Translate, lang: Lang): string {
  const years = new Map<string, number[]>();
  for (const r of [...rows].sort((a, b) => a.fiscal_year - b.fiscal_year)) {
    const publisher = lang === 'th' ? r.publisher_th : r.publisher_en;
    years.set(publisher, [...(years.get(publisher) ?? []), r.fiscal_year]);
  }
  const sources = [...years]
    .map(([publisher, ys]) => t('official.source_years', { publisher, years: ys.join(', ') }))
    .join('; ');
  return t('official.source', { sources });
}

/** "สูงกว่าค่าเฉลี่ยทางการ 1.25 คะแนน": a loaded value against the official mean, in points. */
export function officialDiffText(
  value: number,
  official: number,
  t: Translate,
  lang: Lang,
): string {
  const d = Math.round((value - official) * 100) / 100;
  if (d === 0) return t('official.diff.equal');
  return t(d > 0 ? 'official.diff.above' : 'official.diff.below', {
    points: formatNumber(Math.abs(d), lang),
  });
}

/** Rows by fiscal year with the official national share of the year beside them (null where none was published). */
export function withOfficialShare<R extends { fiscal_year: number }>(
  rows: R[],
  official: OfficialNationalRow[],
): (R & { official_pass_share: number | null })[] {
  const byYear = new Map(official.map((o) => [o.fiscal_year, o.pass_share]));
  return rows.map((r) => ({ ...r, official_pass_share: byYear.get(r.fiscal_year) ?? null }));
}

/** The sources of the official figures among official_area_by_type rows (rows without a published figure have none). */
export function areaOfficialSources(rows: OfficialAreaRow[]): OfficialSourced[] {
  return rows
    .filter((o) => o.official_mean !== null)
    .map((o) => ({
      fiscal_year: o.fiscal_year,
      publisher_th: o.publisher_th!,
      publisher_en: o.publisher_en!,
      source_th: o.source_th!,
      source_en: o.source_en!,
      source_url: o.source_url!,
    }));
}
