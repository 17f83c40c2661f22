// The row shapes of the province queries (queries/province_*.sql), by their generated types.
import type { QueryRows } from '../../queries/types';

export type ProvinceOrgRow = QueryRows['province_orgs'];
export type ProvinceHeadlineRow = QueryRows['province_headline'];
