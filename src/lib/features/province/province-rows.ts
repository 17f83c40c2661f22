// The row shapes of the province page's queries (queries/province_*.sql, official_area_by_type), by their generated types.
import type { QueryRows } from '../../queries/types';

export type ProvinceOrgRow = QueryRows['province_orgs'];
export type ProvinceHeadlineRow = QueryRows['province_headline'];
export type OfficialAreaByTypeRow = QueryRows['official_area_by_type'];
