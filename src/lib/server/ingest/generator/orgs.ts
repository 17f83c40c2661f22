// Real organisations to write generated reports for: names unique in the country, and names shared by organisations of different provinces.
import { bundledRegistry } from '../../registry/dla';
import { PROVINCES } from '../../registry/subdistricts';

export interface GeneratedOrg {
  /** The DLA code the parser must resolve to. */
  code: string;
  /** Full name as a report writes it: องค์การบริหารส่วนตำบลจะรัง, เทศบาลตำบลจ.ป.ร. */
  name_th: string;
  /** The name without its type (จะรัง). */
  tambon: string;
  district: string;
  province: string;
  /** The province's two-letter abbreviation, as in a memo number (ที่ ตร ๗๑๐๐๑/…). */
  abbreviation: string;
  /** Another organisation of this type and name exists in another province: only the abbreviation (or the place) tells them apart. */
  twin: boolean;
}

let cached: { unique: GeneratedOrg[]; twins: GeneratedOrg[] } | null = null;

/**
 * Organisations of a subdistrict-level type (อบต., เทศบาล) by type and name: unique ones, and twins whose namesakes
 * all lie in other provinces with other abbreviations. PAOs and เมืองพัทยา are left out: a PAO shares its name with its
 * province's town municipality, which a generated report cannot tell apart.
 */
export function generatedOrgs(): { unique: GeneratedOrg[]; twins: GeneratedOrg[] } {
  if (cached) return cached;
  const abbreviation = new Map(PROVINCES.map((p) => [p.code, p.abbreviation]));
  const byName = new Map<string, ReturnType<typeof bundledRegistry>['orgs']>();
  for (const o of bundledRegistry().orgs) {
    if (o.type === 'pao' || o.type === 'special') continue;
    const k = `${o.type} ${o.place_th}`;
    byName.set(k, [...(byName.get(k) ?? []), o]);
  }
  const unique: GeneratedOrg[] = [];
  const twins: GeneratedOrg[] = [];
  for (const group of byName.values()) {
    const abbrevs = group.map((o) => abbreviation.get(o.province_code) ?? '');
    if (abbrevs.some((a) => a === '') || new Set(abbrevs).size !== group.length) continue;
    for (const o of group) {
      const org: GeneratedOrg = {
        code: o.code,
        name_th: o.name_th,
        tambon: o.place_th,
        district: o.district_th,
        province: o.province_th,
        abbreviation: abbreviation.get(o.province_code)!,
        twin: group.length > 1,
      };
      (org.twin ? twins : unique).push(org);
    }
  }
  cached = { unique, twins };
  return cached;
}
