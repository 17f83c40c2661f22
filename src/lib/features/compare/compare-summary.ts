// The one-line text summaries under the compare charts: where the organisations differ most, best and worst.
import type { Lang, Translate } from '../../i18n/messages';
import type { CompareIndicatorRow } from '../../charts/compare-indicator-profile';
import type { CompareTotalRow } from '../../charts/compare-total-trend';
import type { CompletionRow } from '../../charts/completion-grid';
import { formatNumber, formatShare } from '../../thai/format';

type Labels = ReadonlyMap<string, string>;

/** The indicator on which the organisations differ most, with the highest and lowest. */
export function spreadSummary(
  rows: CompareIndicatorRow[],
  labels: Labels,
  lang: Lang,
  t: Translate,
): string | undefined {
  if (rows.length === 0) return undefined;
  let widest: { code: string; lo: CompareIndicatorRow; hi: CompareIndicatorRow } | null = null;
  for (const code of new Set(rows.map((r) => r.code))) {
    const of = rows.filter((r) => r.code === code).sort((a, b) => a.value - b.value);
    const lo = of[0]!;
    const hi = of.at(-1)!;
    if (!widest || hi.value - lo.value > widest.hi.value - widest.lo.value)
      widest = { code, lo, hi };
  }
  const w = widest!;
  return t('cmp.chart.profile.summary', {
    code: w.code,
    name: lang === 'th' ? w.hi.name_th : w.hi.name_en,
    high: labels.get(w.hi.org_code) ?? w.hi.org_code,
    high_value: formatNumber(w.hi.value, lang),
    low: labels.get(w.lo.org_code) ?? w.lo.org_code,
    low_value: formatNumber(w.lo.value, lang),
  });
}

/** Highest and lowest total in the chosen year (or the latest with totals), and how many pass. */
export function totalsSummary(
  rows: CompareTotalRow[],
  labels: Labels,
  year: number | null,
  lang: Lang,
  t: Translate,
): string | undefined {
  const years = [...new Set(rows.map((r) => r.fiscal_year))].sort();
  const y = year !== null && years.includes(year) ? year : years.at(-1);
  if (y === undefined) return undefined;
  const of = rows.filter((r) => r.fiscal_year === y).sort((a, b) => b.total - a.total);
  const best = of[0]!;
  const worst = of.at(-1)!;
  return t('cmp.chart.totals.summary', {
    year: y,
    best: labels.get(best.org_code) ?? best.org_code,
    best_total: formatNumber(best.total, lang),
    worst: labels.get(worst.org_code) ?? worst.org_code,
    worst_total: formatNumber(worst.total, lang),
    passed: of.filter((r) => r.passed).length,
    orgs: of.length,
  });
}

/** Who completed the most and the least at 12 months in the latest year with a 12-month round. */
export function completionSummary(
  rows: CompletionRow[],
  labels: Labels,
  lang: Lang,
  t: Translate,
): string {
  const twelve = rows.filter((r) => r.round === '12m');
  const y = Math.max(...twelve.map((r) => r.fiscal_year));
  if (!Number.isFinite(y)) return t('cmp.chart.completion.none');
  const of = twelve
    .filter((r) => r.fiscal_year === y)
    .sort((a, b) => b.completed_share - a.completed_share);
  const best = of[0]!;
  const worst = of.at(-1)!;
  return t('cmp.chart.completion.summary', {
    year: y,
    best: labels.get(best.org_code) ?? best.org_code,
    best_share: formatShare(best.completed_share, lang),
    worst: labels.get(worst.org_code) ?? worst.org_code,
    worst_share: formatShare(worst.completed_share, lang),
  });
}
