// The organisation resolver parse-report uses without a database: one SAO per subdistrict, as `ita init` loads them.
import { OrgResolver, type OrgRecord } from '../registry/resolver';
import { loadSubdistricts } from '../registry/subdistricts';
import { SAO_PREFIX, SAO_SHORT_PREFIX } from '../registry/sync';

/** Bangkok's แขวง are not SAOs; the registry sync leaves them out too. */
const NO_SAO_PROVINCE = '10';

let cached: OrgResolver | null = null;

export function registryResolver(): OrgResolver {
  if (cached) return cached;
  const orgs: OrgRecord[] = loadSubdistricts()
    .filter((s) => s.province_code !== NO_SAO_PROVINCE)
    .map((s) => ({
      code: s.code,
      name_th: SAO_PREFIX + s.name_th,
      short_name_th: SAO_SHORT_PREFIX + s.name_th,
      type: 'sao',
      tambon_th: s.name_th,
      district_code: s.district_code,
      district_th: s.district_th,
      province_code: s.province_code,
      province_th: s.province_th,
    }));
  cached = new OrgResolver(orgs);
  return cached;
}
