// The measure table's own filters (status, round, category, indicator) and page, read from and written to the URL.
import { MEASURE_STATUSES } from '../../ita/measure-status';
import type { QueryParams } from '../../queries/types';
import { CATEGORY_IDS } from './category-names';

export { MEASURE_STATUSES };
export const TABLE_ROUNDS = ['6m', '12m', '3m', '9m'] as const;
export const MEASURE_SOURCES = ['real', 'synthetic'] as const;
export const PAGE_SIZE = 50;

export interface MeasureFilters {
  status: (typeof MEASURE_STATUSES)[number] | null;
  round: (typeof TABLE_ROUNDS)[number] | null;
  category: string | null;
  indicator: string | null;
  /** Only measures read from real reports, or only synthetic ones. */
  source: (typeof MEASURE_SOURCES)[number] | null;
  /** 1-based page of the measure table. */
  page: number;
}

export class MeasureFilterError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

function oneOf<T extends string>(
  param: string,
  raw: string | null,
  values: readonly T[],
): T | null {
  if (raw === null || raw === '') return null;
  if (!(values as readonly string[]).includes(raw))
    throw new MeasureFilterError(
      param,
      `'${param}' must be one of ${values.join(', ')} (got '${raw}')`,
    );
  return raw as T;
}

/** Reads the filters; a malformed value throws MeasureFilterError naming the parameter. */
export function parseMeasureFilters(search: URLSearchParams): MeasureFilters {
  const indicator = search.get('indicator') || null;
  if (indicator !== null && !/^(10|[1-9])$/.test(indicator))
    throw new MeasureFilterError(
      'indicator',
      `'indicator' must be an indicator number 1-10 (got '${indicator}')`,
    );
  const pageText = search.get('page') || '1';
  if (!/^\d{1,6}$/.test(pageText) || Number(pageText) < 1)
    throw new MeasureFilterError('page', `'page' must be a page number from 1 (got '${pageText}')`);
  return {
    status: oneOf('status', search.get('status'), MEASURE_STATUSES),
    round: oneOf('round', search.get('round'), TABLE_ROUNDS),
    category: oneOf('category', search.get('category'), CATEGORY_IDS),
    indicator,
    source: oneOf('source', search.get('source'), MEASURE_SOURCES),
    page: Number(pageText),
  };
}

/** The filters as URL parameters (only those set; page only past the first). */
export function filterParams(f: MeasureFilters): Record<string, string | null> {
  return {
    status: f.status,
    round: f.round,
    category: f.category,
    indicator: f.indicator,
    source: f.source,
    page: f.page > 1 ? String(f.page) : null,
  };
}

/** The named query's parameters for one page of the table. */
export function tableQueryParams(
  f: MeasureFilters,
): Omit<QueryParams['measure_table'], 'fiscal_year' | 'province' | 'district' | 'type'> {
  return {
    status: f.status ?? undefined,
    round: f.round ?? undefined,
    category: f.category ?? undefined,
    indicator: f.indicator ?? undefined,
    source: f.source ?? undefined,
    limit: String(PAGE_SIZE),
    offset: String((f.page - 1) * PAGE_SIZE),
  };
}
