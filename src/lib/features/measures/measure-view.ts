// What the measures page reads from its chart payloads without loading any chart code: the year it shows, the
// measures' source line and counts, the trend rows and the indicators for the table's filter. No Plot here: the page
// imports this module, and the chart specs (charts.ts) arrive only when a reader points at a chart.
import type { QueryRows } from '../../queries/types';
import { formatCount } from '../../thai/format';
import type { ChartPayload, ViewContext } from '../chart-view';
import type { completionByIndicator, measureCompletionTrend } from './charts';

type TrendRow = QueryRows['measure_completion_trend'];

/** The year the page shows: the scope's, else the latest with measures. */
export function measureYear(ctx: Pick<ViewContext, 'scope'>, trend: TrendRow[]): number | null {
  return ctx.scope.year ?? trend.at(-1)?.fiscal_year ?? null;
}

/**
 * Measures behind the rows, real and synthetic apart: each year counts the measures of its largest round, so a year
 * with 6- and 12-month reports counts its measures once.
 */
export function measureCounts(rows: TrendRow[]): { real: number; synthetic: number } {
  const perYear = new Map<number, { real: number; synthetic: number }>();
  for (const r of rows) {
    const y = perYear.get(r.fiscal_year) ?? { real: 0, synthetic: 0 };
    perYear.set(r.fiscal_year, {
      real: Math.max(y.real, r.real_measures),
      synthetic: Math.max(y.synthetic, r.synthetic_measures),
    });
  }
  let real = 0;
  let synthetic = 0;
  for (const y of perYear.values()) {
    real += y.real;
    synthetic += y.synthetic;
  }
  return { real, synthetic };
}

/** The measures' source line (measures, not organisation-years): real reports, synthetic demo data, or both. */
export function measureSource(
  ctx: Pick<ViewContext, 't' | 'lang'>,
  rows: TrendRow[],
): { line: string; synthetic: boolean } {
  const { t, lang } = ctx;
  const { real, synthetic } = measureCounts(rows);
  const line =
    real === 0
      ? t('measures.source.synthetic')
      : synthetic === 0
        ? t('measures.source.real')
        : t('measures.source.mixed', {
            real: formatCount(real, lang),
            synthetic: formatCount(synthetic, lang),
          });
  return { line, synthetic: synthetic > 0 };
}

type TrendData = Awaited<ReturnType<typeof measureCompletionTrend.load>>;
type IndicatorData = Awaited<ReturnType<typeof completionByIndicator.load>>;

/** The trend rows a page payload of measure-completion-trend carries (none when it could not load). */
export function payloadTrend(payload: ChartPayload | undefined): TrendRow[] {
  // The payload's data is what this file's load returned, typed unknown only on the way through the page.
  return (payload?.data as TrendData | null | undefined)?.trend ?? [];
}

/** The indicators the year's measures target, for the table's filter: from the completion-by-indicator payload. */
export function payloadIndicators(
  payload: ChartPayload | undefined,
  lang: ViewContext['lang'],
): { code: string; name: string }[] {
  const groups = (payload?.data as IndicatorData | null | undefined)?.groups ?? [];
  return [...new Map(groups.map((r) => [r.indicator, lang === 'th' ? r.name_th : r.name_en]))].map(
    ([code, name]) => ({ code, name }),
  );
}
