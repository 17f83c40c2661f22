// Real SAOs to write generated reports for: names unique in the country, and names shared by SAOs of different provinces.
import { loadSubdistricts, PROVINCES } from '../../registry/subdistricts';

export interface GeneratedOrg {
  /** The 6-digit subdistrict geocode the parser must resolve to. */
  code: string;
  tambon: string;
  district: string;
  province: string;
  /** The province's two-letter abbreviation, as in a memo number (ที่ ตร ๗๑๐๐๑/…). */
  abbreviation: string;
  /** Another SAO of this name exists in another province: only the abbreviation (or the place) tells them apart. */
  twin: boolean;
}

/** Bangkok's แขวง are not SAOs (the parser's registry resolver leaves them out too). */
const NO_SAO_PROVINCE = '10';

let cached: { unique: GeneratedOrg[]; twins: GeneratedOrg[] } | null = null;

/** Subdistricts by name: unique ones, and twins whose namesakes all lie in other provinces with other abbreviations. */
export function generatedOrgs(): { unique: GeneratedOrg[]; twins: GeneratedOrg[] } {
  if (cached) return cached;
  const abbreviation = new Map(PROVINCES.map((p) => [p.code, p.abbreviation]));
  const byName = new Map<string, ReturnType<typeof loadSubdistricts>>();
  for (const s of loadSubdistricts()) {
    if (s.province_code === NO_SAO_PROVINCE) continue;
    byName.set(s.name_th, [...(byName.get(s.name_th) ?? []), s]);
  }
  const unique: GeneratedOrg[] = [];
  const twins: GeneratedOrg[] = [];
  for (const group of byName.values()) {
    const abbrevs = group.map((s) => abbreviation.get(s.province_code) ?? '');
    if (abbrevs.some((a) => a === '') || new Set(abbrevs).size !== group.length) continue;
    for (const s of group) {
      const org: GeneratedOrg = {
        code: s.code,
        tambon: s.name_th,
        district: s.district_th,
        province: s.province_th,
        abbreviation: abbreviation.get(s.province_code)!,
        twin: group.length > 1,
      };
      (org.twin ? twins : unique).push(org);
    }
  }
  cached = { unique, twins };
  return cached;
}
